/**
 * What annotating a page needs, built once when the extension is built (scripts/vite-plugin-dataset.ts):
 * the matcher already compiled (matcher/packed.ts) and each entry's kind, party and short label. The
 * build writes one file per set of name languages into the extension; the background loads it from
 * there and matches for the pages (background/matching.ts), handing each page only the entries'
 * labels, so no page loads or compiles the names itself.
 */
import { type NameIndexEntry, pageNameLangs } from '../data/name-index.ts';
import type { Lang } from '../data/types.ts';
import type { CompiledMatcher } from '../matcher/index.ts';

export type PageEntry = Omit<NameIndexEntry, 'names'>;

export interface PageIndex {
  asOf: string;
  entries: PageEntry[];
  matcher: CompiledMatcher;
}

/** Every set of name languages a page may ask for (`pageNameLangs`). */
export const PAGE_LANG_SETS: readonly Lang[][] = [pageNameLangs(false), pageNameLangs(true)];

/** Where the build puts a language set's page index, relative to the extension's root. */
export function pageIndexFile(langs: readonly Lang[]): string {
  return `page-index/${langs.join('-')}.json`;
}
