/**
 * Dynamic pages: one MutationObserver that only queues what changed; the rescans run later, in idle
 * callbacks, in batches (never inside the observer callback). Standpoint's own DOM writes go through
 * `ownWrites`, which drains the observer before and after, so they never come back as "changes".
 *
 * Single-page navigations (Navigation API `navigatesuccess` where present, `popstate`, and a cheap
 * `location.href` comparison on mutations for patched-history routers) trigger a full re-run once the
 * new page settles. `pagehide` stops observing (back/forward cache), `pageshow` resumes.
 */
import { attributeSkips, SKIPPING_ATTRIBUTES, TAG_BLOCK, tagKind } from '../extract/rules.ts';
import { MARK_TAG } from './highlighter.ts';
import { STYLE_ID } from './page-style.ts';
import { whenIdle } from './schedule.ts';
import { TOOLTIP_TAG } from './tooltip/api.ts';

/** How long a navigated page gets to render its new article before the full re-run. */
export const NAVIGATION_SETTLE_MS = 400;

/**
 * A block from which the page took Standpoint's marks out this many times within UNDO_WINDOW_MS is
 * left alone from then on: a page that undoes foreign changes (a self-healing widget, a
 * "content protection" script) would otherwise trade marks with Standpoint for as long as it is
 * open (e2e "gives up on a block the page keeps undoing": hundreds of rounds in a few seconds).
 * A block that a page re-renders now and then, as a live blog re-renders its entries, stays under it.
 */
export const UNDO_LIMIT = 3;
export const UNDO_WINDOW_MS = 30_000;

export interface LiveOptions {
  doc: Document;
  /** The element being annotated, or null when no article was found (yet). */
  scope: () => Element | null;
  /** The article's headline and standfirst outside `scope`, read with it (engine `heads()`). */
  heads?: () => readonly Element[];
  /** Re-annotate these blocks (changed or added text). */
  onBlocks: (blocks: Element[]) => Promise<unknown>;
  /** Re-run everything (new URL, article replaced, or an article appeared). */
  onRerun: () => Promise<unknown>;
  /** The page removed these nodes from the scope (called before `onBlocks`, which then reports). */
  onRemoved?: (nodes: Node[]) => void;
}

export interface LiveWatcher {
  /** Runs DOM writes that the observer must not report back. */
  ownWrites(write: () => void): void;
  /**
   * Starts watching. With `firstPass` (the full pass under way), changes are collected from now on but
   * handed over only once it is done: text a page adds while the first pass waits for its answer
   * would otherwise never be read.
   */
  start(firstPass?: Promise<unknown>): void;
  stop(): void;
}

function isOwnNode(node: Node): boolean {
  if (!(node instanceof Element)) return false;
  return node.localName === MARK_TAG || node.localName === TOOLTIP_TAG || node.id === STYLE_ID;
}

/**
 * The block to rescan for a changed node, or null when it is outside the scope: its innermost block
 * element by the extractor's own rule (src/extract/rules.ts), the one the engine groups mentions
 * under, so a rescan replaces exactly the groups that changed. A line break or rule is a block
 * boundary inside a block, never a block of its own.
 */
export function blockOf(node: Node, scope: Element): Element | null {
  let el = node instanceof Element ? node : node.parentElement;
  if (!el || !scope.contains(el)) return null;
  for (; el && el !== scope; el = el.parentElement) {
    if (tagKind(el) === TAG_BLOCK && el.localName !== 'br' && el.localName !== 'hr') return el;
  }
  return scope;
}

/** Creates a watcher; call start() when the first pass begins (or once it is done). */
export function createLiveWatcher(opts: LiveOptions): LiveWatcher {
  const { doc } = opts;
  const win = doc.defaultView!;
  const pending = new Set<Element>();
  // Elements the page removed from the scope: their mentions must leave the counts.
  let removed: Node[] = [];
  let rerunPending = false;
  let cancelIdle: (() => void) | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | null = null;
  // The fragment is left out: jumping to #comments is not a new article.
  const here = () => win.location.href.split('#')[0]!;
  let lastHref = here();
  let lastRerunAt = 0;
  let observing = false;
  let abort: AbortController | null = null;

  const observer = new MutationObserver((records) => queue(records));
  // When the page last took marks out of each block, and the blocks left alone for it.
  const undone = new WeakMap<Element, number[]>();
  const leftAlone = new WeakSet<Element>();

  /** The page took marks out of `block`: true once it has done so often enough to be left alone. */
  function undoneBy(block: Element): boolean {
    const now = Date.now();
    const times = (undone.get(block) ?? []).filter((t) => now - t < UNDO_WINDOW_MS);
    times.push(now);
    undone.set(block, times);
    if (times.length < UNDO_LIMIT) return false;
    leftAlone.add(block);
    return true;
  }

  function queue(records: MutationRecord[]): void {
    if (here() !== lastHref) {
      navigated();
      return;
    }
    const scope = opts.scope();
    const heads = opts.heads?.() ?? [];
    // No article yet, or it or its headline was swapped out (a re-rendered header brings a new
    // headline to find): a full pass, at most about once a second. An attribute alone (an
    // animation's inline style, say) brings no article.
    if (!scope?.isConnected || heads.some((h) => !h.isConnected)) {
      if (!rerunPending && records.some((r) => r.type !== 'attributes'))
        requestRerun(Math.max(0, lastRerunAt + 1000 - Date.now()));
      return;
    }
    // The part of what is read that holds `node`: the article or one of its head elements.
    const partOf = (node: Node): Element | null =>
      scope.contains(node) ? scope : (heads.find((h) => h.contains(node)) ?? null);
    const blockIn = (node: Node): Element | null => {
      const part = partOf(node);
      return part ? blockOf(node, part) : null;
    };
    const add = (block: Element | null) => {
      if (block && !leftAlone.has(block)) pending.add(block);
    };
    for (const r of records) {
      if (r.type === 'characterData') {
        add(blockIn(r.target));
        continue;
      }
      if (r.type === 'attributes') {
        // Text shown or hidden ("read more", a revealed section, an element made editable): the
        // block around the element is read again (the element itself is always read when it is the
        // root of a rescan). Style changes that hide nothing (animations) pass by.
        const name = r.attributeName!;
        const el = r.target as Element;
        if (attributeSkips(name, r.oldValue) !== attributeSkips(name, el.getAttribute(name)))
          add(blockIn(el.parentElement ?? el));
        continue;
      }
      for (const node of r.addedNodes) {
        if (isOwnNode(node)) continue;
        add(blockIn(node));
      }
      // Only where it left the scope from (a cheap ancestor walk); text nodes hold no block of marks.
      const part = r.removedNodes.length > 0 ? partOf(r.target) : null;
      if (part) {
        let tookMarks = false;
        for (const node of r.removedNodes) {
          if (!(node instanceof Element)) continue;
          if (isOwnNode(node)) tookMarks ||= node.localName === MARK_TAG;
          else {
            if (opts.onRemoved) removed.push(node);
            tookMarks ||= node.getElementsByTagName(MARK_TAG).length > 0;
          }
        }
        // The page emptied a block of its own that still stands (the article itself is never given
        // up: a page replacing all of it brings new blocks, which are marked as new; a headline
        // outside it is a block like any other).
        const block: Element | null = tookMarks ? blockOf(r.target, part) : null;
        if (block && block !== scope && !leftAlone.has(block) && undoneBy(block)) {
          pending.delete(block);
          // Its mentions leave the counts (the engine drops the block's marks and groups).
          if (opts.onRemoved) removed.push(block);
        }
      }
    }
    if (pending.size > 0 || removed.length > 0) schedule();
  }

  function schedule(): void {
    if (cancelIdle || running) return;
    cancelIdle = whenIdle(flush);
  }

  function flush(): void {
    cancelIdle = null;
    if (rerunPending) return;
    const blocks = [...pending].filter((b) => b.isConnected);
    pending.clear();
    const gone = removed;
    removed = [];
    if (gone.length > 0) opts.onRemoved?.(gone);
    // A removal alone still needs a pass result (onBlocks with no blocks), so the counts are reported.
    if (blocks.length === 0 && gone.length === 0) return;
    running = opts.onBlocks(blocks).finally(() => {
      running = null;
      if (pending.size > 0) schedule();
    });
  }

  function requestRerun(delay: number): void {
    rerunPending = true;
    pending.clear();
    removed = [];
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      whenIdle(async () => {
        await running;
        lastRerunAt = Date.now();
        rerunPending = false;
        lastHref = here();
        running = opts.onRerun().finally(() => {
          running = null;
        });
      });
    }, delay);
  }

  function navigated(): void {
    if (here() === lastHref) return;
    lastHref = here();
    requestRerun(NAVIGATION_SETTLE_MS);
  }

  function connect(): void {
    if (observing) return;
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: SKIPPING_ATTRIBUTES,
      attributeOldValue: true,
    });
    observing = true;
  }

  function disconnect(): void {
    if (!observing) return;
    observer.takeRecords();
    observer.disconnect();
    observing = false;
  }

  return {
    ownWrites(write) {
      if (!observing) {
        write();
        return;
      }
      queue(observer.takeRecords());
      try {
        write();
      } finally {
        observer.takeRecords();
      }
    },
    start(firstPass) {
      if (abort) return;
      abort = new AbortController();
      const signal = abort.signal;
      connect();
      if (firstPass && !running) {
        const done = () => {
          running = null;
          if (pending.size > 0 || removed.length > 0) schedule();
        };
        running = firstPass.then(done, done);
      }
      const nav = (win as unknown as { navigation?: EventTarget }).navigation;
      nav?.addEventListener('navigatesuccess', navigated, { signal });
      win.addEventListener('popstate', navigated, { signal });
      win.addEventListener('pagehide', disconnect, { signal });
      win.addEventListener(
        'pageshow',
        (e) => {
          connect();
          if (e.persisted) navigated();
        },
        { signal },
      );
    },
    stop() {
      abort?.abort();
      abort = null;
      disconnect();
      pending.clear();
      removed = [];
      cancelIdle?.();
      cancelIdle = null;
      clearTimeout(settleTimer);
    },
  };
}
