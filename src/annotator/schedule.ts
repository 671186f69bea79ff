/** Cooperative scheduling: give the page's main thread back between batches of work. */

type SchedulerLike = { yield?: () => Promise<void> };

/** Resolves after the browser had a chance to run input and rendering (`scheduler.yield`, else a task). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return nextTask();
}

/**
 * Resolves inside the next animation frame of `view`, before that frame's style and layout, so work
 * done on resolution is rendered in that frame (one batch per frame). Never resolves while the tab is
 * hidden (no frames): lazy writes wait for a reader. Without requestAnimationFrame: a yield.
 */
export function nextFrame(view: (Window & typeof globalThis) | null): Promise<void> {
  if (!view?.requestAnimationFrame) return yieldToMain();
  return new Promise((resolve) => view.requestAnimationFrame(() => resolve()));
}

/** Resolves in the first task after the current one (a frame begun by now is rendered by then). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `fn` when the page is idle (or after `timeout` ms at most); returns a cancel function. */
export function whenIdle(fn: () => void, timeout = 300): () => void {
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (ric) {
    const handle = ric(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, 16);
  return () => clearTimeout(handle);
}

/** A clock for batching; `performance.now` where present. */
export function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** How long one batch of lazy writes may run before yielding (scrolling must stay smooth). */
export const BATCH_BUDGET_MS = 8;

/**
 * At most this many blocks get new marks in one frame. Every block with new marks is laid out again
 * in that frame, about 0.3 ms each with its style and pre-paint on the bench's live blog on top of
 * ~10 ms per frame (npm run bench, SP_TRACE_SCROLL=1): 200 blocks in a frame made an 87 ms task,
 * while the script's writes took 8 ms.
 */
export const BLOCKS_PER_FRAME = 24;

/**
 * Some pages pay more than this for any frame that holds a change at all, ours or their own (the
 * bench's heavy page: ~45 ms of pre-paint for one changed character). There, small batches only
 * multiply those frames, so lazy writes go in batches of up to WIDE_BATCH_BLOCKS blocks instead.
 */
export const SLOW_FRAME_MS = 40;
export const WIDE_BATCH_BLOCKS = 200;

/**
 * How long one task of an annotate pass may run before yielding: far enough under the 50 ms
 * long-task line for the piece of work that crosses it and a garbage collection (npm run bench,
 * heavy page: 62 ms traced with 20 ms here), and long enough that a normal article is read and
 * matched in one task. Every yield lets the browser render the page in between, which cost more
 * than the yield itself (npm run bench --profile: a frame of style and layout per yield).
 */
export const PASS_BUDGET_MS = 12;

/**
 * The budget of the pass's own writes (the marks in view, or a whole short article's). Writing
 * marks is cheap per mark, and a yield between writes lets the browser lay the article out twice
 * (npm run bench: the sample article's pass went from ~18 to ~34 ms with writes cut at 12 ms).
 */
export const WRITE_BUDGET_MS = 30;

/**
 * The time budget of one pass's current task, shared by its consecutive steps (reading, matching,
 * resolving, writing): a step yields only once the task has run for `ms`, so a short article is
 * done in one task and a long page yields every ~`ms`, never after each small piece.
 */
export class TaskBudget {
  private start = now();
  constructor(private readonly ms = PASS_BUDGET_MS) {}

  /** True once this task has used its budget (or `ms`, for a step with a budget of its own). */
  spent(ms = this.ms): boolean {
    return now() - this.start > ms;
  }

  /**
   * Starts the budget over without yielding: for a step that must not inherit the time spent before
   * it (writing marks right after a long scan would yield after the first block, and the frame in
   * between would lay out a half-marked page).
   */
  restart(): void {
    this.start = now();
  }

  /** Gives the thread back and starts a new task's budget. */
  async yield(): Promise<void> {
    await yieldToMain();
    this.start = now();
  }
}
