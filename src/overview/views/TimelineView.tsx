/**
 * The timeline of one entry: lanes (one per party, or one per subject for a party) with dated
 * stance markers on a shared axis, and the same positions as a table for screen readers and print.
 */
import { useMemo } from 'preact/hooks';
import type { IsoDate } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { entryLabel, localized, type UiLang } from '../model/labels.ts';
import { axisOffset, axisTicks, timelineFor } from '../model/timeline.ts';
import { SourceList } from './SourceList.tsx';
import { StanceBadge, stanceSymbol } from './Stance.tsx';

interface Props {
  index: DatasetIndex;
  lang: UiLang;
  t: Translate;
  entry: string | undefined;
  date: IsoDate;
  onEntry: (id: string) => void;
}

/** The timeline view: an entry picker, the visual axis, and a table of the positions. */
export function TimelineView({ index, lang, t, entry, date, onEntry }: Props) {
  const entryId = entry ?? index.proposals[0]?.id;
  const timeline = useMemo(
    () => (entryId ? timelineFor(index, entryId, date) : undefined),
    [index, entryId, date],
  );
  const name = (id: string) => {
    const e = index.byId.get(id);
    return e ? entryLabel(e, lang) : id;
  };
  const groups = [
    { label: t('matrix_proposals'), entries: index.proposals },
    { label: t('matrix_plans'), entries: index.plans },
    { label: t('col_party'), entries: index.parties },
  ];
  const all = timeline?.lanes.flatMap((l) => l.positions) ?? [];
  return (
    <div class="view view--timeline">
      <label class="picker">
        {t('timeline_choose')}{' '}
        <select value={entryId} onChange={(e) => onEntry(e.currentTarget.value)}>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.entries.map((e) => (
                <option key={e.id} value={e.id}>
                  {entryLabel(e, lang)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {!timeline ? (
        <p role="alert">{t('unknown_entry', { id: entryId ?? '' })}</p>
      ) : all.length === 0 ? (
        <p role="status">{t('timeline_empty')}</p>
      ) : (
        <>
          <figure class="timeline" aria-label={t('timeline_axis')}>
            <div class="timeline__axis" aria-hidden="true">
              {axisTicks(timeline).map((tick) => (
                <span
                  key={tick.date}
                  class="timeline__tick"
                  style={{ left: `${(tick.offset * 100).toFixed(2)}%` }}
                >
                  {tick.label}
                </span>
              ))}
            </div>
            {timeline.lanes.map((lane) => (
              <div class="timeline__lane" key={lane.id} aria-hidden="true">
                <span class="timeline__label">{name(lane.id)}</span>
                <span class="timeline__track">
                  {lane.positions.map((p) => (
                    <span
                      key={p.id}
                      class={`timeline__dot stance--${p.stance}`}
                      style={{ left: `${(axisOffset(timeline, p.date) * 100).toFixed(2)}%` }}
                      title={`${p.date}: ${t(`stance_${p.stance}`)}`}
                    >
                      {stanceSymbol(p.stance)}
                    </span>
                  ))}
                </span>
              </div>
            ))}
          </figure>
          <table class="timeline-table">
            <caption>
              {t(timeline.mode === 'party' ? 'timeline_caption_party' : 'timeline_caption', {
                name: name(timeline.entry),
                date,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('col_date')}</th>
                <th scope="col">{timeline.mode === 'party' ? t('col_subject') : t('col_party')}</th>
                <th scope="col">{t('col_stance')}</th>
                <th scope="col">{t('col_summary')}</th>
              </tr>
            </thead>
            <tbody>
              {[...all]
                .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
                .map((p) => (
                  <tr key={p.id} data-position={p.id}>
                    <td>
                      <time dateTime={p.date}>{p.date}</time>
                    </td>
                    <th scope="row">{name(timeline.mode === 'party' ? p.subject : p.party)}</th>
                    <td>
                      <StanceBadge stance={p.stance} t={t} />
                    </td>
                    <td>
                      {localized(p.summary, lang)}
                      <details>
                        <summary>{t('details_sources')}</summary>
                        <SourceList sources={p.sources} t={t} />
                      </details>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
