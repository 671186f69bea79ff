/**
 * The DOM engine: finds mentions in the article and marks them. No extension APIs here, so the
 * benchmark, property tests and e2e pages can drive it in any document.
 *
 * Parts, and when they run:
 *   annotate()  full pass over the article (or page): extract -> match -> select -> wrap in batches,
 *               visible text first, yielding between batches (no task over ~50 ms, no layout thrash:
 *               one geometry read before any write). On a long page (over LONG_TEXT characters) only
 *               the blocks in or near the viewport are wrapped here; the others are wrapped lazily
 *               as the reader scrolls toward them (lazy-writes.ts). Counts always cover every
 *               mention found, written or not.
 *   rescan()    the same for a few changed blocks (fed by live.ts from a MutationObserver); its cost,
 *               counts included, is in proportion to those blocks, not to the page.
 *   forget()    the page removed nodes: their mentions leave the counts.
 *   clear()     takes every mark, observer and the stylesheet back out; the DOM is exactly as before.
 *   update()    applies new settings (style only: restyle; anything else: clear + annotate).
 *
 * Bookkeeping: the mentions of one pass are grouped per block (the innermost block element around
 * their text, where the extractor cuts lines, so no mention spans two groups). A group is written,
 * undone, observed and counted as a unit.
 */
import {
  commonAncestor,
  type ExtractSteps,
  extractSteps,
  findArticleHead,
  findArticleRoot,
} from '../extract/index.ts';
import { pieces, WHOLE_TEXT } from '../matcher/pieces.ts';
import { unpackMentions } from '../matcher/wire.ts';
import type { Settings } from '../settings/types.ts';
import { EXCLUDED_SELECTOR, Highlighter, isExcludedElement, MARK_TAG } from './highlighter.ts';
import { LazyWrites, NEAR_VIEWPORTS, type Waiting } from './lazy-writes.ts';
import { type Background, ensurePageStyle, ON_ATTR, pageIsDark, removePageStyle } from './page-style.ts';
import { firstSegmentAfter, type Piece, resolvePieces, shownSegment } from './resolve.ts';
import { RovingEntry } from './roving.ts';
import { TaskBudget, WRITE_BUDGET_MS } from './schedule.ts';
import { selectMentions } from './select.ts';
import { emptyTally, isOnTopic, type TopicIds, tallyTopic } from './topic.ts';
import type { AnnotateResult, ExtractedText, Matcher, Mention, TextSegment } from './types.ts';

/** Above this much text the page is not annotated (reported as 'too-large'). */
export const MAX_TEXT = 2_000_000;
/**
 * Above this much text, extraction and matching get tasks of their own (yielding in between), and
 * only the blocks near the viewport are wrapped up front (the rest as the reader scrolls). The
 * matcher takes such a text in pieces (matcher/pieces.ts).
 */
export const LONG_TEXT = WHOLE_TEXT;
/** Mentions written between two looks at the task's budget (one block may hold thousands). */
const WRITE_CHUNK = 128;

export interface AnnotatorOptions {
  /** A document (the article is found in it, or the whole body with scope 'page') or one element. */
  root: Element | Document;
  matcher: Matcher;
  settings: Settings;
  /** Finds the article element of a document, or null; default: src/extract `findArticleRoot`. */
  findArticle?: (doc: Document) => Element | null;
  /**
   * The article's headline and standfirst where they lie outside it, read and marked with it;
   * default: src/extract `findArticleHead`.
   */
  findHead?: (doc: Document, article: Element) => Element[];
  /** Accessible name of a mark, e.g. "Proposal: security guarantees". */
  label?: (mention: Mention) => string;
  /** Wraps DOM writes so a MutationObserver can tell Standpoint's own changes from the page's. */
  ownWrites?: (write: () => void) => void;
  /**
   * Ids whose mentions show the page is about the war (`topicIds`, topic.ts): a page without enough
   * of them (`isOnTopic`) gets no marks ('off-topic'). Without it every page is marked.
   */
  topic?: TopicIds;
}

export type PassResult = AnnotateResult;

/** The element a pass over `doc` reads: its article, or its whole body (`scope`), or null. */
export function scopeOf(
  doc: Document,
  scope: Settings['scope'],
  findArticle: (doc: Document) => Element | null = (d) => findArticleRoot(d),
): Element | null {
  return scope === 'page' ? doc.body : findArticle(doc);
}

export interface Annotator {
  /** Marks the article; annotating twice gives the same DOM as once. */
  annotate(): Promise<PassResult>;
  /** Re-reads only the given blocks (changed or added text). */
  rescan(blocks: readonly Element[]): Promise<PassResult>;
  /** Removes every mark and the stylesheet, restoring the DOM exactly. */
  clear(): void;
  /** Applies new settings live. */
  update(settings: Settings): Promise<PassResult>;
  /** clear() and refuse further work. */
  destroy(): void;
  /** The element being annotated, once found. */
  scope(): Element | null;
  /** The article's headline and standfirst outside `scope()`, read with it in each full pass. */
  heads(): readonly Element[];
  /** The current result: every mention found and still in the page, written or waiting to be. */
  result(): PassResult;
  /** The page removed these nodes: their mentions leave the counts (cost: their size). */
  forget(nodes: readonly Node[]): void;
  /** Writes the waiting marks now: of one entry (popup "show me"), or all of them. */
  materialize(id?: string): void;
  /** Live marks in document order; writes any waiting marks first (keyboard navigation needs all). */
  marks(): HTMLElement[];
  /** Focus came to this mark (the first piece of a mention): it is the one mark in the Tab order now. */
  focused(mark: HTMLElement): void;
  /** The page's background may have changed (theme-watch.ts): picks the marks' palette again. */
  retheme(): void;
}

const defaultLabel = (m: Mention) => `${m.kind[0]!.toUpperCase()}${m.kind.slice(1)}: ${m.text}`;

/** What one pass read: its mentions keep it until their group is written. */
interface Pass {
  extracted: ExtractedText;
  /** True for a segment inside a link or another place never marked. */
  excluded: (segment: TextSegment) => boolean;
}

/** One chosen mention; counted while its first piece is written or waiting to be written. */
interface Rec {
  mention: Mention;
  group: Group;
  counted: boolean;
  pass: Pass;
}

type Job = { piece: Piece; rec: Rec; part: number };

/** The mentions of one block: written, undone, observed and counted together. */
interface Group extends Waiting {
  block: Element;
  /**
   * Mentions still to write. Their text-node pieces are worked out only then, so on a long page the
   * blocks the reader never comes near cost one lookup per mention, not a resolve.
   */
  unwritten: Rec[];
  recs: Rec[];
}

type Counts = AnnotateResult['counts'];

/** Creates an annotator over `opts.root`; nothing happens until `annotate()`. */
export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const doc = opts.root instanceof Element ? opts.root.ownerDocument : (opts.root as Document);
  const highlighter = new Highlighter();
  const roving = new RovingEntry();
  const label = opts.label ?? defaultLabel;
  const ownWrites = opts.ownWrites ?? ((write: () => void) => write());
  let settings = opts.settings;
  let scopeEl: Element | null = null;
  let headEls: Element[] = [];
  let lastState: PassResult['state'] = 'no-matches';
  let generation = 0;
  let destroyed = false;
  // Read once per full pass (a style read after our own writes would force a style recalculation),
  // and again when the page's background may have changed (retheme).
  let dark = false;
  // Head elements on a background of the other kind than the article's (a headline on a dark banner
  // above a light article), with that background: their marks carry ON_ATTR and its palette.
  let headsOn = new Map<Element, Background>();
  // Every group of the current passes, by block element.
  const groups = new Map<Element, Group>();
  // Long pages: the groups whose marks wait for the reader to scroll near them.
  const lazy = new LazyWrites<Group>(doc, write);
  // Counts kept up to date as mentions are added and dropped, so a pass never recounts the page.
  const counts: Counts = new Map();
  let markCount = 0;
  // Density 'first': which parties already have their mention.
  const firstParty = new Map<string, Rec>();
  // The topic gate (opts.topic): signals seen since the last full pass.
  let topicSeen = emptyTally();
  const onTopic = () => !opts.topic || isOnTopic(topicSeen);

  function findScope(): Element | null {
    if (opts.root instanceof Element) return opts.root;
    return scopeOf(doc, settings.scope, opts.findArticle);
  }

  /** Reads the article's background and its heads' (before any write of the pass), each ancestor once. */
  function readBackgrounds(scope: Element): void {
    const seen = new Map<Element, boolean | null>();
    dark = pageIsDark(doc, scope, seen);
    headsOn = new Map();
    for (const head of headEls) {
      const on = pageIsDark(doc, head, seen);
      if (on !== dark) headsOn.set(head, on ? 'dark' : 'light');
    }
  }

  /** The background a block's marks are written on, when it is not the article's. */
  function backgroundOf(block: Element): Background | undefined {
    for (const [head, on] of headsOn) if (head.contains(block)) return on;
    return undefined;
  }

  /** Inserts or refreshes the mark stylesheet for the current palette(s). */
  function paint(style = settings.style): void {
    ownWrites(() => ensurePageStyle(doc, style, dark, headsOn.size > 0));
  }

  function findHeads(scope: Element): Element[] {
    if (opts.root instanceof Element || settings.scope === 'page') return [];
    return (opts.findHead ?? findArticleHead)(doc, scope);
  }

  function count(rec: Rec, delta: 1 | -1): void {
    const m = rec.mention;
    const entry = counts.get(m.id) ?? { kind: m.kind, count: 0, label: m.text };
    entry.count += delta;
    markCount += delta;
    if (entry.count > 0) counts.set(m.id, entry);
    else counts.delete(m.id);
  }

  function uncount(rec: Rec): void {
    if (!rec.counted) return;
    rec.counted = false;
    count(rec, -1);
    if (firstParty.get(rec.mention.id) === rec) firstParty.delete(rec.mention.id);
  }

  // Marks are cloned from one prototype per entry, kind, part and text: one native call per mark
  // instead of createElement and five setAttribute (most marks of a page repeat a few names). The
  // label, which depends on those alone, is made once per prototype (it asks the extension's i18n).
  const prototypes = new Map<string, HTMLElement>();

  function makeMark(m: Mention, part: number, on?: Background): HTMLElement {
    const key =
      (part === 0 ? `0\u0000${m.id}\u0000${m.kind}\u0000${m.text}` : `${part}\u0000${m.id}\u0000${m.kind}`) +
      (on ? `\u0000${on}` : '');
    let proto = prototypes.get(key);
    if (!proto) {
      proto = newMark(m, part, part === 0 ? label(m) : '', on);
      prototypes.set(key, proto);
    }
    return proto.cloneNode(false) as HTMLElement;
  }

  function newMark(m: Mention, part: number, text: string, on?: Background): HTMLElement {
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-sp-id', m.id);
    mark.setAttribute('data-sp-kind', m.kind);
    if (on) mark.setAttribute(ON_ATTR, on);
    if (part === 0) {
      // Focusable, but out of the Tab order but for one mark (roving.ts).
      mark.setAttribute('tabindex', '-1');
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', text);
      mark.setAttribute('aria-keyshortcuts', 'Alt+Shift+N Alt+Shift+P');
    } else {
      mark.setAttribute('data-sp-part', String(part));
    }
    return mark;
  }

  function liveMarks(): HTMLElement[] {
    // Document order from the browser's own query: sorting thousands of marks with
    // compareDocumentPosition took ~0.5 s on a 100,000-word live blog (npm run bench). Only run
    // when someone needs the list (keyboard navigation), never per pass.
    const ours = new Set(highlighter.all());
    if (ours.size === 0) return [];
    return [...doc.querySelectorAll<HTMLElement>(MARK_TAG)].filter((m) => ours.has(m));
  }

  function result(): PassResult {
    // A copy per entry: the caller may keep it while later passes change the live counts.
    const snapshot: Counts = new Map();
    for (const [id, c] of counts) snapshot.set(id, { ...c });
    const state = markCount > 0 ? 'annotated' : lastState === 'annotated' ? 'no-matches' : lastState;
    return { state, markCount, counts: snapshot };
  }

  /**
   * Writes a group's waiting mentions, or with `limit` about that many of them (the first, in text
   * order), leaving the rest waiting; true once none is left. Each node's pieces are written from
   * last to first, so earlier offsets stay valid, and a call ends only between two text nodes: the
   * node a later call starts in was never split by an earlier one.
   */
  function write(group: Group, limit = Number.POSITIVE_INFINITY): boolean {
    if (group.unwritten.length === 0) return true;
    lazy.settled(group);
    const recs = group.unwritten;
    // Every piece is worked out before the first split (pieces come from the text as it was read;
    // the check below drops those the page changed since).
    const byNode = new Map<Text, Job[]>();
    let lastNode: Text | null = null;
    let taken = 0;
    for (; taken < recs.length; taken++) {
      const rec = recs[taken]!;
      const { extracted, excluded } = rec.pass;
      const pieces = resolvePieces(extracted, rec.mention.start, rec.mention.end);
      if (taken >= limit && pieces.length > 0 && pieces[0]!.node !== lastNode) break;
      if (pieces.length > 0) lastNode = pieces[pieces.length - 1]!.node;
      for (let part = 0; part < pieces.length; part++) {
        const piece = pieces[part]!;
        if (excluded(piece.segment)) continue;
        const jobs = byNode.get(piece.node);
        if (jobs) jobs.push({ piece, rec, part });
        else byNode.set(piece.node, [{ piece, rec, part }]);
      }
    }
    const on = backgroundOf(group.block);
    // The group's first mention in the text, offered as the page's one Tab stop among the marks.
    let head: HTMLElement | null = null;
    let headStart = Number.POSITIVE_INFINITY;
    ownWrites(() => {
      for (const [node, jobs] of byNode) {
        jobs.sort((a, b) => b.piece.from - a.piece.from);
        // The node's text, read once: after each wrap it holds only what lies before that piece.
        const connected = node.isConnected;
        let data = connected ? node.data : '';
        for (const { piece, rec, part } of jobs) {
          const fits = connected && data.slice(piece.from, piece.to) === piece.expect;
          const mark = fits ? makeMark(rec.mention, part, on) : null;
          const ok = mark !== null && highlighter.wrap(node, piece.from, piece.to, mark, group, data);
          if (ok) {
            data = data.slice(0, piece.from);
            if (part === 0 && rec.mention.start < headStart) {
              head = mark;
              headStart = rec.mention.start;
            }
          }
          // The page changed this text since it was read: the mention is no longer there.
          else if (part === 0) uncount(rec);
        }
      }
      if (head) roving.offer(head);
    });
    group.unwritten = taken === recs.length ? [] : recs.slice(taken);
    return group.unwritten.length === 0;
  }

  /** Drops a group: its marks come out, its mentions leave the counts, its observer entry goes. */
  function drop(group: Group): void {
    groups.delete(group.block);
    lazy.settled(group);
    group.unwritten = [];
    ownWrites(() => highlighter.clearGroup(group));
    for (const rec of group.recs) uncount(rec);
  }

  /** Drops every group at or inside `el` (cost: the size of `el`'s subtree). */
  function dropWithin(el: Element): void {
    if (groups.size === 0) return;
    // Collected first: dropping unwraps marks, which would shift a live element collection.
    const found: Group[] = [];
    const own = groups.get(el);
    if (own) found.push(own);
    for (const inner of el.getElementsByTagName('*')) {
      const g = groups.get(inner);
      if (g) found.push(g);
    }
    for (const g of found) drop(g);
  }

  /** Gives the thread back; true when a newer pass took over meanwhile (the caller then stops). */
  async function superseded(gen: number, budget: TaskBudget): Promise<boolean> {
    await budget.yield();
    return gen !== generation;
  }

  /** Reads the text of `roots`, in order, in steps of a task each (src/extract). */
  async function read(roots: Element[], gen: number, budget: TaskBudget): Promise<ExtractedText | null> {
    // Links and other unmarked places are flagged while the page is read (one check per element),
    // instead of a climb up the page per text node when the mentions are resolved.
    const steps: ExtractSteps = extractSteps(roots, { flag: isExcludedElement });
    // One function for every step: a new one per call made V8 undo its optimised `advance` ("wrong
    // call target", --trace-deopt).
    const spent = () => budget.spent();
    // The last step, joining the text, is one too: it waits for a new task when the walk spent the budget.
    while (!steps.advance(spent)) if (await superseded(gen, budget)) return null;
    return steps.result();
  }

  /**
   * The mentions of `text`. A matcher that works elsewhere (the background) gets the whole text in
   * one message; one on this page takes a long text in pieces (matcher/pieces.ts), yielding between
   * pieces whenever the task's budget is spent, so a long live blog never blocks the page for long.
   * Null when a newer pass took over between two pieces (the caller checks again after an answer).
   */
  async function findMentions(text: string, gen: number, budget: TaskBudget): Promise<Mention[] | null> {
    const matcher = opts.matcher;
    // A long text is also the one the matcher takes in pieces (LONG_TEXT is its WHOLE_TEXT).
    const long = text.length > LONG_TEXT;
    if ('findAll' in matcher) {
      // Sending copies the text (~16 ms for a 640,000-character live blog on a slow machine), the
      // answer's message is parsed in the task it arrives in (8–19 ms for the heavy page's 13,878
      // mentions) and unpacking makes an object per mention (6–18 ms): on a long text each gets a
      // task of its own, apart from the reading before and the choosing after (npm run bench: one
      // 62 ms task otherwise, the built extension on the live blog).
      if (long && (await superseded(gen, budget))) return null;
      const packed = await matcher.findAll(text);
      if (long && (await superseded(gen, budget))) return null;
      // The answer arrives in a task of its own: what follows gets a whole budget.
      budget.restart();
      return unpackMentions(packed, text);
    }
    // A normal article is one piece, matched in the task that read it (document-level context
    // support in the matcher is unchanged); a long text may yield before each of its pieces.
    const out: Mention[] = [];
    for (const range of pieces(text)) {
      if (long && budget.spent() && (await superseded(gen, budget))) return null;
      for (const m of matcher.find(text, range)) out.push(m);
    }
    return out;
  }

  /**
   * Finds, counts and wraps the chosen mentions of one subtree (and, in a full pass, of the article's
   * `head` before it); 'no-matches' also when superseded.
   */
  async function markSubtree(root: Element, gen: number, head: Element[] = []): Promise<PassResult['state']> {
    const budget = new TaskBudget();
    const extracted = await read(head.length > 0 ? [...head, root] : [root], gen, budget);
    if (!extracted || gen !== generation) return 'no-matches';
    if (extracted.text.length > MAX_TEXT) return 'too-large';
    // A long text is matched in pieces, yielding whenever the task's budget is spent (findMentions).
    const long = extracted.text.length > LONG_TEXT;
    const found = await findMentions(extracted.text, gen, budget);
    if (!found || gen !== generation) return 'no-matches';
    if (!onTopic()) {
      tallyTopic(found, opts.topic!, topicSeen);
      // A rescanned block that brings the page onto the topic is marked by the full pass rescan() runs.
      if (!onTopic() || root !== scopeEl) return 'off-topic';
    }
    // On a long text, choosing starts a task of its own, whichever matcher found the mentions (the
    // background's answer was just unpacked in this one).
    if (long && (await superseded(gen, budget))) return 'no-matches';
    const chosen = selectMentions(found, settings, new Set(firstParty.keys()));
    if (chosen.length === 0) return 'no-matches';
    // Choosing among a long page's thousands of mentions runs in one go: the resolving after it
    // starts a task of its own when that used the budget.
    if (long && budget.spent() && (await superseded(gen, budget))) return 'no-matches';

    const fresh: Group[] = [];
    // Segments carry their block and whether they sit in a link or field (flagged while reading);
    // a rescanned block inside one is left alone as a whole.
    const outside = root.parentElement !== null && root.parentElement.closest(EXCLUDED_SELECTOR) !== null;
    const pass: Pass = { extracted, excluded: (seg) => seg.flagged || outside };
    const { segments } = extracted;
    let resolved = 0;
    // Mentions come in text order, so their segments are found by walking forward (a search only
    // when one starts before the last).
    let k = 0;
    for (const mention of chosen) {
      if (k === segments.length || segments[k]!.start > mention.start)
        k = firstSegmentAfter(segments, mention.start);
      while (k < segments.length && segments[k]!.end <= mention.start) k++;
      const seg = segments[k];
      if (!seg || seg.start > mention.start) continue;
      // Counted by its first piece, as a mark is: a mention whose start sits in a link is not shown,
      // but a later piece of it outside the link still is.
      const counted = !pass.excluded(seg);
      const holder = counted ? seg : shownSegment(extracted, mention.start, mention.end, pass.excluded);
      if (!holder) continue;
      const block = holder.block;
      let group = groups.get(block);
      if (!group) {
        group = { block, unwritten: [], recs: [], waiting: false, at: -1 };
        groups.set(block, group);
      }
      if (group.unwritten.length === 0) fresh.push(group);
      const rec: Rec = { mention, group, counted, pass };
      group.unwritten.push(rec);
      group.recs.push(rec);
      if (counted) {
        count(rec, 1);
        if (mention.kind === 'party') firstParty.set(mention.id, rec);
      }
      // Thousands of mentions on a live blog: the clock is read every few mentions only (reading it
      // per mention showed up in the profile).
      if ((++resolved & 15) === 0 && budget.spent() && (await superseded(gen, budget))) return 'no-matches';
    }
    // A long page writes only what is in view. Reading where the blocks are, setting the rest aside
    // and then writing that much each start a task of their own: none of these steps is cut by the
    // budget, and any one on top of what the task had already run came near 50 ms on a slow machine
    // (npm run bench: a 45 ms task on the live blog, as the extension runs it; the geometry read
    // alone 4–23 ms in the built extension). Nothing is written yet, so a frame in between shows no
    // half-marked page. A short article's writes follow at once, in the same task.
    if (long && (await superseded(gen, budget))) return 'no-matches';
    const { near, rest } = byDistance([...new Set(fresh)], long);
    const aside = long && rest.length > 0;
    if (aside && (await superseded(gen, budget))) return 'no-matches';
    const deferred = aside && lazy.watch(rest, (head.length > 0 && commonAncestor([root, ...head])) || root);
    const first = deferred ? near : [...near, ...rest];
    if (long && (await superseded(gen, budget))) return 'no-matches';
    // The stylesheet goes in after the geometry reads above (inserting it first would make the first
    // read recompute the whole page's style) and before the first mark.
    paint();

    budget.restart();
    // Not the pass's 12 ms: every frame between two batches renders the page again, and on a page
    // where any change costs a ~45 ms frame (the bench's heavy page) cutting these writes at 12 ms
    // made the pass ~40 ms longer (an A/B in one sitting, 30 November).
    // A block with thousands of mentions (a transcript in one <div>, its lines cut by <br>) is
    // written a chunk at a time, so it yields too (engine-long.test.ts). The browser's layout of such
    // a block after the writes is its own and costs more (60–130 ms per frame for a 60,000-word
    // block in Chromium here, against 305 ms for script and layout in one go before).
    for (const group of first) {
      let done = false;
      while (!done) {
        if (gen !== generation) return 'no-matches';
        done = write(group, WRITE_CHUNK);
        if (budget.spent(WRITE_BUDGET_MS)) await budget.yield();
      }
    }
    return 'annotated';
  }

  /**
   * Splits groups into those in (or, on a long page, near) the viewport and the rest, keeping text
   * order within each. Geometry is read once, before any write of this batch.
   */
  function byDistance(list: Group[], long: boolean): { near: Group[]; rest: Group[] } {
    const view = doc.defaultView;
    if (!view || (list.length < 2 && !long)) return { near: list, rest: [] };
    const height = view.innerHeight;
    const margin = long ? height * NEAR_VIEWPORTS : 0;
    const near: Group[] = [];
    const rest: Group[] = [];
    // Groups come in text order: a few blocks past the zone, everything further down is past it
    // too, so geometry is read only around what is shown, not for every block of a long page.
    let below = 0;
    for (const group of list) {
      if (below > 8) {
        rest.push(group);
        continue;
      }
      const r = group.block.getBoundingClientRect();
      const inZone = r.bottom >= -margin && r.top <= height + margin && (r.width > 0 || r.height > 0);
      if (r.top > height + margin) below++;
      (inZone ? near : rest).push(group);
    }
    return { near, rest };
  }

  function materialize(id?: string): void {
    lazy.materialize(id === undefined ? undefined : (group) => group.recs.some((r) => r.mention.id === id));
  }

  function clear(): void {
    generation++;
    lazy.clear();
    groups.clear();
    counts.clear();
    markCount = 0;
    roving.reset();
    firstParty.clear();
    prototypes.clear();
    ownWrites(() => {
      highlighter.clear();
      removePageStyle(doc);
    });
  }

  function forgetParties(): void {
    for (const [id, rec] of firstParty) if (!rec.group.block.isConnected) firstParty.delete(id);
  }

  async function annotate(): Promise<PassResult> {
    if (destroyed) return { state: 'disabled', markCount: 0, counts: new Map() };
    if (highlighter.size > 0 || groups.size > 0) clear();
    const gen = ++generation;
    topicSeen = emptyTally();
    scopeEl = findScope();
    headEls = [];
    headsOn = new Map();
    if (!scopeEl) {
      lastState = 'no-article';
      return result();
    }
    // The headline and standfirst outside the article are read with it, before it.
    headEls = findHeads(scopeEl);
    readBackgrounds(scopeEl);
    lastState = await markSubtree(scopeEl, gen, headEls);
    // Also without a match: the style is there for marks that later passes (live text) write.
    if (gen === generation) paint();
    return result();
  }

  async function rescan(blocks: readonly Element[]): Promise<PassResult> {
    if (destroyed || !scopeEl) return result();
    const gen = generation;
    const roots = blocks.filter(
      (b) =>
        b.isConnected &&
        (scopeEl!.contains(b) || headEls.some((h) => h.contains(b))) &&
        !blocks.some((o) => o !== b && o.contains(b)),
    );
    for (const block of roots) {
      dropWithin(block);
      forgetParties();
      paint();
      const state = await markSubtree(block, gen);
      if (gen !== generation) break;
      // New text made a page that was about something else one about the war: mark all of it.
      if (state === 'off-topic' && onTopic()) return annotate();
      if (state !== 'no-matches') lastState = state;
    }
    return result();
  }

  function forget(nodes: readonly Node[]): void {
    for (const node of nodes) if (node instanceof Element) dropWithin(node);
    // The page took the mark in the Tab order away with its nodes: another written one takes its place.
    if (!roving.present) {
      const next = highlighter.all().find((m) => m.isConnected && !m.hasAttribute('data-sp-part'));
      if (next) roving.offer(next);
    }
  }

  async function update(next: Settings): Promise<PassResult> {
    const prev = settings;
    settings = next;
    const onlyStyle =
      prev.kinds.party === next.kinds.party &&
      prev.kinds.plan === next.kinds.plan &&
      prev.kinds.proposal === next.kinds.proposal &&
      prev.density === next.density &&
      prev.scope === next.scope;
    if (onlyStyle && groups.size > 0) {
      paint(next.style);
      return result();
    }
    return annotate();
  }

  return {
    annotate,
    rescan,
    clear,
    update,
    destroy() {
      clear();
      destroyed = true;
    },
    scope: () => scopeEl,
    heads: () => headEls,
    result,
    forget,
    materialize,
    marks() {
      materialize();
      return liveMarks();
    },
    focused: (mark) => roving.take(mark),
    retheme() {
      if (destroyed || !scopeEl?.isConnected) return;
      const was = { dark, headsOn };
      readBackgrounds(scopeEl);
      // The heads' marks whose background changed kind against the article's follow it.
      const moved = headEls.filter((h) => was.headsOn.get(h) !== headsOn.get(h));
      if (dark === was.dark && moved.length === 0) return;
      ownWrites(() => {
        for (const head of moved) {
          const on = headsOn.get(head);
          for (const mark of head.querySelectorAll(MARK_TAG)) {
            if (on) mark.setAttribute(ON_ATTR, on);
            else mark.removeAttribute(ON_ATTR);
          }
        }
      });
      paint();
    },
  };
}
