/**
 * The sources index: every source cited anywhere in the dataset, once, with the claims it supports.
 */
import type { Source } from '../../data/types.ts';
import type { DatasetIndex } from './dataset-index.ts';

export type Claim =
  | { kind: 'position'; positionId: string; party: string; subject: string }
  | { kind: 'plan'; plan: string }
  | { kind: 'plan-point'; plan: string; proposal: string };

export interface SourceRow {
  key: string;
  source: Source;
  claims: Claim[];
}

export type SourceSort = 'date' | 'publisher';
export type SortDir = 'asc' | 'desc';

/** One key per cited source: its URL when it has one, else publisher, title and date. */
export function sourceKey(source: Source): string {
  return source.url ? `url:${source.url}` : `ref:${source.publisher}|${source.title}|${source.date}`;
}

/** Collects every cited source once, with all the claims that cite it. */
export function sourcesIndex(index: DatasetIndex): SourceRow[] {
  const rows = new Map<string, SourceRow>();
  const add = (source: Source, claim: Claim) => {
    const key = sourceKey(source);
    const row = rows.get(key);
    if (row) row.claims.push(claim);
    else rows.set(key, { key, source, claims: [claim] });
  };
  for (const plan of index.plans) {
    for (const s of plan.sources) add(s, { kind: 'plan', plan: plan.id });
    for (const point of plan.points)
      for (const s of point.sources) add(s, { kind: 'plan-point', plan: plan.id, proposal: point.proposal });
  }
  for (const p of index.dataset.positions)
    for (const s of p.sources)
      add(s, { kind: 'position', positionId: p.id, party: p.party, subject: p.subject });
  return [...rows.values()];
}

/** Sorts source rows by date or publisher; ties fall back to the other key, then the title. */
export function sortSources(rows: readonly SourceRow[], by: SourceSort, dir: SortDir): SourceRow[] {
  const cmp = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const sorted = [...rows].sort((a, b) => {
    const primary =
      by === 'date' ? cmp(a.source.date, b.source.date) : cmp(a.source.publisher, b.source.publisher);
    if (primary !== 0) return primary;
    const secondary =
      by === 'date' ? cmp(a.source.publisher, b.source.publisher) : cmp(a.source.date, b.source.date);
    return secondary !== 0 ? secondary : cmp(a.source.title, b.source.title);
  });
  return dir === 'asc' ? sorted : sorted.reverse();
}
