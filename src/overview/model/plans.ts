/**
 * Plans side by side: for two or more plans, what each says on each proposal,
 * and which rows differ (a plan is silent, or the plans say different things).
 */
import type { PlanEntry, PlanPoint } from '../../data/types.ts';
import type { DatasetIndex } from './dataset-index.ts';

export interface PlanComparisonRow {
  proposal: string;
  /** One slot per compared plan, in the order asked; undefined when the plan says nothing on it. */
  points: (PlanPoint | undefined)[];
  /** Some plans address it and others do not. */
  silentIn: string[];
  /** The row differs: a plan is silent, or the plans' wording differs. */
  differs: boolean;
}

export interface PlanComparison {
  plans: PlanEntry[];
  rows: PlanComparisonRow[];
  /** Rows that differ, for the "differences only" filter and summary. */
  differenceCount: number;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Picks the plans to compare from ids, keeping only known plans; defaults to the two most recent. */
export function resolvePlans(index: DatasetIndex, ids: readonly string[]): PlanEntry[] {
  const known = ids
    .map((id) => index.plans.find((p) => p.id === id))
    .filter((p): p is PlanEntry => p !== undefined);
  const unique = [...new Map(known.map((p) => [p.id, p])).values()];
  if (unique.length >= 2) return unique;
  // One plan named: compare it with the plan it replaced, or the plan that replaced it.
  const only = unique[0];
  const related = only
    ? (index.plans.find((p) => p.id === only.supersedes) ?? index.plans.find((p) => p.supersedes === only.id))
    : undefined;
  if (related && related !== only) unique.push(related);
  const recent = [...index.plans].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  for (const plan of recent) {
    if (unique.length >= 2) break;
    if (!unique.includes(plan)) unique.push(plan);
  }
  return unique;
}

/** Compares plans point by point, rows in the dataset's proposal order, then any others. */
export function comparePlans(index: DatasetIndex, plans: readonly PlanEntry[]): PlanComparison {
  const order = new Map(index.proposals.map((p, i) => [p.id, i]));
  const proposals = new Set<string>();
  for (const plan of plans) for (const point of plan.points) proposals.add(point.proposal);
  const sorted = [...proposals].sort(
    (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  const rows = sorted.map((proposal) => {
    const points = plans.map((plan) => plan.points.find((pt) => pt.proposal === proposal));
    const silentIn = plans.filter((_, i) => !points[i]).map((p) => p.id);
    const wordings = new Set(points.filter((p) => p).map((p) => normalise(p!.says.en)));
    return { proposal, points, silentIn, differs: silentIn.length > 0 || wordings.size > 1 };
  });
  return { plans: [...plans], rows, differenceCount: rows.filter((r) => r.differs).length };
}
