/**
 * The bench's stand-in for the extension's background (src/background/matching.ts), as a Web Worker
 * (bench-out/bundle/standpoint-bench-worker.js): it loads the build's page index as the background
 * does and answers each request with the packed mentions of a whole text, so the page's main thread
 * does exactly what the content script's does. Same source files as the background; nothing
 * re-implemented.
 */
import pageIndexJson from 'virtual:standpoint/page-index';
import type { PageIndex } from '../../src/annotator/page-index.ts';
import { loadMatcher } from '../../src/matcher/index.ts';
import { findAll } from '../../src/matcher/pieces.ts';
import { packMentions } from '../../src/matcher/wire.ts';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent<{ id: number; text: string }>) => void) | null;
};
const t0 = performance.now();
const matcher = loadMatcher((JSON.parse(pageIndexJson) as PageIndex).matcher);
scope.postMessage({ ready: true, loadMs: performance.now() - t0 });
scope.onmessage = (e) => {
  const start = performance.now();
  const packed = packMentions(findAll(matcher, e.data.text));
  scope.postMessage({ id: e.data.id, packed, ms: performance.now() - start });
};
