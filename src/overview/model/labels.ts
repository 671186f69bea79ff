/**
 * How entries are named on the overview page: the entry's short label when it has one, else the
 * first literal name in the reader's language (name syntax expanded, as the content script does).
 */
import { expandName } from '../../data/expand-name.ts';
import type { Entry, Lang, Localized, NameSpec } from '../../data/types.ts';

export type UiLang = 'en' | 'uk';

/** The literal phrases a name stands for, without wildcards (at most `limit`). */
export function literalForms(spec: NameSpec, limit = 8): string[] {
  const text = typeof spec === 'string' ? spec : spec.text;
  return expandName(text, limit).filter((form) => form && !form.includes('~'));
}

function isShown(spec: NameSpec): boolean {
  return typeof spec === 'string' || !spec.note;
}

/** The entry's display name in `lang`, falling back to English and then to its id. */
export function entryLabel(entry: Entry, lang: UiLang): string {
  const label = entry.label?.[lang] || entry.label?.en;
  if (label) return label;
  const lists: (NameSpec[] | undefined)[] = [entry.names[lang as Lang], entry.names.en];
  for (const list of lists) {
    for (const spec of list ?? []) {
      const first = isShown(spec) ? literalForms(spec)[0] : undefined;
      // Names are written as they appear mid-sentence ("ceasefire"); a heading starts with a capital.
      if (first) return first.charAt(0).toLocaleUpperCase(lang) + first.slice(1);
    }
  }
  // Only patterns with wildcards ("withdraw ~4 Donbas"): drop the gaps rather than show an id.
  for (const list of lists) {
    const spec = list?.find(isShown);
    const text = spec ? (typeof spec === 'string' ? spec : spec.text) : '';
    const first = expandName(text, 1)[0]
      ?.replace(/\s*~\d*\s*/g, ' ')
      .trim();
    if (first) return first.charAt(0).toLocaleUpperCase(lang) + first.slice(1);
  }
  return entry.id;
}

/** The text of a localized field in `lang`, falling back to English. */
export function localized(value: Localized | undefined, lang: UiLang): string {
  if (!value) return '';
  return value[lang] || value.en;
}
