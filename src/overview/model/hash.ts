/**
 * Deep links: the page's state lives in the URL hash so a view can be bookmarked and shared,
 * e.g. `#view=matrix&proposal=crimea-recognition&date=2025-04-25` or `#view=plans&plans=a,b`.
 */
import type { Dataset } from '../../data/types.ts';
import { clampDate, isIsoDate } from './dates.ts';
import type { SortDir, SourceSort } from './sources.ts';

export type ViewName = 'matrix' | 'plans' | 'timeline' | 'sources';
export const VIEWS: readonly ViewName[] = ['matrix', 'plans', 'timeline', 'sources'];

export interface OverviewState {
  view: ViewName;
  /** The "as of" date; undefined means the dataset's asOf. */
  date?: string;
  /** Focused proposal (matrix row highlight). */
  proposal?: string;
  /** Focused party (matrix column highlight). */
  party?: string;
  /** Timeline subject or party. */
  entry?: string;
  plans: string[];
  sort: SourceSort;
  dir: SortDir;
  lang?: 'en' | 'uk';
  /** Plans view: show only the rows that differ. */
  diffOnly: boolean;
}

/** Reads a hash (with or without '#'); unknown keys are ignored, a bare entry picks its natural view. */
export function parseHash(hash: string): OverviewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: string) => params.get(key)?.trim() || undefined;
  const viewParam = get('view') as ViewName | undefined;
  const entry = get('entry');
  const proposal = get('proposal');
  const party = get('party');
  // The tooltip links a plan as `plan=<id>`: open the comparison with that plan first.
  const plans = (get('plans') ?? get('plan') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  let view: ViewName;
  if (viewParam && VIEWS.includes(viewParam)) view = viewParam;
  else if (entry) view = 'timeline';
  else if (plans.length > 0) view = 'plans';
  else view = 'matrix';
  const lang = get('lang');
  const date = get('date');
  return {
    view,
    date: isIsoDate(date) ? date : undefined,
    proposal,
    party,
    entry: entry ?? (view === 'timeline' ? (proposal ?? party) : undefined),
    plans,
    sort: get('sort') === 'publisher' ? 'publisher' : 'date',
    dir: get('dir') === 'asc' ? 'asc' : 'desc',
    lang: lang === 'en' || lang === 'uk' ? lang : undefined,
    diffOnly: get('diff') === '1',
  };
}

/** Writes the state back as a hash (without '#'), leaving out defaults so links stay short. */
export function formatHash(state: OverviewState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.proposal) params.set('proposal', state.proposal);
  if (state.party) params.set('party', state.party);
  if (state.entry && state.view === 'timeline') params.set('entry', state.entry);
  if (state.plans.length > 0 && state.view === 'plans') params.set('plans', state.plans.join(','));
  if (state.date) params.set('date', state.date);
  if (state.view === 'sources') {
    if (state.sort !== 'date') params.set('sort', state.sort);
    if (state.dir !== 'desc') params.set('dir', state.dir);
  }
  if (state.diffOnly && state.view === 'plans') params.set('diff', '1');
  if (state.lang) params.set('lang', state.lang);
  return params.toString().replace(/%2C/g, ',');
}

/** The date the page should show: the link's date kept inside the dataset's range. */
export function effectiveDate(dataset: Dataset, state: OverviewState): string {
  return clampDate(dataset, state.date);
}
