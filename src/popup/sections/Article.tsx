/** "In this article": what the page mentions, grouped by kind; choosing one reveals it on the page. */
import type { EntryCount } from '../../messaging/protocol.ts';
import type { Translate } from '../i18n.ts';

const KIND_ORDER: EntryCount['kind'][] = ['plan', 'proposal', 'party'];

interface Props {
  t: Translate;
  entries: EntryCount[];
  /** Why the list is empty, already worded; null when there are entries. */
  emptyReason: string | null;
  onReveal: (id: string) => void;
}

/** Groups `entries` by kind in a stable order, each group sorted by count then label. */
export function groupByKind(entries: EntryCount[]): { kind: EntryCount['kind']; items: EntryCount[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    items: entries
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  })).filter((g) => g.items.length > 0);
}

/** The grouped list of buttons, or the reason there is nothing to list. */
export function Article({ t, entries, emptyReason, onReveal }: Props) {
  const groups = groupByKind(entries);
  return (
    <section aria-labelledby="sec-article">
      <h2 id="sec-article">{t('section_article')}</h2>
      {groups.length === 0 ? (
        <p class="empty" data-testid="article-empty">
          {emptyReason ?? t('empty_no_matches')}
        </p>
      ) : (
        groups.map((g) => (
          <div class="group" key={g.kind}>
            <h3 id={`kind-${g.kind}`}>
              {t(`kind_${g.kind}`)} <span class="count">({g.items.length})</span>
            </h3>
            <ul aria-labelledby={`kind-${g.kind}`} data-testid={`group-${g.kind}`}>
              {g.items.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    class="entry"
                    data-entry={e.id}
                    title={t('reveal_hint')}
                    onClick={() => onReveal(e.id)}
                  >
                    <span class="label">{e.label}</span>
                    <span class="count" aria-hidden="true">
                      {e.count}
                    </span>
                    <span class="sr-only">{t('mentions', { count: e.count })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
