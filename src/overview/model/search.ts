/**
 * Search over entry names in English and Ukrainian. Typed prefixes match names directly;
 * the matcher (when given) adds inflected forms such as "Путіна" or "Криму".
 */
import type { Entry, Lang, NameSpec } from '../../data/types.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { entryLabel, literalForms } from './labels.ts';

/** Finds entry ids mentioned in free text (the content script's matcher, adapted). */
export type FindIds = (text: string) => string[];

export interface SearchHit {
  entry: Entry;
  /** The name that matched, as written in the dataset (plain words). */
  matched: string;
  /** Lower is better: 0 exact, 1 prefix, 2 word prefix, 3 substring, 4 matcher only. */
  rank: number;
}

/** Folds case, apostrophes and dashes so "Zelensky's", "zelensky’s" and "ЗЕЛЕНСЬКИЙ" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('uk')
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function namesOf(entry: Entry): string[] {
  const out = new Set<string>([entryLabel(entry, 'en'), entryLabel(entry, 'uk')]);
  for (const lang of ['en', 'uk'] as Lang[]) {
    for (const spec of (entry.names[lang] ?? []) as NameSpec[])
      for (const form of literalForms(spec)) out.add(form);
  }
  return [...out];
}

function rankName(name: string, query: string): number {
  const n = fold(name);
  if (n === query) return 0;
  if (n.startsWith(query)) return 1;
  if (n.split(/[\s-]/).some((w) => w.startsWith(query))) return 2;
  if (n.includes(query)) return 3;
  return Number.POSITIVE_INFINITY;
}

/** Entries whose names match `query`, best first, at most `limit`. */
export function searchEntries(
  index: DatasetIndex,
  query: string,
  findIds?: FindIds,
  limit = 12,
): SearchHit[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const hits = new Map<string, SearchHit>();
  for (const entry of index.dataset.entries) {
    for (const name of namesOf(entry)) {
      const rank = rankName(name, q);
      const prev = hits.get(entry.id);
      if (rank < (prev?.rank ?? Number.POSITIVE_INFINITY)) hits.set(entry.id, { entry, matched: name, rank });
    }
  }
  if (findIds) {
    let ids: string[] = [];
    try {
      ids = findIds(query);
    } catch {
      // A matcher failure must not break the search box: the direct name match still works.
      ids = [];
    }
    for (const id of ids) {
      const entry = index.byId.get(id);
      if (entry && !hits.has(id)) hits.set(id, { entry, matched: query.trim(), rank: 4 });
    }
  }
  const order = new Map(index.dataset.entries.map((e, i) => [e.id, i]));
  return [...hits.values()]
    .sort((a, b) => a.rank - b.rank || (order.get(a.entry.id) ?? 0) - (order.get(b.entry.id) ?? 0))
    .slice(0, limit);
}
