/** Guess the language of a text from its letters: Cyrillic-majority text is Ukrainian here. */
export function detectLang(text: string): 'en' | 'uk' {
  let cyr = 0;
  let lat = 0;
  // A sample is enough and keeps this O(1) on huge pages.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  return cyr > lat ? 'uk' : 'en';
}
