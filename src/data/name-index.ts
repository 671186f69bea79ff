/**
 * The lean part of the dataset the content script needs to find mentions: names, kinds, whom a
 * person represents and short labels. Descriptions, positions and sources stay out; tooltips ask
 * the background worker for those when they first open.
 */
import { expandName } from './expand-name.ts';
import type {
  ContextRule,
  Entry,
  EntryKind,
  IsoDate,
  Lang,
  Localized,
  MatchRule,
  NameSpec,
} from './types.ts';

export interface NameIndexEntry {
  id: string;
  kind: EntryKind;
  /** Present for people: the party they speak for. */
  represents?: string;
  names: Partial<Record<Lang, NameSpec[]>> & { en: NameSpec[]; uk: NameSpec[] };
  label: Localized;
}

export interface NameIndex {
  asOf: IsoDate;
  /** The rules without their descriptions (bytes in every page's content script, read by no one). */
  contexts: Record<string, MatchRule>;
  entries: NameIndexEntry[];
}

type NamedDataset = { asOf: IsoDate; contexts: Record<string, ContextRule>; entries: Entry[] };

/** The languages the content script carries names for; the rest come from the background on demand. */
export const SHIPPED_LANGS: readonly Lang[] = ['en', 'uk'];

/**
 * Returns the content-script view of `dataset`: every entry's names (in `langs`, all by default)
 * and a short label.
 */
export function toNameIndex(dataset: NamedDataset, langs?: readonly Lang[]): NameIndex {
  const index = fullIndex(dataset);
  if (!langs) return index;
  return {
    ...index,
    entries: index.entries.map((e) => ({
      ...e,
      names: Object.fromEntries(
        Object.entries(e.names).filter(([lang]) => langs.includes(lang as Lang)),
      ) as NameIndexEntry['names'],
    })),
  };
}

/**
 * What the content script ships: the index in `SHIPPED_LANGS`. The build's two routes to the
 * content script (the dataset plugin and crxjs's standalone sub-build) both take it from here.
 */
export function toShippedNameIndex(dataset: NamedDataset): NameIndex {
  return toNameIndex(dataset, SHIPPED_LANGS);
}

/** Every entry's names in one language, by entry id (what a page in that language asks for). */
export function namesIn(dataset: NamedDataset, lang: Lang): Record<string, NameSpec[]> {
  const out: Record<string, NameSpec[]> = {};
  for (const e of dataset.entries) {
    const specs = e.names[lang];
    if (specs && specs.length > 0) out[e.id] = specs;
  }
  return out;
}

/** `index` with `lang`'s names added from `extra` (unknown ids are ignored). */
export function withNames(index: NameIndex, lang: Lang, extra: Record<string, NameSpec[]>): NameIndex {
  return {
    ...index,
    entries: index.entries.map((e) =>
      extra[e.id] ? { ...e, names: { ...e.names, [lang]: extra[e.id] } } : e,
    ),
  };
}

function fullIndex(dataset: NamedDataset): NameIndex {
  return {
    asOf: dataset.asOf,
    contexts: Object.fromEntries(
      Object.entries(dataset.contexts).map(([id, { description: _, ...rule }]) => [id, rule]),
    ),
    entries: dataset.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      ...(e.kind === 'party' && e.represents ? { represents: e.represents } : {}),
      names: e.names,
      label: e.label ?? { en: firstLiteral(e.names.en, e.id), uk: firstLiteral(e.names.uk, e.id) },
    })),
  };
}

/** The first expansion of the first name without wildcards: "Україн{а|и}" -> "Україна". */
function firstLiteral(names: NameSpec[], fallback: string): string {
  for (const n of names) {
    const phrase = expandName(typeof n === 'string' ? n : n.text, 1)[0];
    if (phrase && !phrase.includes('~')) return phrase;
  }
  return fallback;
}
