/**
 * The lean part of the dataset the content script needs to find mentions: names, kinds, whom a
 * person represents and short labels. The background sends it to a page when annotating starts
 * there; descriptions, positions and sources stay out (tooltips ask for those when they first open).
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
  /** Present for the proposals only this war has (ProposalEntry.thisWarOnly). */
  thisWarOnly?: true;
  names: Partial<Record<Lang, NameSpec[]>> & { en: NameSpec[]; uk: NameSpec[] };
  label: Localized;
}

export interface NameIndex {
  asOf: IsoDate;
  /** The rules without their descriptions (bytes sent to every page, read by no one). */
  contexts: Record<string, MatchRule>;
  entries: NameIndexEntry[];
}

type NamedDataset = { asOf: IsoDate; contexts: Record<string, ContextRule>; entries: Entry[] };

/**
 * The languages every page's names come in. A page written in Russian gets the Russian names too
 * (`pageNameLangs`); other pages never compile them.
 */
export const PAGE_LANGS: readonly Lang[] = ['en', 'uk'];

/** The languages of names a page compiles: English and Ukrainian, plus Russian on a Russian page. */
export function pageNameLangs(russianPage: boolean): Lang[] {
  return russianPage ? [...PAGE_LANGS, 'ru'] : [...PAGE_LANGS];
}

/**
 * Returns the content-script view of `dataset`: every entry's names (in `langs`, all by default)
 * and a short label. The background sends it to each page that starts annotating.
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
      ...(e.kind === 'proposal' && e.thisWarOnly ? { thisWarOnly: true as const } : {}),
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
