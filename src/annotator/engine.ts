/**
 * The DOM engine: finds mentions in the article and marks them. No extension APIs here, so the
 * benchmark, property tests and e2e pages can drive it in any document.
 *
 * Parts, and when they run:
 *   annotate()  full pass over the article (or page): extract -> match -> select -> wrap in batches,
 *               visible text first, yielding between batches (no task over ~50 ms, no layout thrash:
 *               one geometry read before any write).
 *   rescan()    the same for a few changed blocks (fed by live.ts from a MutationObserver).
 *   clear()     takes every mark and the stylesheet back out; the DOM is exactly as before.
 *   update()    applies new settings (style only: restyle; anything else: clear + annotate).
 */
import { extractText, findArticleRoot } from '../extract/index.ts';
import type { Settings } from '../settings/types.ts';
import { Highlighter, isExcludedText, MARK_TAG } from './highlighter.ts';
import { ensurePageStyle, pageIsDark, removePageStyle } from './page-style.ts';
import { type Piece, resolvePieces } from './resolve.ts';
import { BATCH_BUDGET_MS, now, yieldToMain } from './schedule.ts';
import { selectMentions } from './select.ts';
import type { AnnotateResult, Extractor, Matcher, Mention } from './types.ts';

/** Above this much text the page is not annotated (reported as 'too-large'). */
export const MAX_TEXT = 2_000_000;
/** Above this much text, extraction and matching get a task each (yielding in between). */
const LONG_TEXT = 50_000;
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
  /** DOM -> text as presented; default: src/extract `extractText`. */
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
  /** The current result, counting only marks still in the page. */
  result(): PassResult;
  /** Live marks in document order. */
  marks(): HTMLElement[];
}

const defaultLabel = (m: Mention) => `${m.kind[0]!.toUpperCase()}${m.kind.slice(1)}: ${m.text}`;

/** Creates an annotator over `opts.root`; nothing happens until `annotate()`. */
export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const doc = opts.root instanceof Element ? opts.root.ownerDocument : (opts.root as Document);
  const highlighter = new Highlighter();
  const label = opts.label ?? defaultLabel;
  const ownWrites = opts.ownWrites ?? ((write: () => void) => write());
  const extract = opts.extract ?? ((root: Element) => extractText(root));
  const findArticle = opts.findArticle ?? ((d: Document) => findArticleRoot(d));
  let settings = opts.settings;
  let scopeEl: Element | null = null;
  let lastState: PassResult['state'] = 'no-matches';
  let generation = 0;
  let destroyed = false;
  // Read once per full pass: a style read after our own writes would force a style recalculation.
  let dark = false;
  // Density 'first': which parties already have their mark, and where.
  const firstPartyMark = new Map<string, HTMLElement>();
  // Per mark: the mention it shows (for counts and labels).
  const mentionOf = new WeakMap<HTMLElement, Mention>();

  function findScope(): Element | null {
    if (opts.root instanceof Element) return opts.root;
    if (settings.scope === 'page') return doc.body;
    return findArticle(doc);
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
    mentionOf.set(mark, m);
    return mark;
  }

  function liveMarks(): HTMLElement[] {
    // Document order from the browser's own query: sorting thousands of marks with
    // compareDocumentPosition took ~0.5 s on a 100,000-word live blog, after every pass and every
    // appended paragraph (npm run bench).
    const ours = new Set(highlighter.all());
    if (ours.size === 0) return [];
    return [...doc.querySelectorAll<HTMLElement>(MARK_TAG)].filter((m) => ours.has(m));
  }

  function result(): PassResult {
    const counts: AnnotateResult['counts'] = new Map();
    let markCount = 0;
    for (const mark of liveMarks()) {
      if (mark.hasAttribute('data-sp-part')) continue;
      const m = mentionOf.get(mark);
      if (!m) continue;
      markCount++;
      const entry = counts.get(m.id) ?? { kind: m.kind, count: 0, label: m.text };
      entry.count++;
      counts.set(m.id, entry);
    }
    const state = markCount > 0 ? 'annotated' : lastState === 'annotated' ? 'no-matches' : lastState;
    return { state, markCount, counts };
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

  /** Wraps the chosen mentions of one subtree in batches; false if a newer pass took over. */
  async function markSubtree(root: Element, gen: number): Promise<PassResult['state']> {
    const extracted = extract(root);
    if (extracted.text.length > MAX_TEXT) return 'too-large';
    // Reading and matching are separate tasks, and a long text is matched in pieces (findInChunks).
    if (extracted.text.length > LONG_TEXT) await yieldToMain();
    if (gen !== generation) return 'no-matches';
    const found = await findInChunks(extracted.text, gen);
    if (!found) return 'no-matches';
    const chosen = selectMentions(found, settings, new Set(firstPartyMark.keys()));
    if (chosen.length === 0) return 'no-matches';

    // Pieces grouped per text node, each node's pieces from last to first: splitting a node at a later
    // offset keeps the earlier text in the same node, so the other pieces' offsets stay valid.
    type Job = { piece: Piece; mention: Mention; part: number };
    const byNode = new Map<Text, Job[]>();
    let t1 = now();
    for (const mention of chosen) {
      resolvePieces(extracted, mention.start, mention.end).forEach((piece, part) => {
        if (isExcludedText(piece.node)) return;
        const jobs = byNode.get(piece.node) ?? [];
        jobs.push({ piece, mention, part });
        byNode.set(piece.node, jobs);
      });
      // Thousands of mentions on a live blog: resolving them is batched like the writes below.
      if (now() - t1 > BATCH_BUDGET_MS) {
        await yieldToMain();
        if (gen !== generation) return 'no-matches';
        t1 = now();
      }
    }
    const nodes = visibleFirst([...byNode.keys()]);

    let t0 = now();
    for (const node of nodes) {
      if (gen !== generation) return 'no-matches';
      const jobs = byNode.get(node)!.sort((a, b) => b.piece.from - a.piece.from);
      ownWrites(() => {
        for (const { piece, mention, part } of jobs) {
          if (!node.isConnected || node.data.slice(piece.from, piece.to) !== piece.expect) continue;
          if (mention.kind === 'party' && settings.density === 'first' && part === 0) {
            const prior = firstPartyMark.get(mention.id);
            if (
              prior?.isConnected &&
              prior.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING
            ) {
              continue;
            }
          }
          const mark = makeMark(mention, part);
          if (!highlighter.wrap(node, piece.from, piece.to, mark)) continue;
          if (mention.kind === 'party' && part === 0) firstPartyMark.set(mention.id, mark);
        }
      });
      if (now() - t0 > BATCH_BUDGET_MS) {
        await yieldToMain();
        t0 = now();
      }
    }
    return 'annotated';
  }

  /** Orders text nodes so the ones in the viewport come first; reads geometry once, before writing. */
  function visibleFirst(nodes: Text[]): Text[] {
    const view = doc.defaultView;
    if (!view || nodes.length < 2) return nodes;
    const height = view.innerHeight;
    const seen = new Map<Element, boolean>();
    const visible: Text[] = [];
    const rest: Text[] = [];
    // Nodes come in text order: a few blocks below the viewport, everything further down is below it
    // too, so geometry is read only around what is shown, not for every block of a long page.
    let below = 0;
    for (const node of nodes) {
      if (below > 8) {
        rest.push(node);
        continue;
      }
      const parent = node.parentElement!;
      let inView = seen.get(parent);
      if (inView === undefined) {
        const r = parent.getBoundingClientRect();
        inView = r.bottom >= 0 && r.top <= height && (r.width > 0 || r.height > 0);
        if (r.top > height) below++;
        seen.set(parent, inView);
      }
      (inView ? visible : rest).push(node);
    }
    return [...visible, ...rest];
  }

  function clear(): void {
    generation++;
    ownWrites(() => {
      highlighter.clear();
      removePageStyle(doc);
    });
    firstPartyMark.clear();
  }

  function forgetPartiesIn(block: Element): void {
    for (const [id, mark] of firstPartyMark)
      if (!mark.isConnected || block.contains(mark)) firstPartyMark.delete(id);
  }

  async function annotate(): Promise<PassResult> {
    if (destroyed) return { state: 'disabled', markCount: 0, counts: new Map() };
    if (highlighter.size > 0) clear();
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
      ownWrites(() => highlighter.clear(block));
      forgetPartiesIn(block);
      ownWrites(() => ensurePageStyle(doc, settings.style, dark));
      const state = await markSubtree(block, gen);
      if (gen !== generation) break;
      if (state !== 'no-matches') lastState = state;
    }
    return result();
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
    if (onlyStyle && highlighter.size > 0) {
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
    marks: liveMarks,
  };
}
