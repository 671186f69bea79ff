/** The current view as CSV rows, in the reader's language, for journalists and researchers. */
import type { Source } from '../../data/types.ts';
import { toCsv } from './csv.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { entryLabel, localized, type UiLang } from './labels.ts';
import type { Matrix } from './matrix.ts';
import type { PlanComparison } from './plans.ts';
import type { SourceRow } from './sources.ts';
import type { Timeline } from './timeline.ts';

function label(index: DatasetIndex, id: string, lang: UiLang): string {
  const entry = index.byId.get(id);
  return entry ? entryLabel(entry, lang) : id;
}

function sourcesText(sources: readonly Source[]): string {
  return sources.map((s) => [s.publisher, s.date, s.title, s.url].filter(Boolean).join(', ')).join(' | ');
}

/** One line per matrix cell that has a position as of the matrix date. */
export function matrixCsv(index: DatasetIndex, matrix: Matrix, lang: UiLang): string {
  const rows: string[][] = [
    [
      'as_of',
      'subject_id',
      'subject',
      'party_id',
      'party',
      'stance',
      'position_date',
      'changed_from',
      'summary',
      'sources',
    ],
  ];
  for (const row of matrix.rows) {
    for (const cell of row.cells) {
      const p = cell.position;
      if (!p) continue;
      rows.push([
        matrix.date,
        row.subject,
        label(index, row.subject, lang),
        cell.party,
        label(index, cell.party, lang),
        p.stance,
        p.date,
        cell.changedFrom?.stance ?? '',
        localized(p.summary, lang),
        sourcesText(p.sources),
      ]);
    }
  }
  return toCsv(rows);
}

/** One line per proposal, one column per compared plan. */
export function plansCsv(index: DatasetIndex, comparison: PlanComparison, lang: UiLang): string {
  const header = [
    'proposal_id',
    'proposal',
    'differs',
    ...comparison.plans.map((p) => label(index, p.id, lang)),
  ];
  const rows: string[][] = [header];
  for (const row of comparison.rows) {
    rows.push([
      row.proposal,
      label(index, row.proposal, lang),
      row.differs ? 'yes' : 'no',
      ...row.points.map((pt) => (pt ? localized(pt.says, lang) : '')),
    ]);
  }
  return toCsv(rows);
}

/** One line per position on the timeline. */
export function timelineCsv(index: DatasetIndex, timeline: Timeline, lang: UiLang): string {
  const rows: string[][] = [
    ['date', 'party_id', 'party', 'subject_id', 'subject', 'stance', 'summary', 'sources'],
  ];
  for (const lane of timeline.lanes) {
    for (const p of lane.positions) {
      rows.push([
        p.date,
        p.party,
        label(index, p.party, lang),
        p.subject,
        label(index, p.subject, lang),
        p.stance,
        localized(p.summary, lang),
        sourcesText(p.sources),
      ]);
    }
  }
  return toCsv(rows);
}

/** One line per source, with the ids of the claims it supports. */
export function sourcesCsv(rows: readonly SourceRow[]): string {
  const out: string[][] = [['date', 'publisher', 'title', 'url', 'via', 'language', 'claims']];
  for (const row of rows) {
    const s = row.source;
    const claims = row.claims.map((c) =>
      c.kind === 'position' ? c.positionId : c.kind === 'plan' ? c.plan : `${c.plan}#${c.proposal}`,
    );
    out.push([s.date, s.publisher, s.title, s.url ?? '', s.via ?? '', s.language, claims.join(' ')]);
  }
  return toCsv(out);
}
