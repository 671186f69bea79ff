/**
 * Lazy writing of marks on long pages: blocks whose marks wait until the reader scrolls near them.
 * One IntersectionObserver watches few elements, found a level of the page at a time; when one comes
 * near, its blocks (and those ahead and behind in reading order) are written a batch per animation
 * frame. The engine owns the blocks ("groups") and how they are written; this module decides when.
 */
import {
  BATCH_BUDGET_MS,
  BLOCKS_PER_FRAME,
  nextFrame,
  nextTask,
  now,
  SLOW_FRAME_MS,
  WIDE_BATCH_BLOCKS,
} from './schedule.ts';

/** How far outside the viewport blocks are still written ahead of the reader, in viewport heights. */
export const NEAR_VIEWPORTS = 1;
/**
 * At most this many waiting groups share one observed element. The browser computes every observed
 * element's intersection in every frame, so thousands of targets (one per paragraph of a live blog)
 * cost several ms per frame while the reader scrolls (npm run bench, Chromium trace).
 */
const GROUPS_PER_TARGET = 24;
/**
 * When the reader comes near waiting groups, this many further groups in reading order (and a few
 * before, for readers scrolling up) are written after them, a few per frame (BLOCKS_PER_FRAME), so
 * the reader who keeps scrolling finds them written without waiting for the observer each time.
 */
const WRITE_AHEAD = 160;
const WRITE_BEHIND = 40;

/** What this module needs of a group: its block, and two fields it keeps on it. */
export interface Waiting {
  block: Element;
  /** Waiting for the reader to come near, at index `at` of the reading order. */
  waiting: boolean;
  at: number;
}

/** The waiting groups of one annotator; `write` is the engine's (it calls `settled` back). */
export class LazyWrites<G extends Waiting> {
  private observer: IntersectionObserver | null = null;
  // Observed element -> the waiting groups inside it (written together when it comes near).
  private readonly targets = new Map<Element, G[]>();
  // Groups that were left waiting, in reading order, for writing ahead of the reader.
  private order: G[] = [];
  private count = 0;
  // Groups to write, oldest first; `drained` of them are done.
  private draining: G[] = [];
  private drained = 0;
  private running = false;
  // Frames in a row that took over SLOW_FRAME_MS to render a batch (the page's, kept across batches).
  private slowFrames = 0;

  constructor(
    private readonly doc: Document,
    private readonly write: (group: G) => void,
  ) {}

  /** Leaves `list` (in reading order) to be written when the reader scrolls near it; false when the browser cannot tell. */
  watch(list: G[], root: Element): boolean {
    const IO = this.doc.defaultView?.IntersectionObserver;
    if (!IO) return false;
    this.observer ??= new IO((entries) => this.onIntersect(entries), {
      rootMargin: `${NEAR_VIEWPORTS * 100}% 0px`,
    });
    for (const group of list) {
      group.waiting = true;
      group.at = this.order.length;
      this.order.push(group);
    }
    this.count += list.length;
    for (const [target, members] of oneLevelDown(list, root)) this.target(target, members);
    return true;
  }

  /** The group was written or dropped: it waits no more. */
  settled(group: G): void {
    if (!group.waiting) return;
    group.waiting = false;
    this.count--;
    // Nothing left to wait for: no element needs watching while the reader scrolls.
    if (this.count === 0) this.stopWatching();
  }

  /** Writes the waiting groups now: those `which` picks, or all of them. */
  materialize(which?: (group: G) => boolean): void {
    for (const group of this.order) if (group.waiting && (!which || which(group))) this.write(group);
  }

  /** Forgets every waiting group and observed element. */
  clear(): void {
    this.stopWatching();
    this.observer = null;
    this.order = [];
    this.count = 0;
    this.draining = [];
    this.drained = 0;
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.targets.clear();
  }

  private target(target: Element, members: G[]): void {
    const known = this.targets.get(target);
    if (known) known.push(...members);
    else {
      this.targets.set(target, members);
      this.observer?.observe(target);
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const members = this.targets.get(e.target);
      if (!members) continue;
      this.targets.delete(e.target);
      this.observer?.unobserve(e.target);
      const live = members.filter((g) => g.waiting);
      if (live.length > GROUPS_PER_TARGET) {
        // Too many for one batch: the groups about where the element meets the zone are written now
        // (with those ahead and behind them, see queue), since a reader scrolling fast may be past the
        // element's parts by the time they report. The rest is watched by part (next frame).
        this.queue([live[nearIndex(e, live.length)]!]);
        for (const [target, part] of oneLevelDown(live, e.target)) {
          // Groups whose block is this element itself cannot go further down: they are near now.
          if (target === e.target) this.queue(part);
          else this.target(target, part);
        }
        continue;
      }
      this.queue(live);
    }
    void this.drain();
  }

  /** Queues `list` and the waiting groups around it in reading order (see WRITE_AHEAD). */
  private queue(list: G[]): void {
    const order = this.order;
    // What the reader comes near now goes before what is still queued ahead from earlier: a reader
    // who jumps down the page sees the marks where they land first.
    this.draining.splice(this.drained, 0, ...list);
    for (const group of list) {
      const at = group.at;
      for (let i = at + 1, n = 0; i < order.length && n < WRITE_AHEAD; i++, n++) {
        if (order[i]!.waiting) this.draining.push(order[i]!);
      }
      for (let i = at - 1, n = 0; i >= 0 && n < WRITE_BEHIND; i--, n++) {
        if (order[i]!.waiting) this.draining.push(order[i]!);
      }
    }
  }

  /**
   * Writes the groups the reader came near, a batch per animation frame: the frame that renders a
   * batch pays for laying out each block it changed, so a batch is capped in blocks as well as time.
   * How long that frame took (a clock, no layout read) tells a page whose every changed frame is slow
   * by itself, where fewer, larger batches are better.
   */
  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.drained < this.draining.length) {
        await nextFrame(this.doc.defaultView);
        const t0 = now();
        let blocks = 0;
        // Three slow frames in a row, not one: a garbage collection can make any one frame slow.
        const cap = this.slowFrames >= 3 ? WIDE_BATCH_BLOCKS : BLOCKS_PER_FRAME;
        while (this.drained < this.draining.length && blocks < cap && now() - t0 <= BATCH_BUDGET_MS) {
          const group = this.draining[this.drained++]!;
          if (!group.waiting) continue;
          this.write(group);
          blocks++;
        }
        const written = now();
        await nextTask();
        this.slowFrames = now() - written > SLOW_FRAME_MS ? this.slowFrames + 1 : 0;
      }
      this.draining = [];
      this.drained = 0;
    } finally {
      this.running = false;
    }
  }
}

/**
 * Few observed elements for many groups, found lazily. `members` (in document order, all inside
 * `key`) are bucketed by the child of `key` that holds them; when a bucket's element comes near
 * and it holds more than GROUPS_PER_TARGET groups, it is bucketed again, one level further down
 * (onIntersect). An element's box holds its descendants' boxes, so a group comes near no later
 * than its target, and the page's tree is only walked where the reader goes.
 * Returns [element to watch, its groups]; groups whose block is `key` itself stay with `key`.
 */
function oneLevelDown<G extends Waiting>(members: G[], key: Element): [Element, G[]][] {
  // When one child holds the first and the last member, it holds all between them (document
  // order): wrapper chains (30-60 deep on the heavy bench page) are passed one step each.
  while (members.length > GROUPS_PER_TARGET) {
    const first = members[0]!.block;
    const child = first === key ? null : childHolding(key, first);
    if (!child?.contains(members[members.length - 1]!.block)) break;
    key = child;
  }
  if (members.length <= GROUPS_PER_TARGET) return [[key, members]];
  const out: [Element, G[]][] = [];
  const here: G[] = [];
  let child = key.firstElementChild;
  let bucket: G[] | null = null;
  for (const group of members) {
    if (group.block === key) {
      here.push(group);
      continue;
    }
    // Children come in document order too: one pass over both, the browser's own contains().
    while (child && !child.contains(group.block)) {
      child = child.nextElementSibling;
      bucket = null;
    }
    if (!child) {
      here.push(group);
      continue;
    }
    if (!bucket) {
      bucket = [];
      out.push([child, bucket]);
    }
    bucket.push(group);
  }
  if (here.length > 0) out.push([key, here]);
  return out;
}

function childHolding(key: Element, block: Element): Element | null {
  let child = key.firstElementChild;
  while (child && !child.contains(block)) child = child.nextElementSibling;
  return child;
}

/**
 * Which of `count` groups spread down an element lies about where it meets the observer's zone,
 * from the geometry the observer reports (no layout read): the middle of the intersection, as a
 * share of the element's height.
 */
function nearIndex(e: IntersectionObserverEntry, count: number): number {
  const box = e.boundingClientRect;
  const seen = e.intersectionRect;
  if (box.height <= 0) return 0;
  const share = ((seen.top + seen.bottom) / 2 - box.top) / box.height;
  return Math.min(count - 1, Math.max(0, Math.floor(share * count)));
}
