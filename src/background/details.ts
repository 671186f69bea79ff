/** Answers from the full dataset, which only extension pages and the worker load (never the content script). */
import type { Dataset } from '../data/types.ts';
import type { DatasetInfo, EntryDetails } from '../messaging/protocol.ts';

/**
 * The entries asked for, every position about or by them, and the entries those positions name
 * (so a tooltip can show party and subject names without another round trip).
 */
export function entryDetails(dataset: Dataset, ids: string[]): EntryDetails {
  const asked = new Set(ids);
  const positions = dataset.positions.filter((p) => asked.has(p.subject) || asked.has(p.party));
  const wanted = new Set(asked);
  for (const p of positions) {
    wanted.add(p.party);
    wanted.add(p.subject);
  }
  for (const e of dataset.entries) {
    if (!asked.has(e.id)) continue;
    if (e.kind === 'plan') for (const a of e.authors) wanted.add(a);
    if (e.kind === 'party' && e.represents) wanted.add(e.represents);
  }
  return { asOf: dataset.asOf, entries: dataset.entries.filter((e) => wanted.has(e.id)), positions };
}

/** Counts for the popup's About section; sources are counted once per distinct URL or title. */
export function datasetInfo(dataset: Dataset): DatasetInfo {
  const sources = new Set<string>();
  const add = (list: { url?: string; publisher: string; title: string; date: string }[]) => {
    for (const s of list) sources.add(s.url ?? `${s.publisher}|${s.title}|${s.date}`);
  };
  for (const p of dataset.positions) add(p.sources);
  for (const e of dataset.entries) {
    if (e.kind !== 'plan') continue;
    add(e.sources);
    for (const point of e.points) add(point.sources);
  }
  return {
    asOf: dataset.asOf,
    entries: dataset.entries.length,
    positions: dataset.positions.length,
    sources: sources.size,
  };
}
