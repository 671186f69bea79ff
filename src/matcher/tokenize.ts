/**
 * Text -> word tokens, in one left-to-right pass, with typography normalised and offsets kept
 * in the ORIGINAL text. The matcher never looks at characters again except for context checks.
 *
 * Normalisation: apostrophes ' ’ ʼ ` ‘ ′ -> ', hyphen/dash variants -> '-', soft hyphens and
 * zero-width characters are dropped (a word continues across them), every Unicode space is a space.
 *
 * Speed: the pass is a plain loop over UTF-16 code units with one table read per character, and a
 * plain word gets no string at all: only its offsets and a hash of its lower-cased form. The scan
 * looks words up by that hash and compares characters in place (`keyIs`), so the ~80 % of words
 * that start no name cost no allocation. Key and form strings are built on demand (`key`, `form`).
 */

/** How a token is separated from the one before it. */
export enum Gap {
  /** Only spaces (or nothing, e.g. around a hyphen token). */
  Space = 0,
  /** Soft punctuation: comma, quotes, brackets, bullet. */
  Soft = 1,
  /** Sentence end: . ! ? ; : … */
  Sentence = 2,
  /** A line or block boundary ("\n"). Nothing matches across it. */
  Line = 3,
}

export interface Token {
  /** Typography-normalised form in its original case, e.g. "Russia", "'s", "-", "U.S.". */
  form: string;
  /** Lower-cased `form`: the key into the trie. */
  key: string;
  start: number;
  end: number;
  /** Separation from the previous token (Gap.Line for the first token). */
  gap: Gap;
}

/** Characters dropped inside a word (soft hyphen, zero-width): the word continues across them. */
export const REMOVED = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/;
const APOS = /['’ʼ`‘′´]/;
const DASH = /[-‐‑‒–—―−⁃﹣－]/;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LINE = /[\n\r\u2028\u2029\v\f]/;
const SPACE = /\s/;
const SENTENCE = /[.!?;:…]/;
/** Quotation marks (apostrophes outside a word count as single quotes too): see `TokenList.quote`. */
const QUOTE = /["«»“”„‟‹›]/;

const C_WORD = 1;
const C_REMOVED = 2;
const C_APOS = 3;
const C_DASH = 4;
const C_LINE = 5;
const C_SPACE = 6;
const C_DOT = 7;
const C_SENTENCE = 8;
const C_OTHER = 9;
const C_QUOTE = 10;
/** Table markers, never a character's class: not yet classified; a surrogate (classified in pairs). */
const C_SLOW = 14;
const C_SURROGATE = 14;
const C_UNKNOWN = 15;

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
  if (QUOTE.test(ch)) return C_QUOTE;
  return C_OTHER;
}

/** INFO bits: the class, "upper case" (lower-casing changes it), and the lower-case code unit. */
const CLASS = 15;
const UPPER = 16;
const LOWER_SHIFT = 8;

/**
 * Per-code-unit facts, filled on first sight of each character (C_UNKNOWN until then): the regexes run once
 * per distinct character. The lower-case unit is 0 when lower-casing is not one unit to one unit
 * regardless of neighbours (İ, final-sigma Σ): a word holding such a character gets its key the
 * slow way, as `toLowerCase()` of its text. Surrogates never enter the table (see `infoAt`).
 */
const INFO = new Int32Array(0x10000).fill(C_UNKNOWN);
INFO.fill(C_SURROGATE, 0xd800, 0xe000);

function fill(c: number): number {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  let info = classifySlow(ch);
  if (lower !== ch) info |= UPPER;
  if (lower.length === 1 && c !== 0x3a3) info |= lower.charCodeAt(0) << LOWER_SHIFT;
  INFO[c] = info;
  return info;
}

/**
 * Facts about the character at `i`. A high surrogate is classified with its pair (an astral letter
 * is a word character) and never counts as upper case or as having a one-unit lower case.
 */
function infoAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classifySlow(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) return C_OTHER;
  const info = INFO[c]!;
  return info === C_UNKNOWN ? fill(c) : info;
}

/** Class of the character at `i` (astral letters are classified as a pair). */
function classAt(text: string, i: number): number {
  return infoAt(text, i) & CLASS;
}

/** Width in code units of the character at `i`. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && classAt(text, i) === C_WORD;
}

/** Does lower-casing change this code unit? (Surrogates: never, as for a lone surrogate string.) */
export function isUpperUnit(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  const info = INFO[c]!;
  return ((info === C_UNKNOWN ? fill(c) : info) & UPPER) !== 0;
}

// Every intermediate stays below 2^30 (h < 2^25, h * 31 + a code unit < 2^30): V8 keeps such
// integers unboxed (Smi) even in unoptimised code, and a fresh tab runs much of its first pass
// before the optimising compiler is done. No Math.imul: its 32-bit results would be boxed there.
const HASH_SEED = 5381;
const HASH_MASK = 0x1ffffff;

/** Hash of a key string; a plain token's `hash` is this hash of its key, computed without the string. */
export function hashKey(key: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < key.length; k++) h = (h * 31 + key.charCodeAt(k)) & HASH_MASK;
  return h;
}

/** How a token's key and form are stored. */
const PLAIN = 0;
/** Key (and a form when it is not the text's slice) in the `odd*` maps. */
const ODD = 1;
/** The possessive "'s" in any typography. */
const POSSESSIVE = 2;
/** A hyphen or dash: "-". */
const DASH_TOKEN = 3;

const POSSESSIVE_HASH = hashKey("'s");
/** The hash every hyphen or dash token carries: the scan tests it before asking `tightHyphen`. */
export const DASH_HASH = hashKey('-');

/**
 * The tokens of one text as parallel arrays. A plain word (only characters with a one-unit lower
 * case) is its offsets plus `hash`; its key is the text's slice lower-cased character by character.
 * `at(t)` builds the object view on demand (context checks, tests).
 */
export class TokenList {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
  /** `hashKey(key(t))` for every token. */
  hash: Int32Array;
  /**
   * 1 where token t is set off from the one before by quotation marks only (and spaces): `gap` is
   * then Soft, but a name's words may run on across them (`"recognized" as "Russian territory"`,
   * «визнати «російськими» території»), as the scan lets them.
   */
  quote: Uint8Array;
  /** PLAIN, ODD, POSSESSIVE or DASH_TOKEN. */
  private kind: Uint8Array;
  private readonly oddKey = new Map<number, string>();
  /** Forms that differ from the text between start and end (normalised typography). */
  private readonly oddForm = new Map<number, string>();

  /** `size`: how many characters will be read (the whole text by default). */
  constructor(
    readonly text: string,
    size = text.length,
  ) {
    const cap = (size >> 2) + 16;
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.gap = new Uint8Array(cap);
    this.hash = new Int32Array(cap);
    this.quote = new Uint8Array(cap);
    this.kind = new Uint8Array(cap);
  }

  private grow(): void {
    const t = this.length;
    const start = new Int32Array(t * 2);
    const end = new Int32Array(t * 2);
    const gap = new Uint8Array(t * 2);
    const hash = new Int32Array(t * 2);
    const kind = new Uint8Array(t * 2);
    const quote = new Uint8Array(t * 2);
    quote.set(this.quote);
    start.set(this.start);
    end.set(this.end);
    gap.set(this.gap);
    hash.set(this.hash);
    kind.set(this.kind);
    this.start = start;
    this.end = end;
    this.gap = gap;
    this.hash = hash;
    this.kind = kind;
    this.quote = quote;
  }

  /** Appends a token; `key`/`form` only for an ODD token (`form` only when not the text's slice). */
  push(start: number, end: number, gap: Gap, hash: number, kind: number, key?: string, form?: string): void {
    const t = this.length;
    if (t === this.start.length) this.grow();
    this.start[t] = start;
    this.end[t] = end;
    this.gap[t] = gap;
    this.hash[t] = hash;
    this.kind[t] = kind;
    if (key !== undefined) this.oddKey.set(t, key);
    if (form !== undefined) this.oddForm.set(t, form);
    this.length = t + 1;
  }

  /** Lower-cased form of token t: its key into the trie. */
  key(t: number): string {
    const kind = this.kind[t]!;
    if (kind === PLAIN) return this.text.slice(this.start[t]!, this.end[t]!).toLowerCase();
    if (kind === ODD) return this.oddKey.get(t)!;
    return kind === POSSESSIVE ? "'s" : '-';
  }

  /** Typography-normalised form of token t in its original case. */
  form(t: number): string {
    const kind = this.kind[t]!;
    if (kind === POSSESSIVE) return "'s";
    if (kind === DASH_TOKEN) return '-';
    return this.oddForm.get(t) ?? this.text.slice(this.start[t]!, this.end[t]!);
  }

  /** Is `key` the key of token t? Compares in place, without building the token's key. */
  keyIs(t: number, key: string): boolean {
    if (this.kind[t] !== PLAIN) return this.key(t) === key;
    const s = this.start[t]!;
    const len = this.end[t]! - s;
    if (key.length !== len) return false;
    const text = this.text;
    for (let k = 0; k < len; k++)
      if (INFO[text.charCodeAt(s + k)]! >>> LOWER_SHIFT !== key.charCodeAt(k)) return false;
    return true;
  }

  /** Is `form` the form of token t (case included)? */
  formIs(t: number, form: string): boolean {
    if (this.kind[t] !== PLAIN) return this.form(t) === form;
    const s = this.start[t]!;
    return this.end[t]! - s === form.length && this.text.startsWith(form, s);
  }

  /**
   * Does token t go on a name from the token before it: after spaces only, or after quotation marks
   * only (`"recognized" as "Russian territory"`)? A comma, bracket or sentence end stops a name.
   */
  continuesName(t: number): boolean {
    const g = this.gap[t];
    return g === Gap.Space || (g === Gap.Soft && this.quote[t] === 1);
  }

  /**
   * Is token t a hyphen written tight between two words ("security-guarantees")? A name's space may
   * be written so in the news; a spaced dash ("Kyiv - Moscow") never counts as one.
   */
  tightHyphen(t: number): boolean {
    return (
      this.kind[t] === DASH_TOKEN &&
      t > 0 &&
      t + 1 < this.length &&
      this.end[t - 1] === this.start[t] &&
      this.end[t] === this.start[t + 1] &&
      this.kind[t + 1] !== DASH_TOKEN
    );
  }

  /**
   * Does token t go on the word before it: a tight hyphen, or the word after one ("range" in
   * "long-range")? A gap counts such a compound as one word.
   */
  joinsWord(t: number): boolean {
    if (this.hash[t] === DASH_HASH) return this.tightHyphen(t);
    return t > 0 && this.hash[t - 1] === DASH_HASH && this.tightHyphen(t - 1);
  }

  /** Is the first character of token t's form upper case (lower-casing changes it)? */
  capitalised(t: number): boolean {
    const kind = this.kind[t]!;
    if (kind === POSSESSIVE || kind === DASH_TOKEN) return false;
    const form = this.oddForm.get(t);
    return isUpperUnit(form === undefined ? this.text.charCodeAt(this.start[t]!) : form.charCodeAt(0));
  }

  /** Token t as an object, or undefined outside the list (like an array's index). */
  at(t: number): Token | undefined {
    if (t < 0 || t >= this.length) return undefined;
    return new TokenView(this, t);
  }
}

/**
 * A token of a list as a `Token`: offsets and gap read at once, form and key built only when read
 * (the actor heuristic looks at many neighbours' gaps and few of their words).
 */
class TokenView implements Token {
  readonly start: number;
  readonly end: number;
  readonly gap: Gap;

  constructor(
    private readonly list: TokenList,
    private readonly t: number,
  ) {
    this.start = list.start[t]!;
    this.end = list.end[t]!;
    this.gap = list.gap[t]!;
  }

  get form(): string {
    return this.list.form(this.t);
  }

  get key(): string {
    return this.list.key(this.t);
  }
}

/** Split `text` into tokens: words, possessive "'s", hyphens, and dotted abbreviations like "U.S.". */
export function tokenize(text: string): Token[] {
  const list = tokenizeList(text);
  const out: Token[] = [];
  for (let t = 0; t < list.length; t++)
    out.push({
      form: list.form(t),
      key: list.key(t),
      start: list.start[t]!,
      end: list.end[t]!,
      gap: list.gap[t]!,
    });
  return out;
}

/** `tokenize` into parallel arrays (what the matcher scans). */
export function tokenizeList(text: string, from = 0, to = text.length): TokenList {
  // A range must end at a line break or the text's end: nothing read past `to` can then join a
  // token (every look-ahead stops at a line break), so the tokens equal those of the slice.
  const out = new TokenList(text, to - from);
  const n = to;
  let gap: Gap = Gap.Line;
  // Has everything soft since the last token been a quotation mark (or an apostrophe)?
  let quoted = true;
  let i = from;
  while (i < n) {
    let info = INFO[text.charCodeAt(i)]!;
    // Not yet seen, or a surrogate: the careful way (fills the table; pairs an astral character).
    if ((info & CLASS) >= C_SLOW) info = infoAt(text, i);
    const cls = info & CLASS;
    if (cls === C_SPACE) {
      i++;
      continue;
    }
    if (cls === C_WORD) {
      // Read the run of word characters, hashing its lower case as we go.
      let h = HASH_SEED;
      let simple = true;
      let j = i;
      let after = C_SPACE;
      for (;;) {
        const lower = info >>> LOWER_SHIFT;
        if (lower !== 0) {
          h = (h * 31 + lower) & HASH_MASK;
          j++;
        } else {
          simple = false;
          const c = text.charCodeAt(j);
          j += c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1;
        }
        if (j >= n) break;
        info = INFO[text.charCodeAt(j)]!;
        if ((info & CLASS) !== C_WORD) {
          if ((info & CLASS) >= C_SLOW) info = infoAt(text, j);
          if ((info & CLASS) !== C_WORD) {
            after = info & CLASS;
            break;
          }
        }
      }
      // A word that may go on (soft hyphen, inner apostrophe) or be an abbreviation: the careful reader.
      if (after === C_REMOVED || after === C_APOS || (j - i === 1 && after === C_DOT))
        i = readWord(text, i, gap, out);
      else {
        if (simple) out.push(i, j, gap, h, PLAIN);
        else {
          const key = text.slice(i, j).toLowerCase();
          out.push(i, j, gap, hashKey(key), ODD, key);
        }
        i = j;
      }
      if (gap === Gap.Soft && quoted) out.quote[out.length - 1] = 1;
      gap = Gap.Space;
      quoted = true;
      continue;
    }
    if (cls === C_APOS && out.length > 0 && out.end[out.length - 1] === i && isPossessive(text, i)) {
      out.push(i, i + 2, Gap.Space, POSSESSIVE_HASH, POSSESSIVE);
      i += 2;
      gap = Gap.Space;
      continue;
    }
    if (cls === C_DASH) {
      out.push(i, i + 1, gap, DASH_HASH, DASH_TOKEN);
      if (gap === Gap.Soft && quoted) out.quote[out.length - 1] = 1;
      gap = Gap.Space;
      quoted = true;
    } else if (cls === C_LINE) gap = Gap.Line;
    else if (partOfNumber(text, i, out.length > 0 ? out.end[out.length - 1]! : -1)) {
      // "3.5 billion", "10% of the Donbas", "$3 billion in arms": neither a sentence end nor a clause break.
    } else if (cls === C_DOT || cls === C_SENTENCE) {
      if (gap < Gap.Sentence) gap = Gap.Sentence;
    } else if (cls !== C_REMOVED) {
      if (gap < Gap.Soft) gap = Gap.Soft;
      if (cls !== C_QUOTE && cls !== C_APOS) quoted = false;
    }
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
  }
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const PERCENT = new Set([0x25, 0x2030]); // % ‰
const CURRENCY = new Set([0x24, 0x20ac, 0xa3, 0x20b4, 0x20bd, 0xa5]); // $ € £ ₴ ₽ ¥

/**
 * Punctuation at `i` that belongs to a number (`lastEnd`: where the last token ended): a "." or ","
 * between two digits right after it ("3.5", "3,350"), a percent sign right after its last digit, or a
 * currency sign right before a digit.
 */
function partOfNumber(text: string, i: number, lastEnd: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2e && lastEnd === i && scaleAbbreviation(text, i)) return true;
  if (c === 0x2e || c === 0x2c)
    return lastEnd === i && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
  if (PERCENT.has(c)) return lastEnd === i && isDigit(text.charCodeAt(i - 1));
  return CURRENCY.has(c) && isDigit(text.charCodeAt(i + 1));
}

const SCALES = new Set(['тыс', 'тис', 'млн', 'млрд', 'трлн', 'кв', 'sq']);
const SCALE_ENDS = new Set([0x0441, 0x043d, 0x0434, 0x0421, 0x041d, 0x0414, 0x0432, 0x0412, 0x71, 0x51]); // с н д С Н Д в В q Q

/**
 * The dot at `i` closes a shortened number word after a number, with the sentence going on in lower
 * case: «вернулись около 2,3 тыс. военнослужащих», «1,2 млн. гривень» (thirty-sixth session), and
 * an area's unit the same way: «примерно с 5600 кв. км Донбасса», "about 5,000 sq. km of Donetsk"
 * (forty-fourth session).
 */
function scaleAbbreviation(text: string, i: number): boolean {
  // Every sentence ending on a word comes here: only words ending in с, н, д, в or q go on (тыс, тис, млн, млрд, трлн, кв, sq).
  if (!SCALE_ENDS.has(text.charCodeAt(i - 1))) return false;
  let s = i;
  while (s > i - 5 && s > 0 && /\p{L}/u.test(text[s - 1]!)) s--;
  const space = text[s - 1];
  if (!SCALES.has(text.slice(s, i).toLowerCase()) || (space !== ' ' && space !== '\u00a0')) return false;
  if (!isDigit(text.charCodeAt(s - 2))) return false;
  let k = i + 1;
  while (text[k] === ' ' || text[k] === '\u00a0') k++;
  return k > i + 1 && /\p{Ll}/u.test(text[k] ?? '');
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
      const full = `${abbr}.`;
      const key = full.toLowerCase();
      out.push(
        start,
        j + 1,
        gap,
        hashKey(key),
        ODD,
        key,
        full === text.slice(start, j + 1) ? undefined : full,
      );
      return j + 1;
    }
  }
  const key = form.toLowerCase();
  out.push(start, i, gap, hashKey(key), ODD, key, plain ? undefined : form);
  return i;
}
