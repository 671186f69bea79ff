const RUSSIAN_ONLY = new Set([...'ыЫэЭъЪёЁ'].map((ch) => ch.charCodeAt(0)));
const UKRAINIAN_ONLY = new Set([...'іІїЇєЄґҐ'].map((ch) => ch.charCodeAt(0)));

/**
 * Guess the language of a text from its letters: Latin-majority text is English; Cyrillic-majority
 * text is Russian when its Russian-only letters (ы э ъ ё) outnumber the Ukrainian-only ones
 * (і ї є ґ), else Ukrainian. Counting both, not testing for either, keeps a Ukrainian report that
 * quotes a Russian phrase Ukrainian.
 */
export function detectLang(text: string): 'en' | 'uk' | 'ru' {
  let cyr = 0;
  let lat = 0;
  // A sample is enough and keeps this O(1) on huge pages.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  if (cyr <= lat) return 'en';
  return russianLettersWin(sample) ? 'ru' : 'uk';
}

/**
 * Whether a text's Russian-only letters (ы э ъ ё) outnumber its Ukrainian-only ones (і ї є ґ), the
 * test `detectLang` uses for Cyrillic text: a Russian page quoting «Київ» is still Russian, a
 * Ukrainian page quoting a Russian phrase still Ukrainian.
 */
export function russianLettersWin(text: string): boolean {
  let ruOnly = 0;
  let ukOnly = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (RUSSIAN_ONLY.has(c)) ruOnly++;
    else if (UKRAINIAN_ONLY.has(c)) ukOnly++;
  }
  return ruOnly > ukOnly;
}
