/** Every source cited, with the claims it supports; sortable by date and publisher. */
import { useMemo } from 'preact/hooks';
import type { Translate } from '../i18n.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { entryLabel, type UiLang } from '../model/labels.ts';
import { type Claim, type SortDir, type SourceSort, sortSources, sourcesIndex } from '../model/sources.ts';
import { isSafeUrl } from './SourceList.tsx';

interface Props {
  index: DatasetIndex;
  lang: UiLang;
  t: Translate;
  sort: SourceSort;
  dir: SortDir;
  onSort: (sort: SourceSort, dir: SortDir) => void;
  onOpenTimeline: (id: string) => void;
}

/** The sources view: a sortable table; sort state is announced through aria-sort. */
export function SourcesView({ index, lang, t, sort, dir, onSort, onOpenTimeline }: Props) {
  const rows = useMemo(() => sortSources(sourcesIndex(index), sort, dir), [index, sort, dir]);
  const name = (id: string) => {
    const e = index.byId.get(id);
    return e ? entryLabel(e, lang) : id;
  };
  const claimText = (c: Claim) =>
    c.kind === 'position'
      ? t('claim_position', { party: name(c.party), subject: name(c.subject) })
      : c.kind === 'plan'
        ? t('claim_plan', { plan: name(c.plan) })
        : t('claim_point', { plan: name(c.plan), proposal: name(c.proposal) });
  const claimTarget = (c: Claim) => (c.kind === 'position' ? c.subject : c.plan);
  const header = (key: SourceSort, text: string) => {
    const active = sort === key;
    const nextDir: SortDir =
      active && dir === 'desc' ? 'asc' : active ? 'desc' : key === 'date' ? 'desc' : 'asc';
    return (
      <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" data-sort={key} onClick={() => onSort(key, nextDir)}>
          {text} <span aria-hidden="true">{active ? (dir === 'asc' ? '▲' : '▼') : '↕'}</span>
          <span class="visually-hidden">
            {t('sort_by', { column: text })}
            {active ? `, ${t(dir === 'asc' ? 'sort_asc' : 'sort_desc')}` : ''}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div class="view view--sources">
      <div class="table-scroll">
        <table class="sources-table">
          <caption>{t('sources_caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              {header('date', t('col_date'))}
              {header('publisher', t('col_publisher'))}
              <th scope="col">{t('col_title')}</th>
              <th scope="col">{t('col_claims')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-source={row.key}>
                <td>
                  <time dateTime={row.source.date}>{row.source.date}</time>
                </td>
                <td>
                  {row.source.publisher}
                  {row.source.via ? (
                    <span class="hint"> ({t('via', { outlet: row.source.via })})</span>
                  ) : null}
                </td>
                <th scope="row">
                  {isSafeUrl(row.source.url) ? (
                    <a href={row.source.url} target="_blank" rel="noopener noreferrer">
                      {row.source.title}
                    </a>
                  ) : (
                    <cite>{row.source.title}</cite>
                  )}
                  {row.source.quote ? <q class="sources__quote">{row.source.quote}</q> : null}
                </th>
                <td>
                  <ul class="claims">
                    {row.claims.map((c, i) => (
                      <li key={i}>
                        <button type="button" class="link" onClick={() => onOpenTimeline(claimTarget(c))}>
                          {claimText(c)}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
