/**
 * Expands a name written in the dataset's name syntax into the literal phrases it stands for, so
 * the validator can compare aliases between entries and the UI can pick a readable label.
 *
 *   `(a|b)` alternatives · `[x]` optional words · `stem{|a|b}` suffixes · `~3` wildcard (kept as is)
 *
 * This is deliberately not the matcher: it only enumerates, and stops at `limit` phrases.
 */

const STOP = new Set([' ', '(', ')', '[', ']', '|']);

/** Returns the literal phrases of `pattern` (at most `limit`), words joined by single spaces. */
export function expandName(pattern: string, limit = 4000): string[] {
  let i = 0;
  const s = pattern;

  const cross = (left: string[], right: string[]): string[] => {
    const out: string[] = [];
    for (const a of left) {
      for (const b of right) {
        out.push(a && b ? `${a} ${b}` : a || b);
        if (out.length >= limit) return out;
      }
    }
    return out;
  };

  const word = (): string[] => {
    let forms = [''];
    while (i < s.length && !STOP.has(s[i]!)) {
      if (s[i] === '{') {
        const end = s.indexOf('}', i);
        const close = end === -1 ? s.length : end;
        const suffixes = s.slice(i + 1, close).split('|');
        forms = forms.flatMap((f) => suffixes.map((x) => f + x)).slice(0, limit);
        i = close + 1;
      } else {
        const c = s[i]!;
        forms = forms.map((f) => f + c);
        i++;
      }
    }
    return forms;
  };

  const sequence = (): string[] => {
    let results = [''];
    while (i < s.length) {
      const c = s[i]!;
      if (c === ' ') {
        i++;
        continue;
      }
      if (c === ')' || c === ']' || c === '|') break;
      let part: string[];
      if (c === '(') {
        i++;
        part = [];
        for (;;) {
          part.push(...sequence());
          if (s[i] === '|') {
            i++;
            continue;
          }
          if (s[i] === ')') i++;
          break;
        }
      } else if (c === '[') {
        i++;
        part = ['', ...sequence()];
        if (s[i] === ']') i++;
      } else {
        part = word();
      }
      results = cross(results, part);
    }
    return results;
  };

  const out: string[] = [];
  while (i < s.length && out.length < limit) {
    out.push(...sequence());
    // A stray closing bracket or bar at top level: skip it rather than loop forever.
    if (i < s.length) i++;
  }
  return [...new Set(out.map((p) => p.trim()).filter(Boolean))].slice(0, limit);
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212\u00AD]/g;

/** Folds a literal phrase to the form two aliases are compared in (apostrophes, dashes, case). */
export function foldAlias(phrase: string, caseRule: 'auto' | 'exact' | 'any' = 'auto'): string {
  const unified = phrase.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  return caseRule === 'exact' ? unified : unified.toLowerCase();
}
