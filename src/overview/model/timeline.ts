/**
 * The timeline of one entry: each party's dated positions on a proposal or plan, or one party's
 * positions across subjects, laid out on a shared time axis.
 */
import type { IsoDate, Position } from '../../data/types.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { byDate } from './dates.ts';

export interface TimelineLane {
  /** The other side of the pair: the party (for a subject timeline) or the subject (for a party's). */
  id: string;
  positions: Position[];
}

export interface Timeline {
  entry: string;
  mode: 'subject' | 'party';
  lanes: TimelineLane[];
  start: IsoDate;
  end: IsoDate;
}

/** Days since 1970-01-01 for an ISO date (UTC, so no time zone shifts a day). */
export function dayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Where `date` falls on the timeline, from 0 (start) to 1 (end). */
export function axisOffset(timeline: Timeline, date: IsoDate): number {
  const span = dayNumber(timeline.end) - dayNumber(timeline.start);
  if (span <= 0) return 0;
  return Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(timeline.start)) / span));
}

/** Builds the timeline of `entryId`, up to `until` (positions after it never show). */
export function timelineFor(index: DatasetIndex, entryId: string, until: IsoDate): Timeline | undefined {
  const entry = index.byId.get(entryId);
  if (!entry) return undefined;
  const mode = entry.kind === 'party' ? 'party' : 'subject';
  const relevant = byDate(index.dataset.positions).filter(
    (p) => p.date <= until && (mode === 'party' ? p.party === entryId : p.subject === entryId),
  );
  const order = mode === 'party' ? index.dataset.entries.map((e) => e.id) : index.parties.map((e) => e.id);
  const laneIds = [...new Set(relevant.map((p) => (mode === 'party' ? p.subject : p.party)))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  const lanes = laneIds.map((id) => ({
    id,
    positions: relevant.filter((p) => (mode === 'party' ? p.subject : p.party) === id),
  }));
  const start = relevant[0]?.date ?? until;
  return { entry: entryId, mode, lanes, start, end: until };
}

/** Axis labels: the start, each 1 January in between, and the end, with their offsets. */
export function axisTicks(timeline: Timeline): { date: IsoDate; label: string; offset: number }[] {
  const ticks = [{ date: timeline.start, label: timeline.start, offset: 0 }];
  const first = Number(timeline.start.slice(0, 4)) + 1;
  const last = Number(timeline.end.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const date = `${year}-01-01`;
    if (date < timeline.end) ticks.push({ date, label: String(year), offset: axisOffset(timeline, date) });
  }
  if (timeline.end !== timeline.start) ticks.push({ date: timeline.end, label: timeline.end, offset: 1 });
  // Year labels too close to the ends would overlap the end dates.
  return ticks.filter((t, i) => i === 0 || i === ticks.length - 1 || (t.offset > 0.08 && t.offset < 0.92));
}
