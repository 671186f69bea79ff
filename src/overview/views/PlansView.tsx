/** Plans side by side: pick two or more plans; rows are proposals, differences are marked. */
import { useMemo } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { entryLabel, localized, type UiLang } from '../model/labels.ts';
import { comparePlans, resolvePlans } from '../model/plans.ts';
import { SourceList } from './SourceList.tsx';

interface Props {
  index: DatasetIndex;
  lang: UiLang;
  t: Translate;
  planIds: string[];
  diffOnly: boolean;
  onChange: (planIds: string[], diffOnly: boolean) => void;
}

/** The plans view: a checkbox per plan, then a table with one column per chosen plan. */
export function PlansView({ index, lang, t, planIds, diffOnly, onChange }: Props) {
  const plans = useMemo(() => resolvePlans(index, planIds), [index, planIds]);
  const comparison = useMemo(() => comparePlans(index, plans), [index, plans]);
  const chosen = plans.map((p) => p.id);
  const rows = diffOnly ? comparison.rows.filter((r) => r.differs) : comparison.rows;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id), diffOnly);
  const byDate = [...index.plans].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <div class="view view--plans">
      <fieldset class="plan-picker">
        <legend>{t('plans_choose')}</legend>
        {byDate.map((p) => (
          <label key={p.id}>
            <input
              type="checkbox"
              value={p.id}
              checked={chosen.includes(p.id)}
              onChange={(e) => toggle(p.id, e.currentTarget.checked)}
            />{' '}
            {entryLabel(p, lang)} <span class="hint">({p.date})</span>
          </label>
        ))}
        <label class="plan-picker__diff">
          <input
            type="checkbox"
            checked={diffOnly}
            onChange={(e) => onChange(chosen, e.currentTarget.checked)}
          />{' '}
          {t('plans_diff_only')}
        </label>
      </fieldset>
      {plans.length < 2 ? (
        <p role="status">{t('plans_need_two')}</p>
      ) : (
        <>
          <p role="status" class="hint">
            {t('plans_differences', { count: comparison.differenceCount, total: comparison.rows.length })}
          </p>
          <div class="table-scroll">
            <table class="plans">
              <caption>{t('plans_caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matrix_proposals')}</th>
                  {plans.map((p) => (
                    <th scope="col" key={p.id} data-plan={p.id}>
                      {entryLabel(p, lang)}
                      <br />
                      <span class="hint">
                        {p.date} ·{' '}
                        {p.authors
                          .map((a) => (index.byId.get(a) ? entryLabel(index.byId.get(a)!, lang) : a))
                          .join(', ')}
                      </span>
                    </th>
                  ))}
                  <th scope="col">{t('plans_compare')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const entry = index.byId.get(row.proposal);
                  return (
                    <tr
                      key={row.proposal}
                      class={row.differs ? 'differs' : undefined}
                      data-proposal={row.proposal}
                    >
                      <th scope="row">{entry ? entryLabel(entry, lang) : row.proposal}</th>
                      {row.points.map((pt, i) =>
                        pt ? (
                          <td key={plans[i]!.id}>
                            <p>{localized(pt.says, lang)}</p>
                            {pt.sources.length > 0 ? (
                              <details>
                                <summary>{t('details_sources')}</summary>
                                <SourceList sources={pt.sources} t={t} />
                              </details>
                            ) : null}
                          </td>
                        ) : (
                          <td key={plans[i]!.id} class="silent">
                            <em>{t('plans_silent')}</em>
                          </td>
                        ),
                      )}
                      <td class="mark">
                        {row.differs ? (
                          <strong>
                            <span aria-hidden="true">≠ </span>
                            {t('plans_differs')}
                          </strong>
                        ) : (
                          <span>
                            <span aria-hidden="true">= </span>
                            {t('plans_same')}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
