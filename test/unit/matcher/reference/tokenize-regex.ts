/**
 * REFERENCE ONLY (tests): the tokenizer as it was before the charCode-loop rewrite (a sticky
 * native RegExp per word, one key string per token). tokenize-equivalence.test.ts checks that
 * src/matcher/tokenize.ts gives exactly the same tokens. Not used by src/.
 */

// The token shape and gap kinds are the matcher's own (one definition); what this reference keeps
// apart is the old way of reading text, including its own character classes below, so a change to
// the classes in src/matcher/tokenize.ts shows up as a difference in the equivalence test.
import { Gap, type Token } from '../../../../src/matcher/tokenize.ts';

export { Gap, type Token };

const REMOVED = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/;
const APOS = /['’ʼ`‘′´]/;
const DASH = /[-‐‑‒–—―−⁃﹣－]/;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LINE = /[\n\r\u2028\u2029\v\f]/;
const SPACE = /\s/;
const SENTENCE = /[.!?;:…]/;

const C_WORD = 1;
const C_REMOVED = 2;
const C_APOS = 3;
const C_DASH = 4;
const C_LINE = 5;
const C_SPACE = 6;
const C_DOT = 7;
const C_SENTENCE = 8;
const C_OTHER = 9;

function classifySlow(ch: string): number {
  // Apostrophes first: ʼ (U+02BC) is a letter to Unicode but an apostrophe in Ukrainian text.
  if (APOS.test(ch)) return C_APOS;
  if (REMOVED.test(ch)) return C_REMOVED;
  if (WORD.test(ch)) return C_WORD;
  if (DASH.test(ch)) return C_DASH;
  if (LINE.test(ch)) return C_LINE;
  if (SPACE.test(ch)) return C_SPACE;
  if (ch === '.') return C_DOT;
  if (SENTENCE.test(ch)) return C_SENTENCE;
  return C_OTHER;
}

/** Per-code-unit class cache: the regexes run once per distinct character, not once per character. */
const CACHE = new Uint8Array(0x10000);

/** Class of the character at `i` (astral letters are classified as a pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classifySlow(String.fromCodePoint(text.codePointAt(i)!));
  let k = CACHE[c]!;
  if (k === 0) {
    k = classifySlow(String.fromCharCode(c));
    CACHE[c] = k;
  }
  return k;
}

/** Width in code units of the character at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && classAt(text, i) === C_WORD;
}

/**
 * The tokens of one text as parallel arrays: a pass allocates one key string per token and no
 * object, which keeps a 100,000-word page out of the garbage collector's way. `at(t)` builds the
 * object view on demand (context checks, tests).
 */
export class TokenList {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
  /** Lower-cased forms: the keys into the trie. */
  readonly keys: string[] = [];
  /** Forms that differ from the text between start and end (normalised typography). */
  private readonly odd = new Map<number, string>();

  constructor(readonly text: string) {
    const cap = (text.length >> 2) + 16;
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.gap = new Uint8Array(cap);
  }

  /** Appends a token; `form` only when it is not the text's own slice. */
  push(start: number, end: number, gap: Gap, key: string, form?: string): void {
    const t = this.length;
    if (t === this.start.length) {
      const start = new Int32Array(t * 2);
      const end = new Int32Array(t * 2);
      const gap = new Uint8Array(t * 2);
      start.set(this.start);
      end.set(this.end);
      gap.set(this.gap);
      this.start = start;
      this.end = end;
      this.gap = gap;
    }
    this.start[t] = start;
    this.end[t] = end;
    this.gap[t] = gap;
    this.keys.push(key);
    if (form !== undefined) this.odd.set(t, form);
    this.length = t + 1;
  }

  /** Typography-normalised form of token t in its original case. */
  form(t: number): string {
    return this.odd.get(t) ?? this.text.slice(this.start[t]!, this.end[t]!);
  }

  /** Token t as an object, or undefined outside the list (like an array's index). */
  at(t: number): Token | undefined {
    if (t < 0 || t >= this.length) return undefined;
    return {
      form: this.form(t),
      key: this.keys[t]!,
      start: this.start[t]!,
      end: this.end[t]!,
      gap: this.gap[t]!,
    };
  }
}

/**
 * A run of word characters (the C_WORD class: letters, digits, marks, but not "ʼ", which is an
 * apostrophe here), sticky: the RegExp engine reads the word natively, so the JavaScript loop only
 * looks at the few characters between words. That is most of the speed on cold code (a fresh tab).
 */
// biome-ignore lint/complexity/useRegexLiterals: a `v` literal is ES2024 syntax; tsconfig targets ES2022.
const WORD_RUN = new RegExp('[[\\p{L}\\p{N}\\p{M}]--[\\u02BC]]+', 'yv');

/** Split `text` into tokens: words, possessive "'s", hyphens, and dotted abbreviations like "U.S.". */
export function tokenize(text: string): Token[] {
  const list = tokenizeList(text);
  const out: Token[] = [];
  for (let t = 0; t < list.length; t++) out.push(list.at(t)!);
  return out;
}

/** `tokenize` into parallel arrays (what the matcher scans). */
export function tokenizeList(text: string): TokenList {
  const out = new TokenList(text);
  const n = text.length;
  // Lower-case once. Per slice it is the same string unless a character's lower case is longer
  // (the length changes) or depends on its neighbours (Greek final sigma): then per token.
  const lowerAll = text.toLowerCase();
  const lower = lowerAll.length === n && !text.includes('\u03A3') ? lowerAll : null;
  const words = WORD_RUN;
  let gap: Gap = Gap.Line;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === C_WORD) {
      words.lastIndex = i;
      const we = words.test(text) ? words.lastIndex : i + widthAt(text, i);
      const after = we < n ? classAt(text, we) : C_SPACE;
      // A word that may go on (soft hyphen, inner apostrophe) or be an abbreviation: the careful reader.
      if (after === C_REMOVED || after === C_APOS || (we - i === 1 && after === C_DOT))
        i = readWord(text, i, gap, out);
      else {
        out.push(i, we, gap, lower ? lower.slice(i, we) : text.slice(i, we).toLowerCase());
        i = we;
      }
      gap = Gap.Space;
      continue;
    }
    if (cls === C_APOS && out.length > 0 && out.end[out.length - 1] === i && isPossessive(text, i)) {
      out.push(i, i + 2, Gap.Space, "'s", "'s");
      i += 2;
      gap = Gap.Space;
      continue;
    }
    if (cls === C_DASH) {
      out.push(i, i + 1, gap, '-', '-');
      gap = Gap.Space;
    } else if (cls === C_LINE) gap = Gap.Line;
    else if (
      /[.,]/.test(text[i]!) &&
      out.length > 0 &&
      out.end[out.length - 1] === i &&
      /\d\d/.test(text[i - 1]! + (text[i + 1] ?? ''))
    ) {
      // A decimal point or thousands separator: no gap (the numbers rule of the twenty-fifth session).
    } else if (
      (/[%‰]/.test(text[i]!) && out.length > 0 && out.end[out.length - 1] === i && /\d/.test(text[i - 1]!)) ||
      /[$€£₴₽¥]\d/.test(text.slice(i, i + 2))
    ) {
      // A number's percent or currency sign: no gap (twenty-seventh session).
    } else if (cls === C_DOT || cls === C_SENTENCE) gap = Math.max(gap, Gap.Sentence);
    else if (cls === C_OTHER || cls === C_APOS) gap = Math.max(gap, Gap.Soft);
    i += widthAt(text, i);
  }
  return out;
}

/** "'s" followed by a non-letter: the English possessive, split off so "Russia's" still holds "Russia". */
function isPossessive(text: string, i: number): boolean {
  const s = text[i + 1];
  return (s === 's' || s === 'S') && !isWordAt(text, i + 2);
}

/**
 * Read one word starting at `start`. A word continues across soft hyphens, and across an
 * apostrophe between letters (Ukrainian "перемир'я", English "don't") unless it is a possessive.
 * Single letters joined by dots ("U.S.", "J.D.") form one token including the final dot.
 */
function readWord(text: string, start: number, gap: Gap, out: TokenList): number {
  let i = start;
  let plain = true;
  const n = text.length;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === C_WORD) i += widthAt(text, i);
    else if (cls === C_REMOVED && isWordAt(text, i + 1)) {
      plain = false;
      i += 1;
    } else if (cls === C_APOS && isWordAt(text, i + 1) && !isPossessive(text, i)) {
      if (text[i] !== "'") plain = false;
      i += 1;
    } else break;
  }
  let form = text.slice(start, i);
  if (!plain)
    form = form.replace(/\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '').replace(/['’ʼ`‘′´]/g, "'");
  // Dotted abbreviation: "U.S." / "U.K." / "J.D." — single letters separated by dots.
  if (form.length === 1 && text[i] === '.' && isWordAt(text, i + 1) && text[i + 2] === '.') {
    let j = i;
    let abbr = form;
    while (text[j] === '.' && isWordAt(text, j + 1) && !isWordAt(text, j + 2)) {
      abbr += `.${text[j + 1]}`;
      j += 2;
    }
    if (text[j] === '.' && abbr.length > 1) {
      out.push(start, j + 1, gap, `${abbr}.`.toLowerCase(), `${abbr}.`);
      return j + 1;
    }
  }
  out.push(start, i, gap, form.toLowerCase(), form);
  return i;
}
