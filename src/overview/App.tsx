/**
 * The overview page: header (search, language, export), view tabs, and the active view.
 * All state lives in the URL hash, so every view is a shareable deep link.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Dataset, Entry } from '../data/types.ts';
import { downloadText } from './download.ts';
import { translator } from './i18n.ts';
import { indexDataset } from './model/dataset-index.ts';
import { dateRange, dateSteps } from './model/dates.ts';
import { matrixCsv, plansCsv, sourcesCsv, timelineCsv } from './model/export.ts';
import {
  effectiveDate,
  formatHash,
  type OverviewState,
  parseHash,
  VIEWS,
  type ViewName,
} from './model/hash.ts';
import type { UiLang } from './model/labels.ts';
import { matrixAsOf } from './model/matrix.ts';
import { comparePlans, resolvePlans } from './model/plans.ts';
import type { FindIds } from './model/search.ts';
import { sortSources, sourcesIndex } from './model/sources.ts';
import { timelineFor } from './model/timeline.ts';
import { DateControl } from './views/DateControl.tsx';
import { MatrixView } from './views/MatrixView.tsx';
import { PlansView } from './views/PlansView.tsx';
import { SearchBox } from './views/SearchBox.tsx';
import { SourcesView } from './views/SourcesView.tsx';
import { TimelineView } from './views/TimelineView.tsx';

export interface AppProps {
  dataset: Dataset;
  /** Language when the link does not choose one. */
  defaultLang: UiLang;
  findIds?: FindIds;
}

function readHash(): OverviewState {
  return parseHash(typeof location === 'undefined' ? '' : location.hash);
}

/** The CSV of what the view shows right now, with a file name that says what and when. */
export function currentViewCsv(
  dataset: Dataset,
  state: OverviewState,
  lang: UiLang,
): { name: string; csv: string } {
  const index = indexDataset(dataset);
  const date = effectiveDate(dataset, state);
  switch (state.view) {
    case 'plans': {
      const plans = resolvePlans(index, state.plans);
      const comparison = comparePlans(index, plans);
      // Export what the reader sees: with "only points that differ" on, only those rows.
      const rows = state.diffOnly ? comparison.rows.filter((r) => r.differs) : comparison.rows;
      return {
        name: `standpoint-plans-${plans.map((p) => p.id).join('+')}.csv`,
        csv: plansCsv(index, { ...comparison, rows }, lang),
      };
    }
    case 'timeline': {
      const id = state.entry ?? index.proposals[0]?.id ?? '';
      const timeline = timelineFor(index, id, date);
      return {
        name: `standpoint-timeline-${id}-${date}.csv`,
        csv: timeline ? timelineCsv(index, timeline, lang) : '',
      };
    }
    case 'sources':
      return {
        name: 'standpoint-sources.csv',
        csv: sourcesCsv(sortSources(sourcesIndex(index), state.sort, state.dir)),
      };
    default:
      return { name: `standpoint-matrix-${date}.csv`, csv: matrixCsv(index, matrixAsOf(index, date), lang) };
  }
}

/** The whole page. */
export function App({ dataset, defaultLang, findIds }: AppProps) {
  const [state, setState] = useState<OverviewState>(readHash);
  useEffect(() => {
    const onHash = () => setState(readHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: Partial<OverviewState>, replace = false) => {
    setState((prev) => {
      const merged = { ...prev, ...next };
      const hash = `#${formatHash(merged)}`;
      if (location.hash !== hash) {
        // Small moves (date steps, sorting) replace the entry so Back leaves the page state sensibly.
        if (replace) history.replaceState(null, '', hash);
        else history.pushState(null, '', hash);
      }
      return merged;
    });
  }, []);
  const lang = state.lang ?? defaultLang;
  const t = useMemo(() => translator(lang), [lang]);
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const date = effectiveDate(dataset, state);
  const range = useMemo(() => dateRange(dataset), [dataset]);
  const steps = useMemo(() => dateSteps(dataset), [dataset]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);

  const openTimeline = (id: string) => navigate({ view: 'timeline', entry: id });
  const onPick = (entry: Entry) => {
    if (entry.kind === 'plan') {
      const others = resolvePlans(index, [entry.id]).map((p) => p.id);
      navigate({ view: 'plans', plans: [entry.id, ...others.filter((o) => o !== entry.id)].slice(0, 2) });
    } else navigate({ view: 'timeline', entry: entry.id });
  };
  const onTabKey = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(state.view);
    const to =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? VIEWS.length - 1
              : -2;
    if (to === -2) return;
    e.preventDefault();
    const view = VIEWS[(to + VIEWS.length) % VIEWS.length]!;
    navigate({ view });
    requestAnimationFrame(() => document.getElementById(`tab-${view}`)?.focus());
  };
  const tabName: Record<ViewName, string> = {
    matrix: t('view_matrix'),
    plans: t('view_plans'),
    timeline: t('view_timeline'),
    sources: t('view_sources'),
  };

  return (
    <div class="app">
      <header class="app__header">
        <div>
          <h1>{t('title')}</h1>
          <p class="hint">{t('tagline')}</p>
        </div>
        <SearchBox index={index} lang={lang} t={t} findIds={findIds} onPick={onPick} />
        <div class="app__tools no-print">
          <label>
            {t('language')}{' '}
            <select value={lang} onChange={(e) => navigate({ lang: e.currentTarget.value as UiLang }, true)}>
              <option value="en">English</option>
              <option value="uk">Українська</option>
            </select>
          </label>
          <button
            type="button"
            data-export="csv"
            onClick={() => {
              const { name, csv } = currentViewCsv(dataset, state, lang);
              downloadText(name, csv, 'text/csv;charset=utf-8');
            }}
          >
            {t('export_csv')}
          </button>
          <button
            type="button"
            data-export="json"
            onClick={() =>
              downloadText(
                `standpoint-dataset-${dataset.asOf}.json`,
                JSON.stringify(dataset, null, 2),
                'application/json',
              )
            }
          >
            {t('export_json')}
          </button>
          <button type="button" onClick={() => print()}>
            {t('print')}
          </button>
        </div>
      </header>
      <nav class="no-print">
        <div role="tablist" aria-label={t('views_label')} tabIndex={-1} onKeyDown={onTabKey}>
          {VIEWS.map((v) => (
            <button
              key={v}
              id={`tab-${v}`}
              type="button"
              role="tab"
              aria-selected={state.view === v}
              aria-controls="view-panel"
              tabIndex={state.view === v ? 0 : -1}
              onClick={() => navigate({ view: v })}
            >
              {tabName[v]}
            </button>
          ))}
        </div>
      </nav>
      <main>
        <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${state.view}`} data-view={state.view}>
          <h2 class="print-only">{tabName[state.view]}</h2>
          {state.view === 'matrix' ? (
            <MatrixView
              key={`${state.proposal}|${state.party}`}
              index={index}
              lang={lang}
              t={t}
              date={date}
              onDate={(d) => navigate({ date: d }, true)}
              focusProposal={state.proposal}
              focusParty={state.party}
              onOpenTimeline={openTimeline}
            />
          ) : state.view === 'plans' ? (
            <PlansView
              index={index}
              lang={lang}
              t={t}
              planIds={state.plans}
              diffOnly={state.diffOnly}
              onChange={(plans, diffOnly) => navigate({ plans, diffOnly }, true)}
            />
          ) : state.view === 'timeline' ? (
            <>
              <DateControl
                date={date}
                min={range.min}
                max={range.max}
                steps={steps}
                onDate={(d) => navigate({ date: d }, true)}
                t={t}
              />
              <TimelineView
                index={index}
                lang={lang}
                t={t}
                entry={state.entry}
                date={date}
                onEntry={openTimeline}
              />
            </>
          ) : (
            <SourcesView
              index={index}
              lang={lang}
              t={t}
              sort={state.sort}
              dir={state.dir}
              onSort={(sort, dir) => navigate({ sort, dir }, true)}
              onOpenTimeline={openTimeline}
            />
          )}
        </div>
      </main>
      <footer class="app__footer">
        <p class="hint">
          {t('asof', { date: dataset.asOf })} · {t('local_note')}
        </p>
      </footer>
    </div>
  );
}
