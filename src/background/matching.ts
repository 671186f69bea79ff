/**
 * Finding mentions for the pages. The build compiles the names into one file per set of name
 * languages (annotator/page-index.ts); the worker loads a file the first time a page asks and keeps
 * the matcher while it runs, so a page sends its text and gets back where the names are, and its
 * own main thread never parses the ~2 MB of names, loads them or runs the matcher's first, slow,
 * not yet optimised pass (npm run bench: ~100–150 ms of a reader's page before this moved here).
 */
import browser from 'webextension-polyfill';
import { type PageEntry, type PageIndex, pageIndexFile } from '../annotator/page-index.ts';
import type { Lang } from '../data/types.ts';
import { loadMatcher, type Matcher } from '../matcher/index.ts';
import { findAll } from '../matcher/pieces.ts';
import { type PackedMentions, packMentions } from '../matcher/wire.ts';

interface Names {
  entries: PageEntry[];
  matcher: Matcher;
}

const loaded = new Map<string, Promise<Names>>();

/** The names in `langs`, read from the extension's package once per worker. */
function names(langs: readonly Lang[]): Promise<Names> {
  const file = pageIndexFile(langs);
  const known = loaded.get(file);
  if (known) return known;
  const reading = fetch(browser.runtime.getURL(file))
    .then((r) => {
      if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
      return r.json() as Promise<PageIndex>;
    })
    .then((index) => ({ entries: index.entries, matcher: loadMatcher(index.matcher) }));
  // A failed read is not kept: the next page asks again.
  reading.catch(() => loaded.delete(file));
  loaded.set(file, reading);
  return reading;
}

/** Each entry's kind, party and label: what a page shows and its topic gate counts. */
export async function pageEntries(langs: readonly Lang[]): Promise<PageEntry[]> {
  return (await names(langs)).entries;
}

/** The mentions of the names in `langs` in a page's text. */
export async function findMentions(langs: readonly Lang[], text: string): Promise<PackedMentions> {
  return packMentions(findAll((await names(langs)).matcher, text));
}
