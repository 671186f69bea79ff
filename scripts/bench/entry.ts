/**
 * The bench bundle (Vite library mode, IIFE -> bench-out/bundle/standpoint-bench.js): the content
 * script's own engine, matcher, extractor and page index, exposed to the bench page as
 * `window.StandpointBench`. Same source files as src/annotator/content.ts uses; nothing re-implemented.
 */
import pageIndexJson from 'virtual:standpoint/page-index';
import { createAnnotator } from '../../src/annotator/engine.ts';
import type { PageIndex } from '../../src/annotator/page-index.ts';
import { mayBeAboutTheWar, mayBeAboutTheWarIn, topicWordsPattern } from '../../src/annotator/topic-words.ts';
import type { PageMatcher as Matcher, RemoteMatcher } from '../../src/annotator/types.ts';
import { extractText, findArticle, findArticleHead } from '../../src/extract/index.ts';
import * as matcherMod from '../../src/matcher/index.ts';
import type { PackedMentions } from '../../src/matcher/wire.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/types.ts';

declare global {
  interface Window {
    /** Set by bench-out/bundle/names-x10.js: the dataset's names multiplied by 10. */
    __benchX10Source?: Parameters<typeof matcherMod.compileMatcher>[0];
  }
}

const extract = (root: Element) => extractText(root);

/** Settings for the bench: every mention of every kind, so Standpoint does at least the baselines' work. */
const SETTINGS = { ...DEFAULT_SETTINGS, density: 'every' as const };

const StandpointBench = {
  /**
   * A fresh matcher: 'x1' as the content script gets it (the build's page index, parsed from JSON as
   * a page parses the background's answer, then loaded); 'x10' compiled from 10x the names.
   */
  matcher(which: 'x1' | 'x10'): Matcher {
    if (which === 'x1') return matcherMod.loadMatcher((JSON.parse(pageIndexJson) as PageIndex).matcher);
    if (!window.__benchX10Source) throw new Error('bench: names-x10.js was not loaded');
    return matcherMod.compileMatcher(window.__benchX10Source);
  },
  /**
   * The matcher as the extension uses it: in another thread (here a Web Worker standing in for the
   * background, scripts/bench/worker-entry.ts), asked once per pass with the whole text. Resolves
   * once the worker has loaded the names, as the background has by the time a page's first pass
   * asks. `waitedMs` is the time the page only waited for answers (from the request sent to the
   * answer's arrival, before its data is read: reading it is the page's own work); `workerMs` the
   * matching in the worker.
   */
  async remote(url: string): Promise<RemoteMatcher & { waitedMs: number; workerMs: number; loadMs: number }> {
    const worker = new Worker(url);
    const ready = await new Promise<{ loadMs: number }>((ok) =>
      worker.addEventListener('message', (e) => ok(e.data), { once: true }),
    );
    type Answer = { packed: PackedMentions; ms: number };
    const pending = new Map<number, (e: MessageEvent<Answer & { id: number }>, at: number) => void>();
    let next = 0;
    worker.onmessage = (e: MessageEvent<Answer & { id: number }>) => {
      const at = performance.now();
      const { id } = e.data;
      pending.get(id)?.(e, at);
      pending.delete(id);
    };
    const m = {
      waitedMs: 0,
      workerMs: 0,
      loadMs: ready.loadMs,
      async findAll(text: string): Promise<PackedMentions> {
        const id = next++;
        let sent = 0;
        const [e, at] = await new Promise<[MessageEvent<Answer>, number]>((ok) => {
          pending.set(id, (ev, t) => ok([ev, t]));
          worker.postMessage({ id, text });
          sent = performance.now();
        });
        m.waitedMs += at - sent;
        m.workerMs += e.data.ms;
        return e.data.packed;
      },
    };
    return m;
  },
  /**
   * The content script's first check of a page (topic-words.ts), cold: 'walk' as shipped (text nodes
   * in pieces, stopping at the first stem), 'textContent' the whole text at once (before 29 November).
   */
  precheck(root: Element, how: 'walk' | 'textContent'): { ms: number; yes: boolean } {
    const t0 = performance.now();
    const pattern = topicWordsPattern(__STANDPOINT_TOPIC_WORDS__);
    const yes =
      how === 'walk' ? mayBeAboutTheWarIn(root, pattern) : mayBeAboutTheWar(root.textContent ?? '', pattern);
    return { ms: performance.now() - t0, yes };
  },
  /**
   * The headline reader's lookup, cold (src/extract/article-head.ts): what a full pass of the
   * extension adds before it reads, once the article is found. The bench's engine passes are given
   * the article element, so this is measured apart.
   */
  head(): { ms: number; found: number } {
    const article = findArticle(document);
    if (!article) return { ms: 0, found: 0 };
    const t0 = performance.now();
    const found = findArticleHead(document, article).length;
    return { ms: performance.now() - t0, found };
  },
  /** Scan only (extract + find): what annotate() does before it writes anything. */
  scan(root: Element, matcher: Matcher): { found: number; chars: number } {
    const extracted = extract(root);
    return { found: matcher.find(extracted.text).length, chars: extracted.text.length };
  },
  /** The engine exactly as the content script creates it, over `root`. */
  annotator(root: Element, matcher: Matcher | RemoteMatcher) {
    // No `extract`: like content.ts, the engine then reads the page in steps of a task each.
    return createAnnotator({ root, matcher, settings: SETTINGS, findArticle });
  },
};

(window as unknown as { StandpointBench: typeof StandpointBench }).StandpointBench = StandpointBench;
