/**
 * The bench bundle (Vite library mode, IIFE -> bench-out/bundle/standpoint-bench.js): the content
 * script's own engine, matcher, extractor and page index, exposed to the bench page as
 * `window.StandpointBench`. Same source files as src/annotator/content.ts uses; nothing re-implemented.
 */
import pageIndexJson from 'virtual:standpoint/page-index';
import { createAnnotator } from '../../src/annotator/engine.ts';
import type { PageIndex } from '../../src/annotator/page-index.ts';
import type { Matcher } from '../../src/annotator/types.ts';
import { extractText, findArticle } from '../../src/extract/index.ts';
import * as matcherMod from '../../src/matcher/index.ts';
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
  /** Scan only (extract + find): what annotate() does before it writes anything. */
  scan(root: Element, matcher: Matcher): { found: number; chars: number } {
    const extracted = extract(root);
    return { found: matcher.find(extracted.text).length, chars: extracted.text.length };
  },
  /** The engine exactly as the content script creates it, over `root`. */
  annotator(root: Element, matcher: Matcher) {
    // No `extract`: like content.ts, the engine then reads the page in steps of a task each.
    return createAnnotator({ root, matcher, settings: SETTINGS, findArticle });
  },
};

(window as unknown as { StandpointBench: typeof StandpointBench }).StandpointBench = StandpointBench;
