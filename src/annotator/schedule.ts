/** Cooperative scheduling: give the page's main thread back between batches of work. */

type SchedulerLike = { yield?: () => Promise<void> };

/** Resolves after the browser had a chance to run input and rendering (`scheduler.yield`, else a task). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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

/** How long one batch may run before yielding (well under the 50 ms long-task line). */
export const BATCH_BUDGET_MS = 8;
