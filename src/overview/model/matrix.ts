/**
 * The parties × proposals matrix as of a chosen date: for each subject (row) and party (column),
 * the latest position dated on or before that date, and whether it changed from the one before.
 */
import type { IsoDate, PartyEntry, Position, Stance } from '../../data/types.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { byDate } from './dates.ts';

export interface MatrixCell {
  party: string;
  subject: string;
  /** The position in force on the chosen date, if any. */
  position?: Position;
  /** The party's earlier position on this subject, when its stance differed. */
  changedFrom?: Position;
  /** All positions of this party on this subject up to the chosen date, oldest first. */
  history: Position[];
}

export interface MatrixRow {
  subject: string;
  kind: 'proposal' | 'plan';
  cells: MatrixCell[];
}

export interface Matrix {
  date: IsoDate;
  parties: PartyEntry[];
  rows: MatrixRow[];
}

/** Parties that took any position, states and blocs before the people who speak for them. */
export function matrixParties(index: DatasetIndex): PartyEntry[] {
  const active = new Set(index.dataset.positions.map((p) => p.party));
  const withPositions = index.parties.filter((p) => active.has(p.id));
  return [
    ...withPositions.filter((p) => p.type !== 'person'),
    ...withPositions.filter((p) => p.type === 'person'),
  ];
}

/** True when the cell's stance differs from the same party's previous dated position. */
export function isChanged(cell: MatrixCell): boolean {
  return cell.changedFrom !== undefined;
}

function cellFor(party: string, subject: string, positions: Position[]): MatrixCell {
  const history = positions;
  const position = history[history.length - 1];
  let changedFrom: Position | undefined;
  if (position) {
    // The previous dated position: the latest one strictly before the current one's date.
    for (let i = history.length - 2; i >= 0; i--) {
      const earlier = history[i]!;
      if (earlier.date < position.date) {
        if (earlier.stance !== position.stance) changedFrom = earlier;
        break;
      }
    }
  }
  return { party, subject, position, changedFrom, history };
}

/** Builds the matrix as of `date`; positions dated after it never appear. */
export function matrixAsOf(index: DatasetIndex, date: IsoDate): Matrix {
  const parties = matrixParties(index);
  const grouped = new Map<string, Position[]>();
  for (const p of byDate(index.dataset.positions)) {
    if (p.date > date) continue;
    const key = `${p.subject}\u0000${p.party}`;
    const list = grouped.get(key);
    if (list) list.push(p);
    else grouped.set(key, [p]);
  }
  const subjectsWithPositions = new Set(index.dataset.positions.map((p) => p.subject));
  const subjects: { id: string; kind: 'proposal' | 'plan' }[] = [
    ...index.proposals.map((e) => ({ id: e.id, kind: 'proposal' as const })),
    ...index.plans
      .filter((e) => subjectsWithPositions.has(e.id))
      .map((e) => ({ id: e.id, kind: 'plan' as const })),
  ];
  const rows = subjects.map(({ id, kind }) => ({
    subject: id,
    kind,
    cells: parties.map((party) => cellFor(party.id, id, grouped.get(`${id}\u0000${party.id}`) ?? [])),
  }));
  return { date, parties, rows };
}

/** Counts cells per stance, for the matrix caption and legend. */
export function stanceCounts(matrix: Matrix): Record<Stance, number> {
  const counts: Record<Stance, number> = { supports: 0, opposes: 0, conditional: 0, mixed: 0, unclear: 0 };
  for (const row of matrix.rows)
    for (const cell of row.cells) if (cell.position) counts[cell.position.stance]++;
  return counts;
}
