/** Date logic for "as of" views. Dates are ISO calendar dates, so string order is time order. */
import type { Dataset, IsoDate, Position } from '../../data/types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` looks like YYYY-MM-DD. */
export function isIsoDate(value: string | undefined | null): value is IsoDate {
  return !!value && ISO_DATE.test(value);
}

/** Positions known on `date`: a position dated after it never counts. */
export function positionsAsOf(positions: readonly Position[], date: IsoDate): Position[] {
  return positions.filter((p) => p.date <= date);
}

/** Positions ordered by date, ties kept in dataset order. */
export function byDate(positions: readonly Position[]): Position[] {
  return positions
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.date < b.p.date ? -1 : a.p.date > b.p.date ? 1 : a.i - b.i))
    .map(({ p }) => p);
}

/** The range the date control runs over: earliest position to the dataset's asOf. */
export function dateRange(dataset: Dataset): { min: IsoDate; max: IsoDate } {
  let min = dataset.asOf;
  for (const p of dataset.positions) if (p.date < min) min = p.date;
  return { min, max: dataset.asOf };
}

/** Every distinct position date within the range, ascending, ending with asOf (the date control's steps). */
export function dateSteps(dataset: Dataset): IsoDate[] {
  const set = new Set<IsoDate>();
  for (const p of dataset.positions) if (p.date <= dataset.asOf) set.add(p.date);
  set.add(dataset.asOf);
  return [...set].sort();
}

/** Keeps `date` inside the dataset's range; an invalid date becomes asOf. */
export function clampDate(dataset: Dataset, date: string | undefined): IsoDate {
  const { min, max } = dateRange(dataset);
  if (!isIsoDate(date)) return max;
  if (date < min) return min;
  if (date > max) return max;
  return date;
}
