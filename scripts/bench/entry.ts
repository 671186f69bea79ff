/**
 * The bench bundle (Vite library mode, IIFE -> bench-out/bundle/standpoint-bench.js): the content
 * script's own engine, matcher, extractor and name index, exposed to the bench page as
 * `window.StandpointBench`. Same source files as src/annotator/content.ts uses; nothing re-implemented.
 */
import precompiled from 'virtual:standpoint/matcher';
import names from 'virtual:standpoint/names';
import { createAnnotator } from '../../src/annotator/engine.ts';
import type { Matcher } from '../../src/annotator/types.ts';
import { extractText, findArticle } from '../../src/extract/index.ts';
import * as matcherMod from '../../src/matcher/index.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/types.ts';

type Index = Parameters<typeof matcherMod.compileMatcher>[0] | Parameters<typeof matcherMod.loadMatcher>[0];

/** The extension's matcher from a name index: a compiled trie is loaded, a name source compiled. */
function matcherFrom(index: Index): Matcher {
  if ('trie' in index) return matcherMod.loadMatcher(index);
  return matcherMod.compileMatcher(index);
}

/** Set by run.ts: true when src/annotator/content.ts loads the build-time automaton. */
declare const __SP_PRECOMPILED__: boolean;

declare global {
  interface Window {
    /** Set by bench-out/bundle/names-x10.js: the dataset's names multiplied by 10. */
    __benchX10Source?: Index;
  }
}

const extract = (root: Element) => extractText(root);

/** Settings for the bench: every mention of every kind, so Standpoint does at least the baselines' work. */
const SETTINGS = { ...DEFAULT_SETTINGS, density: 'every' as const };

const StandpointBench = {
  /** A fresh matcher, as the content script builds it at start ('x1') or with 10x the names ('x10'). */
  matcher(which: 'x1' | 'x10'): Matcher {
    // x1 is built exactly as the content script builds it: the build-time automaton if it uses that.
    if (which === 'x1' && __SP_PRECOMPILED__) return matcherMod.loadMatcher(precompiled);
    const index = which === 'x10' ? window.__benchX10Source : (names as unknown as Index);
    if (!index) throw new Error('bench: names-x10.js was not loaded');
    return matcherFrom(index);
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
