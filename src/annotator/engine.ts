/**
 * The DOM engine: finds mentions in the article and marks them. No extension APIs here, so the
 * benchmark, property tests and e2e pages can drive it in any document.
 *
 * Parts, and when they run:
 *   annotate()  full pass over the article (or page): extract -> match -> select -> wrap in batches,
 *               visible text first, yielding between batches (no task over ~50 ms, no layout thrash:
 *               one geometry read before any write). On a long page (over LONG_TEXT characters) only
 *               the blocks in or near the viewport are wrapped here; the others are wrapped lazily
 *               as the reader scrolls toward them (IntersectionObserver). Counts always cover every
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
import { type ExtractSteps, extractSteps, findArticleRoot } from '../extract/index.ts';
import { BLOCK_TAGS, tagOf } from '../extract/rules.ts';
import type { Settings } from '../settings/types.ts';
import { Highlighter, isExcludedText, MARK_TAG } from './highlighter.ts';
import { ensurePageStyle, pageIsDark, removePageStyle } from './page-style.ts';
import { type Piece, resolvePieces } from './resolve.ts';
import { BATCH_BUDGET_MS, now, yieldToMain } from './schedule.ts';
import { selectMentions } from './select.ts';
import type { AnnotateResult, ExtractedText, Extractor, Matcher, Mention } from './types.ts';

/** Above this much text the page is not annotated (reported as 'too-large'). */
export const MAX_TEXT = 2_000_000;
/**
 * Above this much text, extraction and matching get tasks of their own (yielding in between), and
 * only the blocks near the viewport are wrapped up front (the rest as the reader scrolls).
 */
export const LONG_TEXT = 50_000;
/** How far outside the viewport blocks are still wrapped ahead of the reader, in viewport heights. */
const NEAR_VIEWPORTS = 1;
/**
 * At most this many waiting groups share one observed element. The browser computes every observed
 * element's intersection in every frame, so thousands of targets (one per paragraph of a live blog)
 * cost several ms per frame while the reader scrolls (npm run bench, Chromium trace).
 */
const GROUPS_PER_TARGET = 24;
/**
 * When the reader comes near waiting groups, this many further groups in reading order (and a few
 * before, for readers scrolling up) are written with them. Every frame that holds new marks pays a
 * relayout of the article's container (O(its children), npm run bench), so fewer, larger batches
 * cost less than one small batch per scrolled screen.
 */
const WRITE_AHEAD = 160;
const WRITE_BEHIND = 40;
/**
 * Matching works through a long text in pieces of about this many characters, a task each
 * (npm run bench: one piece of the live blog stays well under the 50 ms long-task line).
 */
export const FIND_CHUNK = 4_000;

export interface AnnotatorOptions {
  /** A document (the article is found in it, or the whole body with scope 'page') or one element. */
  root: Element | Document;
  matcher: Matcher;
  settings: Settings;
  /** DOM -> text as presented, in one piece; default: src/extract's, read in steps of a task each. */
  extract?: Extractor;
  /** Finds the article element of a document, or null; default: src/extract `findArticleRoot`. */
  findArticle?: (doc: Document) => Element | null;
  /** Accessible name of a mark, e.g. "Proposal: security guarantees". */
  label?: (mention: Mention) => string;
  /** Wraps DOM writes so a MutationObserver can tell Standpoint's own changes from the page's. */
  ownWrites?: (write: () => void) => void;
}

export type PassResult = AnnotateResult;

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
  /** The current result: every mention found and still in the page, written or waiting to be. */
  result(): PassResult;
  /** The page removed these nodes: their mentions leave the counts (cost: their size). */
  forget(nodes: readonly Node[]): void;
  /** Writes the waiting marks now: of one entry (popup "show me"), or all of them. */
  materialize(id?: string): void;
  /** Live marks in document order; writes any waiting marks first (keyboard navigation needs all). */
  marks(): HTMLElement[];
}

const defaultLabel = (m: Mention) => `${m.kind[0]!.toUpperCase()}${m.kind.slice(1)}: ${m.text}`;

/** One chosen mention; counted while its first piece is written or waiting to be written. */
interface Rec {
  mention: Mention;
  group: Group;
  counted: boolean;
}

type Job = { piece: Piece; rec: Rec; part: number };

/** The mentions of one block: written, undone, observed and counted together. */
interface Group {
  block: Element;
  /** Pieces still to write, per text node; emptied once written. */
  byNode: Map<Text, Job[]>;
  recs: Rec[];
}

type Counts = AnnotateResult['counts'];

/** Creates an annotator over `opts.root`; nothing happens until `annotate()`. */
export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const doc = opts.root instanceof Element ? opts.root.ownerDocument : (opts.root as Document);
  const highlighter = new Highlighter();
  const label = opts.label ?? defaultLabel;
  const ownWrites = opts.ownWrites ?? ((write: () => void) => write());
  const findArticle = opts.findArticle ?? ((d: Document) => findArticleRoot(d));
  let settings = opts.settings;
  let scopeEl: Element | null = null;
  let lastState: PassResult['state'] = 'no-matches';
  let generation = 0;
  let destroyed = false;
  // Read once per full pass: a style read after our own writes would force a style recalculation.
  let dark = false;
  // Every group of the current passes, by block element.
  const groups = new Map<Element, Group>();
  // Groups whose marks wait for the reader to scroll near them (long pages only).
  const waiting = new Set<Group>();
  let observer: IntersectionObserver | null = null;
  // Observed element -> the waiting groups inside it (written together when it comes near).
  const targets = new Map<Element, Group[]>();
  // Waiting groups in reading order, for writing ahead of the reader.
  let order: Group[] = [];
  const position = new Map<Group, number>();
  // Counts kept up to date as mentions are added and dropped, so a pass never recounts the page.
  const counts: Counts = new Map();
  let markCount = 0;
  // Density 'first': which parties already have their mention.
  const firstParty = new Map<string, Rec>();

  function findScope(): Element | null {
    if (opts.root instanceof Element) return opts.root;
    if (settings.scope === 'page') return doc.body;
    return findArticle(doc);
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

  function makeMark(m: Mention, part: number): HTMLElement {
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-sp-id', m.id);
    mark.setAttribute('data-sp-kind', m.kind);
    if (part === 0) {
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-label', label(m));
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

  /** The block a text node's mentions are grouped under: its innermost block element within `root`. */
  function blockOf(node: Text, root: Element): Element {
    let el = node.parentElement!;
    while (el !== root && !BLOCK_TAGS.has(tagOf(el)) && el.parentElement) el = el.parentElement;
    return el;
  }

  /** Writes a group's waiting pieces (each node's from last to first, so earlier offsets stay valid). */
  function write(group: Group): void {
    if (group.byNode.size === 0) return;
    waiting.delete(group);
    const byNode = group.byNode;
    group.byNode = new Map();
    ownWrites(() => {
      for (const [node, jobs] of byNode) {
        jobs.sort((a, b) => b.piece.from - a.piece.from);
        for (const { piece, rec, part } of jobs) {
          const ok =
            node.isConnected &&
            node.data.slice(piece.from, piece.to) === piece.expect &&
            highlighter.wrap(node, piece.from, piece.to, makeMark(rec.mention, part), group);
          // The page changed this text since it was read: the mention is no longer there.
          if (!ok && part === 0) uncount(rec);
        }
      }
    });
  }

  /** Drops a group: its marks come out, its mentions leave the counts, its observer entry goes. */
  function drop(group: Group): void {
    groups.delete(group.block);
    waiting.delete(group);
    group.byNode.clear();
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

  /** Reads `root`'s text: in one piece with a custom extractor, else in steps of a task each. */
  async function read(root: Element, gen: number): Promise<ExtractedText | null> {
    if (opts.extract) return opts.extract(root);
    const steps: ExtractSteps = extractSteps(root);
    let t0 = now();
    while (!steps.advance(() => now() - t0 > BATCH_BUDGET_MS)) {
      await yieldToMain();
      if (gen !== generation) return null;
      t0 = now();
    }
    return steps.result();
  }

  /**
   * The matcher over `text`, in pieces of about FIND_CHUNK characters cut at block boundaries ("\n":
   * no name spans one), yielding between pieces so a long live blog never blocks the page for long.
   * Null when a newer pass took over meanwhile.
   */
  async function findInChunks(text: string, gen: number): Promise<Mention[] | null> {
    // Normal articles are matched whole, so document-level context support (matcher) is unchanged.
    if (text.length <= LONG_TEXT) return opts.matcher.find(text);
    const out: Mention[] = [];
    let from = 0;
    while (from < text.length) {
      let to = Math.min(text.length, from + FIND_CHUNK);
      const cut = to < text.length ? text.lastIndexOf('\n', to) : -1;
      if (cut > from) to = cut + 1;
      for (const m of opts.matcher.find(text.slice(from, to))) {
        out.push(from === 0 ? m : { ...m, start: m.start + from, end: m.end + from });
      }
      from = to;
      await yieldToMain();
      if (gen !== generation) return null;
    }
    return out;
  }

  /** Finds, counts and wraps the chosen mentions of one subtree; 'no-matches' also when superseded. */
  async function markSubtree(root: Element, gen: number): Promise<PassResult['state']> {
    const extracted = await read(root, gen);
    if (!extracted || gen !== generation) return 'no-matches';
    if (extracted.text.length > MAX_TEXT) return 'too-large';
    // Reading and matching are separate tasks, and a long text is matched in pieces (findInChunks).
    const long = extracted.text.length > LONG_TEXT;
    if (long) await yieldToMain();
    if (gen !== generation) return 'no-matches';
    const found = await findInChunks(extracted.text, gen);
    if (!found || gen !== generation) return 'no-matches';
    const chosen = selectMentions(found, settings, new Set(firstParty.keys()));
    if (chosen.length === 0) return 'no-matches';

    const fresh: Group[] = [];
    // Per parent element: `closest()` over the exclusion list was the largest cost of resolving on
    // the heavy bench page (deep wrapper chains), and many pieces share a parent.
    const exclusion = new Map<Element | null, boolean>();
    const excluded = (node: Text): boolean => {
      const parent = node.parentElement;
      let out = exclusion.get(parent);
      if (out === undefined) {
        out = isExcludedText(node);
        exclusion.set(parent, out);
      }
      return out;
    };
    let t1 = now();
    let resolved = 0;
    for (const mention of chosen) {
      let rec: Rec | null = null;
      resolvePieces(extracted, mention.start, mention.end).forEach((piece, part) => {
        if (excluded(piece.node)) return;
        const block = blockOf(piece.node, root);
        let group = groups.get(block);
        if (!group) {
          group = { block, byNode: new Map(), recs: [] };
          groups.set(block, group);
        }
        if (group.byNode.size === 0) fresh.push(group);
        rec ??= { mention, group, counted: false };
        const jobs = group.byNode.get(piece.node) ?? [];
        jobs.push({ piece, rec, part });
        group.byNode.set(piece.node, jobs);
        // Counted by its first piece, as a mark is: a mention whose start sits in a link is not shown.
        if (part === 0) {
          rec.counted = true;
          group.recs.push(rec);
          count(rec, 1);
          if (mention.kind === 'party') firstParty.set(mention.id, rec);
        }
      });
      // Thousands of mentions on a live blog: resolving them is batched like the writes below (the
      // clock is read every few mentions only: reading it per mention showed up in the profile).
      if ((++resolved & 15) === 0 && now() - t1 > BATCH_BUDGET_MS) {
        await yieldToMain();
        if (gen !== generation) return 'no-matches';
        t1 = now();
      }
    }
    const { near, rest } = byDistance([...new Set(fresh)], long);
    const lazy = long && rest.length > 0 && observe(rest, root);
    const first = lazy ? near : [...near, ...rest];

    let t0 = now();
    for (const group of first) {
      if (gen !== generation) return 'no-matches';
      write(group);
      if (now() - t0 > BATCH_BUDGET_MS) {
        await yieldToMain();
        t0 = now();
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

  /** Leaves `list` to be written when the reader scrolls near it; false when the browser cannot tell. */
  function observe(list: Group[], root: Element): boolean {
    const IO = doc.defaultView?.IntersectionObserver;
    if (!IO) return false;
    observer ??= new IO(onIntersect, { rootMargin: `${NEAR_VIEWPORTS * 100}% 0px` });
    for (const group of list) {
      waiting.add(group);
      position.set(group, order.length);
      order.push(group);
    }
    for (const [target, members] of targetsFor(list, root)) {
      const known = targets.get(target);
      if (known) known.push(...members);
      else {
        targets.set(target, members);
        observer.observe(target);
      }
    }
    return true;
  }

  /**
   * Few observed elements for many groups: each group goes under its ancestor right below `root`;
   * an ancestor holding more than GROUPS_PER_TARGET groups is split into its own children, and so on.
   * An element's box holds its descendants' boxes, so a group comes near no later than its target.
   */
  function targetsFor(list: Group[], root: Element): Map<Element, Group[]> {
    const out = new Map<Element, Group[]>();
    // Ancestors of each block from just below `root` down to the block itself.
    const chains = new Map<Group, Element[]>();
    for (const group of list) {
      const chain: Element[] = [];
      for (let el: Element | null = group.block; el && el !== root; el = el.parentElement) chain.push(el);
      chains.set(group, chain.reverse());
    }
    const add = (target: Element, members: Group[]): void => {
      const known = out.get(target);
      if (known) known.push(...members);
      else out.set(target, members);
    };
    // `members` share the ancestors chain[0, depth) (`key` is the last of them, or `root`). Groups
    // come in document order, so what the first and the last share, all of them share: the split
    // jumps straight past wrapper chains (30-60 deep on the heavy bench page) instead of walking
    // every group through every level.
    const split = (members: Group[], depth: number, key: Element): void => {
      if (members.length <= GROUPS_PER_TARGET) {
        add(key, members);
        return;
      }
      const a = chains.get(members[0]!)!;
      const b = chains.get(members[members.length - 1]!)!;
      let d = depth;
      while (d < a.length && d < b.length && a[d] === b[d]) d++;
      const shared = d > 0 ? a[d - 1]! : root;
      const here: Group[] = [];
      const buckets = new Map<Element, Group[]>();
      for (const group of members) {
        const chain = chains.get(group)!;
        // This group's block is the shared ancestor itself: it cannot go deeper.
        if (chain.length <= d) {
          here.push(group);
          continue;
        }
        const bucket = buckets.get(chain[d]!) ?? [];
        bucket.push(group);
        buckets.set(chain[d]!, bucket);
      }
      if (here.length > 0) add(shared, here);
      for (const [child, bucket] of buckets) split(bucket, d + 1, child);
    };
    split(list, 0, root);
    return out;
  }

  let draining: Group[] = [];
  let drainRunning = false;

  function onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const members = targets.get(e.target);
      if (!members) continue;
      targets.delete(e.target);
      observer?.unobserve(e.target);
      for (const group of members) {
        if (!waiting.has(group)) continue;
        draining.push(group);
        ahead(position.get(group));
      }
    }
    void drain();
  }

  /** Queues the waiting groups around reading position `at` (see WRITE_AHEAD). */
  function ahead(at: number | undefined): void {
    if (at === undefined) return;
    for (let i = at + 1, n = 0; i < order.length && n < WRITE_AHEAD; i++) {
      if (waiting.has(order[i]!)) draining.push(order[i]!);
      n++;
    }
    for (let i = at - 1, n = 0; i >= 0 && n < WRITE_BEHIND; i--) {
      if (waiting.has(order[i]!)) draining.push(order[i]!);
      n++;
    }
  }

  /** Writes the groups the reader came near, in batches of a task each. */
  async function drain(): Promise<void> {
    if (drainRunning) return;
    drainRunning = true;
    try {
      let t0 = now();
      while (draining.length > 0) {
        const group = draining.shift()!;
        if (waiting.has(group)) write(group);
        if (waiting.size === 0) {
          observer?.disconnect();
          targets.clear();
        }
        if (now() - t0 > BATCH_BUDGET_MS) {
          await yieldToMain();
          t0 = now();
        }
      }
    } finally {
      drainRunning = false;
    }
  }

  function materialize(id?: string): void {
    for (const group of [...waiting]) {
      if (id === undefined || group.recs.some((r) => r.mention.id === id)) write(group);
    }
    if (waiting.size === 0) {
      // Nothing left to wait for: no element needs watching while the reader scrolls.
      observer?.disconnect();
      targets.clear();
    }
  }

  function clear(): void {
    generation++;
    observer?.disconnect();
    observer = null;
    targets.clear();
    order = [];
    position.clear();
    waiting.clear();
    draining = [];
    groups.clear();
    counts.clear();
    markCount = 0;
    firstParty.clear();
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
    scopeEl = findScope();
    if (!scopeEl) {
      lastState = 'no-article';
      return result();
    }
    dark = pageIsDark(doc);
    ownWrites(() => ensurePageStyle(doc, settings.style, dark));
    lastState = await markSubtree(scopeEl, gen);
    return result();
  }

  async function rescan(blocks: readonly Element[]): Promise<PassResult> {
    if (destroyed || !scopeEl) return result();
    const gen = generation;
    const roots = blocks.filter(
      (b) => b.isConnected && scopeEl!.contains(b) && !blocks.some((o) => o !== b && o.contains(b)),
    );
    for (const block of roots) {
      dropWithin(block);
      forgetParties();
      ownWrites(() => ensurePageStyle(doc, settings.style, dark));
      const state = await markSubtree(block, gen);
      if (gen !== generation) break;
      if (state !== 'no-matches') lastState = state;
    }
    return result();
  }

  function forget(nodes: readonly Node[]): void {
    for (const node of nodes) if (node instanceof Element) dropWithin(node);
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
      ownWrites(() => ensurePageStyle(doc, next.style, dark));
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
    result,
    forget,
    materialize,
    marks() {
      materialize();
      return liveMarks();
    },
  };
}
