import { createLiveWatcher } from '../../../src/annotator/live.ts';

/**
 * A started live watcher (started while `firstPass` runs, when given) over the `<article id="a">` of `html` (set as the body) and the head
 * elements named by `headIds`, recording by id
 * what it hands over: batches of blocks to read again, full re-runs and removed nodes.
 */
export function watchArticle(html: string, headIds: string[] = [], firstPass?: Promise<unknown>) {
  document.body.innerHTML = html;
  const scope = document.getElementById('a')!;
  // The article's headline and standfirst outside it, as the engine found them.
  const heads = headIds.map((id) => document.getElementById(id)!);
  const batches: string[][] = [];
  const reruns: number[] = [];
  const removed: string[][] = [];
  const live = createLiveWatcher({
    doc: document,
    scope: () => scope,
    heads: () => heads,
    onBlocks: async (blocks) => {
      batches.push(blocks.map((b) => b.id));
    },
    onRerun: async () => {
      reruns.push(1);
    },
    onRemoved: (nodes) => removed.push(nodes.map((n) => (n as Element).id)),
  });
  live.start(firstPass);
  return { scope, batches, reruns, removed, live };
}
