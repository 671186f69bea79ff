/** The tooltip's content, by kind of entry. Pure rendering of a TooltipView; no data access here. */
import type { Source, Stance } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';
import type { PartyView, PlanView, ProposalView, StanceRow, TooltipView } from './model.ts';

export type TooltipState =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; view: TooltipView; asOf: string };

export interface TooltipProps {
  state: TooltipState;
  /** The text of the mention the tooltip belongs to (heading while loading). */
  mention: string;
  t: Translate;
  pinned: boolean;
  onOpenOverview: (hash: string) => void;
  onClose: () => void;
}

/** Stance as a coloured badge that also says the stance in words (never colour alone). */
function Badge({ stance, t }: { stance: Stance; t: Translate }) {
  return <span class={`badge badge-${stance}`}>{t(`tooltip_stance_${stance}`)}</span>;
}

function SourceLink({ source }: { source: Source }) {
  const label = `${source.publisher}${source.via ? ` / ${source.via}` : ''}, ${source.date}`;
  if (!source.url)
    return (
      <span class="src" title={source.title}>
        {label}
      </span>
    );
  return (
    <a class="src" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {label}
    </a>
  );
}

function Sources({ sources, t }: { sources: Source[]; t: Translate }) {
  if (sources.length === 0) return null;
  return (
    <span class="sources">
      {t('tooltip_source')}:{' '}
      {sources.slice(0, 2).map((s, i) => (
        <>
          {i > 0 && '; '}
          <SourceLink source={s} />
        </>
      ))}
    </span>
  );
}

function Row({ row, t, label }: { row: StanceRow; t: Translate; label: string }) {
  return (
    <li class="row">
      <div class="row-head">
        <strong>{label}</strong> <Badge stance={row.stance} t={t} /> <span class="date">{row.date}</span>
      </div>
      {row.held ? (
        <div class="change">
          <div>
            {t('tooltip_held_then', row.held.date)} <Badge stance={row.held.stance} t={t} />{' '}
            {row.held.summary} <Sources sources={row.held.sources} t={t} />
          </div>
          <div>
            {t('tooltip_changed_since', row.date)}: <Badge stance={row.stance} t={t} /> {row.summary}{' '}
            <Sources sources={row.sources} t={t} />
          </div>
        </div>
      ) : (
        <div class="summary">
          {row.summary} <Sources sources={row.sources} t={t} />
        </div>
      )}
    </li>
  );
}

function Rows({ rows, t, by }: { rows: StanceRow[]; t: Translate; by: 'party' | 'subject' }) {
  if (rows.length === 0) return <p class="empty">{t('tooltip_no_positions')}</p>;
  return (
    <ul class="rows">
      {rows.slice(0, 8).map((r) => (
        <Row
          key={`${r.party}/${r.subject}`}
          row={r}
          t={t}
          label={by === 'party' ? r.partyTitle : r.subjectTitle}
        />
      ))}
    </ul>
  );
}

function ProposalBody({ view, t }: { view: ProposalView; t: Translate }) {
  return (
    <>
      <p class="what">{view.what}</p>
      <h3>{t('tooltip_positions')}</h3>
      <Rows rows={view.rows} t={t} by="party" />
    </>
  );
}

function PlanBody({ view, t }: { view: PlanView; t: Translate }) {
  return (
    <>
      <p class="what">{view.what}</p>
      <p class="meta">
        {t('tooltip_plan_meta', view.date, view.authors.join(', '), t(`tooltip_status_${view.status}`))}{' '}
        <Sources sources={view.sources} t={t} />
      </p>
      {view.points.length > 0 && (
        <>
          <h3>{t('tooltip_points')}</h3>
          <ul class="points">
            {view.points.slice(0, 8).map((p) => (
              <li key={p.proposal}>
                <strong>{p.title}</strong>: {p.says} <Sources sources={p.sources} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('tooltip_reactions')}</h3>
      <Rows rows={view.reactions} t={t} by="party" />
    </>
  );
}

function PartyBody({ view, t }: { view: PartyView; t: Translate }) {
  return (
    <>
      {view.role && <p class="what">{view.role}</p>}
      {!view.role && <p class="what">{view.what}</p>}
      {view.represents && <p class="represents">{t('tooltip_represents', view.represents.title)}</p>}
      <h3>
        {view.rowsOf === 'represented' && view.represents
          ? t('tooltip_positions_of', view.represents.title)
          : t('tooltip_positions')}
      </h3>
      <Rows rows={view.rows} t={t} by="subject" />
    </>
  );
}

function kindLabel(view: TooltipView, t: Translate): string {
  if (view.kind === 'party') return t(view.type === 'person' ? 'tooltip_kind_person' : 'tooltip_kind_party');
  return t(`tooltip_kind_${view.kind}`);
}

/** The whole tooltip: heading, body by kind, footer with the dataset date and the overview link. */
export function Tooltip({ state, mention, t, pinned, onOpenOverview, onClose }: TooltipProps) {
  if (state.status !== 'ready') {
    return (
      <div class="card" data-state={state.status}>
        <h2>{mention}</h2>
        <p>{t(state.status === 'loading' ? 'tooltip_loading' : 'tooltip_unavailable')}</p>
      </div>
    );
  }
  const { view, asOf } = state;
  return (
    <div class="card" data-state="ready" data-kind={view.kind}>
      <div class="head">
        <span class="kind">{kindLabel(view, t)}</span>
        <h2>{view.title || mention}</h2>
        {pinned && (
          <button type="button" class="close" aria-label={t('tooltip_close')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      {view.kind === 'proposal' && <ProposalBody view={view} t={t} />}
      {view.kind === 'plan' && <PlanBody view={view} t={t} />}
      {view.kind === 'party' && <PartyBody view={view} t={t} />}
      <div class="foot">
        <span class="asof">{t('tooltip_as_of', asOf)}</span>
        <button type="button" class="link" onClick={() => onOpenOverview(`${view.kind}=${view.id}`)}>
          {t('tooltip_all_positions', view.title || mention)}
        </button>
      </div>
    </div>
  );
}
