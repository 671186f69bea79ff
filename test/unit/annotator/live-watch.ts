import { createLiveWatcher } from '../../../src/annotator/live.ts';

/**
 * A started live watcher over the `<article id="a">` of `html` (set as the body), recording by id
 * what it hands over: batches of blocks to read again, full re-runs and removed nodes.
 */
export function watchArticle(html: string) {
  document.body.innerHTML = html;
  const scope = document.getElementById('a')!;
  const batches: string[][] = [];
  const reruns: number[] = [];
  const removed: string[][] = [];
  const live = createLiveWatcher({
    doc: document,
    scope: () => scope,
    onBlocks: async (blocks) => {
      batches.push(blocks.map((b) => b.id));
    },
    onRerun: async () => {
      reruns.push(1);
    },
    onRemoved: (nodes) => removed.push(nodes.map((n) => (n as Element).id)),
  });
  live.start();
  return { scope, batches, reruns, removed, live };
}
