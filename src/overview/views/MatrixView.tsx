/**
 * Parties × proposals as of a date. Each cell is a button (stance word + symbol, Δ when changed)
 * that opens its summary and sources below; arrow keys move between cells.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { IsoDate } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { dateRange, dateSteps } from '../model/dates.ts';
import { entryLabel, localized, type UiLang } from '../model/labels.ts';
import { type Matrix, type MatrixCell, matrixAsOf } from '../model/matrix.ts';
import { DateControl } from './DateControl.tsx';
import { SourceList } from './SourceList.tsx';
import { StanceBadge, stanceSymbol } from './Stance.tsx';

interface Props {
  index: DatasetIndex;
  lang: UiLang;
  t: Translate;
  date: IsoDate;
  onDate: (date: IsoDate) => void;
  /** Row to highlight and scroll to (from a deep link or a tooltip). */
  focusProposal?: string;
  /** Column to highlight; with focusProposal, that cell opens. */
  focusParty?: string;
  onOpenTimeline: (entryId: string) => void;
}

type Selected = { subject: string; party: string };

function label(index: DatasetIndex, id: string, lang: UiLang): string {
  const entry = index.byId.get(id);
  return entry ? entryLabel(entry, lang) : id;
}

/** Moves focus between cell buttons with the arrow keys, Home and End (grid-like keyboard use). */
function moveFocus(e: KeyboardEvent, rows: number, cols: number) {
  const target = e.target as HTMLElement | null;
  const r = Number(target?.dataset.r);
  const c = Number(target?.dataset.c);
  if (!target || Number.isNaN(r) || Number.isNaN(c)) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [r - 1, c],
    ArrowDown: [r + 1, c],
    ArrowLeft: [r, c - 1],
    ArrowRight: [r, c + 1],
    Home: [r, 0],
    End: [r, cols - 1],
  };
  const to = moves[e.key];
  if (!to) return;
  const [nr, nc] = to;
  if (nr < 0 || nr >= rows || nc < 0 || nc >= cols) return;
  const next = target.closest('table')?.querySelector<HTMLElement>(`[data-r="${nr}"][data-c="${nc}"]`);
  if (next) {
    e.preventDefault();
    // Roving tabindex: Tab leaves the table and comes back to the cell the reader was on.
    target.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }
}

function CellButton({
  cell,
  r,
  c,
  selected,
  tabbable,
  onSelect,
  t,
}: {
  cell: MatrixCell;
  r: number;
  c: number;
  selected: boolean;
  /** The one cell in the Tab order (the open one, else the first). */
  tabbable: boolean;
  onSelect: () => void;
  t: Translate;
}) {
  const p = cell.position;
  const changed = cell.changedFrom;
  return (
    <button
      type="button"
      class={`cell${p ? ` cell--${p.stance}` : ' cell--empty'}${changed ? ' cell--changed' : ''}`}
      data-r={r}
      data-c={c}
      data-cell={`${cell.subject}|${cell.party}`}
      data-stance={p?.stance ?? 'none'}
      data-changed={changed ? 'true' : 'false'}
      aria-pressed={selected}
      tabIndex={tabbable ? 0 : -1}
      onClick={onSelect}
    >
      {p ? (
        <>
          <span aria-hidden="true">{stanceSymbol(p.stance)}</span> {t(`stance_${p.stance}`)}
          {changed ? (
            <span
              class="cell__changed"
              title={t('changed_from', { stance: t(`stance_${changed.stance}`), date: changed.date })}
            >
              {' '}
              <span aria-hidden="true">Δ</span>
              <span class="visually-hidden">
                {t('changed_from', { stance: t(`stance_${changed.stance}`), date: changed.date })}
              </span>
            </span>
          ) : null}
        </>
      ) : (
        <>
          <span aria-hidden="true">·</span>
          <span class="visually-hidden">{t('no_position')}</span>
        </>
      )}
    </button>
  );
}

function Details({
  index,
  lang,
  t,
  cell,
  onClose,
  onOpenTimeline,
}: {
  index: DatasetIndex;
  lang: UiLang;
  t: Translate;
  cell: MatrixCell;
  onClose: () => void;
  onOpenTimeline: (id: string) => void;
}) {
  const p = cell.position;
  const party = label(index, cell.party, lang);
  const subject = label(index, cell.subject, lang);
  const earlier = cell.history.slice(0, -1).reverse();
  return (
    <section class="details" aria-labelledby="details-title" data-details={`${cell.subject}|${cell.party}`}>
      <h2 id="details-title">{t('details_title', { party, subject })}</h2>
      {p ? (
        <>
          <p>
            <StanceBadge stance={p.stance} t={t} /> · <time dateTime={p.date}>{p.date}</time>
          </p>
          <p class="details__summary">{localized(p.summary, lang)}</p>
          {p.reason ? <p class="hint">{p.reason}</p> : null}
          <h3>{t('details_sources')}</h3>
          <SourceList sources={p.sources} t={t} />
          {earlier.length > 0 ? (
            <>
              <h3>{t('details_history')}</h3>
              <ul>
                {earlier.map((e) => (
                  <li key={e.id}>
                    <time dateTime={e.date}>{e.date}</time>: <StanceBadge stance={e.stance} t={t} /> —{' '}
                    {localized(e.summary, lang)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p>{t('details_none')}</p>
      )}
      <p class="details__actions">
        <button type="button" class="link" onClick={() => onOpenTimeline(cell.subject)}>
          {t('open_timeline', { name: subject })}
        </button>{' '}
        <button type="button" class="link" onClick={() => onOpenTimeline(cell.party)}>
          {t('open_timeline', { name: party })}
        </button>{' '}
        <button type="button" onClick={onClose}>
          {t('details_close')}
        </button>
      </p>
    </section>
  );
}

function findCell(matrix: Matrix, sel: Selected | undefined): MatrixCell | undefined {
  if (!sel) return undefined;
  return matrix.rows.find((r) => r.subject === sel.subject)?.cells.find((c) => c.party === sel.party);
}

/** The matrix view: date control, table of stances, and the chosen cell's details. */
export function MatrixView({
  index,
  lang,
  t,
  date,
  onDate,
  focusProposal,
  focusParty: asked,
  onOpenTimeline,
}: Props) {
  const matrix = useMemo(() => matrixAsOf(index, date), [index, date]);
  // A person without positions of their own has no column: focus the party they speak for.
  const askedEntry = asked ? index.byId.get(asked) : undefined;
  const focusParty =
    askedEntry?.kind === 'party' && !matrix.parties.includes(askedEntry) && askedEntry.represents
      ? askedEntry.represents
      : asked;
  const range = useMemo(() => dateRange(index.dataset), [index]);
  const steps = useMemo(() => dateSteps(index.dataset), [index]);
  const [selected, setSelected] = useState<Selected | undefined>(
    focusProposal && focusParty ? { subject: focusProposal, party: focusParty } : undefined,
  );
  const focusRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    focusRow.current?.scrollIntoView?.({ block: 'center' });
  }, [focusProposal]);
  const cols = matrix.parties.length;
  const groups = [
    {
      kind: 'proposal' as const,
      title: t('matrix_proposals'),
      rows: matrix.rows.filter((r) => r.kind === 'proposal'),
    },
    { kind: 'plan' as const, title: t('matrix_plans'), rows: matrix.rows.filter((r) => r.kind === 'plan') },
  ].filter((g) => g.rows.length > 0);
  let r = -1;
  const selectedCell = findCell(matrix, selected);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the view closes the open cell
    <div
      class="view view--matrix"
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !selected) return;
        const back = (e.currentTarget as HTMLElement).querySelector<HTMLElement>(
          `[data-cell="${selected.subject}|${selected.party}"]`,
        );
        setSelected(undefined);
        back?.focus();
      }}
    >
      <DateControl date={date} min={range.min} max={range.max} steps={steps} onDate={onDate} t={t} />
      <div class="table-scroll">
        <table class="matrix" onKeyDown={(e) => moveFocus(e, matrix.rows.length, cols)}>
          <caption>{t('matrix_caption', { date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix_subject')}</th>
              {matrix.parties.map((p) => (
                <th scope="col" key={p.id} class={p.id === focusParty ? 'is-focus' : undefined}>
                  {entryLabel(p, lang)}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.kind}>
              <tr class="group">
                <th scope="rowgroup" colSpan={cols + 1}>
                  {g.title}
                </th>
              </tr>
              {g.rows.map((row) => {
                r++;
                const rowIndex = r;
                const isFocus = row.subject === focusProposal;
                return (
                  <tr
                    key={row.subject}
                    class={isFocus ? 'is-focus' : undefined}
                    ref={isFocus ? focusRow : undefined}
                  >
                    <th scope="row">{label(index, row.subject, lang)}</th>
                    {row.cells.map((cell, c) => (
                      <td key={cell.party} class={cell.party === focusParty ? 'is-focus' : undefined}>
                        <CellButton
                          cell={cell}
                          r={rowIndex}
                          c={c}
                          t={t}
                          selected={selected?.subject === cell.subject && selected.party === cell.party}
                          tabbable={selectedCell ? selectedCell === cell : rowIndex === 0 && c === 0}
                          onSelect={() => setSelected({ subject: cell.subject, party: cell.party })}
                        />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      <aside class="legend" aria-label={t('legend')}>
        {(['supports', 'opposes', 'conditional', 'mixed', 'unclear'] as const).map((s) => (
          <StanceBadge key={s} stance={s} t={t} />
        ))}
        <span>{t('legend_changed')}</span>
      </aside>
      <div aria-live="polite">
        {selectedCell ? (
          <Details
            index={index}
            lang={lang}
            t={t}
            cell={selectedCell}
            onClose={() => setSelected(undefined)}
            onOpenTimeline={onOpenTimeline}
          />
        ) : (
          <p class="hint no-print">{t('details_hint')}</p>
        )}
      </div>
    </div>
  );
}
