/**
 * Search over names (English and Ukrainian, inflected forms through the matcher), as an
 * ARIA combobox: arrow keys move through results, Enter opens one, Escape clears.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Entry } from '../../data/types.ts';
import type { Translate } from '../i18n.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { entryLabel, type UiLang } from '../model/labels.ts';
import { type FindIds, searchEntries } from '../model/search.ts';

interface Props {
  index: DatasetIndex;
  lang: UiLang;
  t: Translate;
  findIds?: FindIds;
  onPick: (entry: Entry) => void;
}

/** The search box and its result list. */
export function SearchBox({ index, lang, t, findIds, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchEntries(index, query, findIds), [index, query, findIds]);
  const open = query.trim().length > 0;
  const pick = (entry: Entry | undefined) => {
    if (!entry) return;
    onPick(entry);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits[active]?.entry);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };
  return (
    <search class="search">
      <label for="search-input">{t('search_label')}</label>
      <input
        id="search-input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open && hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={open && hits[active] ? `search-hit-${hits[active].entry.id}` : undefined}
        placeholder={t('search_placeholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <>
          <div id="search-results" role="listbox" aria-label={t('search_label')} class="search__results">
            {hits.map((hit, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard goes through the combobox input
              <div
                key={hit.entry.id}
                id={`search-hit-${hit.entry.id}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                data-entry={hit.entry.id}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(hit.entry)}
              >
                <strong>{entryLabel(hit.entry, lang)}</strong>{' '}
                <span class="hint">{t(`kind_${hit.entry.kind}`)}</span>
                {hit.matched !== entryLabel(hit.entry, lang) ? (
                  <span class="hint"> — {hit.matched}</span>
                ) : null}
              </div>
            ))}
          </div>
          <p class="visually-hidden" role="status">
            {hits.length > 0 ? t('search_results', { count: hits.length }) : t('search_none')}
          </p>
        </>
      ) : null}
    </search>
  );
}
