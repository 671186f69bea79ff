/**
 * UI text of marks and tooltips, in the page's language rather than only the browser's.
 *
 * `browser.i18n.getMessage` answers in the browser UI language only, so when a Ukrainian article is
 * read in an English browser (or the reader picks a language) the bundled copy of the same strings
 * (strings.ts and tooltip/strings.ts, kept equal to public/_locales by a unit test) supplies the
 * other language.
 */
import { russianLettersWin } from '../matcher/lang.ts';
import type { Settings } from '../settings/types.ts';
import { MARK_STRINGS } from './strings.ts';
import type { UiLang } from './tooltip/model.ts';

export type StringTable = Record<UiLang, Record<string, string>>;

// The content script's own strings, and the tooltip's once its script has arrived (addStrings).
const BUNDLED: StringTable = { en: { ...MARK_STRINGS.en }, uk: { ...MARK_STRINGS.uk } };

/** Adds bundled strings (the tooltip script's) for every translator, those made before included. */
export function addStrings(table: StringTable): void {
  Object.assign(BUNDLED.en, table.en);
  Object.assign(BUNDLED.uk, table.uk);
}

/** Looks up a UI string by key with `$1`… substitutions. */
export type Translate = (key: string, ...subs: string[]) => string;

function substitute(text: string, subs: string[]): string {
  return text.replace(/\$(\d)/g, (all, n: string) => subs[Number(n) - 1] ?? all);
}

/**
 * A translator for `lang`. `native` is `browser.i18n.getMessage` with the browser's UI language; it is
 * used when that is the wanted language, the bundled table otherwise (and as a fallback).
 */
export function makeTranslate(
  lang: UiLang,
  native?: { getMessage(key: string, subs?: string[]): string; uiLang: string },
): Translate {
  const useNative = native?.uiLang.toLowerCase().startsWith(lang) ? native : null;
  // The browser's catalogue does not change while the page lives, so a key without substitutions is
  // asked once: a first pass labels dozens of marks with the same few strings, and every call goes
  // through the extension's i18n (npm run bench, SP_TRACE_EXT=2: the first pass's busiest function).
  const asked = new Map<string, string>();
  return (key, ...subs) => {
    if (useNative) {
      let text = subs.length === 0 ? asked.get(key) : undefined;
      if (text === undefined) {
        text = useNative.getMessage(key, subs);
        if (subs.length === 0) asked.set(key, text);
      }
      if (text) return text;
    }
    const text = BUNDLED[lang][key] ?? BUNDLED.en[key];
    return text === undefined ? key : substitute(text, subs);
  };
}

/**
 * The language of Standpoint's UI on this page: the reader's choice, else Ukrainian for Ukrainian
 * pages (`<html lang="uk">`, or mostly Ukrainian-specific letters in the sample), else English. The
 * page's text (`sample`) is read only when neither the reader nor the page says.
 */
export function pageLanguage(
  doc: Document,
  setting: Settings['language'],
  sample: () => string = () => '',
): UiLang {
  if (setting !== 'auto') return setting;
  const declared = declaredLang(doc);
  if (declared.startsWith('uk')) return 'uk';
  if (declared && !declared.startsWith('ru')) return 'en';
  const text = sample().slice(0, 4000);
  const cyrillic = (text.match(/[\u0400-\u04FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  // Russian-language pages also get Ukrainian UI only if the letters say Ukrainian (і ї є ґ).
  if (cyrillic > latin && /[іїєґІЇЄҐ]/.test(text)) return 'uk';
  return 'en';
}

/**
 * Is the page written in Russian (rbc.ua/rus, pravda.com.ua/rus)? Its declared language says so, or,
 * with none declared, more Russian-only letters (ы э ъ ё) than Ukrainian-only ones (і ї є ґ), so a
 * quoted «Київ» leaves a Russian page Russian.
 * The text is read (`sample`) only when no language is declared, as on few news pages.
 */
export function looksRussian(doc: Document, sample: () => string): boolean {
  const declared = declaredLang(doc);
  if (declared) return declared.startsWith('ru');
  return russianLettersWin(sample().slice(0, 4000));
}

/** The page's `<html lang>`, lower-cased ('' when none). */
function declaredLang(doc: Document): string {
  return (doc.documentElement.getAttribute('lang') ?? '').toLowerCase();
}

/**
 * The first `max` characters of text under `root`, without building the whole text: on a page of
 * millions of characters `textContent` would copy all of it to look at the first few thousand.
 */
export function leadingText(root: Node | null, max = 4000): string {
  if (!root) return '';
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n && text.length < max; n = walker.nextNode()) text += (n as Text).data;
  return text.slice(0, max);
}
