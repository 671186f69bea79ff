/**
 * The charCode-loop tokenizer (src/matcher/tokenize.ts) must give exactly the tokens of the RegExp
 * tokenizer it replaced (reference/tokenize-regex.ts): same offsets, gaps, forms and keys, on random
 * strings built from the characters that make tokenizing hard. Its lazy parts must agree with the
 * strings too: each token's hash is the hash of its key, and the in-place comparisons (keyIs, formIs,
 * capitalised) answer as the strings would. Fixed seed (FC_SEED overrides).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, tokenize, tokenizeList } from '../../../src/matcher/tokenize.ts';
import { tokenize as referenceTokenize } from './reference/tokenize-regex.ts';

const FC = { seed: Number(process.env.FC_SEED ?? 20250425), verbose: 1 as const };

/** Pieces that exercise every branch of the tokenizer, glued in random order. */
const PIECES = [
  // Latin and Cyrillic words, capitalised, upper case, mixed.
  'peace',
  'Russia',
  'KYIV',
  'Kyiv',
  'the',
  'США',
  'Україна',
  'України',
  'перемир',
  'я',
  'Ükraine',
  'ß',
  'İstanbul',
  'ΟΔΥΣΣΕΑΣ',
  'Σ',
  'ς',
  'e\u0301',
  '1991',
  '28',
  // Apostrophes of every kind, possessives, contractions.
  "'",
  '’',
  'ʼ',
  '`',
  '‘',
  '′',
  '´',
  "'s",
  '’S',
  "Russia's",
  'don’t',
  'перемир’я',
  'перемирʼя',
  // Soft hyphen and zero-width characters inside and between words.
  '\u00AD',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  'secu\u00ADrity',
  'Ukr\u200Baine',
  // Dashes and hyphens.
  '-',
  '‐',
  '‑',
  '–',
  '—',
  '−',
  '－',
  'cease-fire',
  // Dots and sentence ends, dotted abbreviations.
  '.',
  '..',
  '…',
  '!',
  '?',
  ';',
  ':',
  'U.S.',
  'U.S',
  'u.s.',
  'J.D.',
  'U.K.',
  'A.',
  'a.b.c.',
  'І.',
  'x.y',
  // Spaces and lines.
  ' ',
  ' ',
  '\u00A0',
  '\u2009',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\v',
  // Other punctuation.
  ',',
  '(',
  ')',
  '"',
  '«',
  '»',
  '•',
  '|',
  // Astral letters and symbols, lone surrogates.
  '𝐀',
  '𝒜',
  '𐐀',
  '𐐨',
  '😀',
  '🇺🇦',
  '\uD800',
  '\uDC00',
  '\uD800a',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));
/** Also raw code units, so nothing outside the list above goes untested. */
const units = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 })
  .map((cs) => String.fromCharCode(...cs));

function plain(tokens: ReturnType<typeof tokenize>) {
  return tokens.map((t) => ({ form: t.form, key: t.key, start: t.start, end: t.end, gap: t.gap }));
}

describe('tokenizer rewrite', () => {
  it('gives exactly the tokens of the reference tokenizer', () => {
    fc.assert(
      fc.property(fc.oneof(text, units), (s) => {
        expect(plain(tokenize(s))).toEqual(plain(referenceTokenize(s)));
      }),
      { ...FC, numRuns: 4000 },
    );
  });

  it('keeps hashes and in-place comparisons consistent with the key and form strings', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...PIECES), (s, other) => {
        const list = tokenizeList(s);
        const ref = referenceTokenize(s);
        expect(list.length).toBe(ref.length);
        const otherKey = other.toLowerCase();
        for (let t = 0; t < list.length; t++) {
          const { key, form } = ref[t]!;
          expect(list.hash[t]).toBe(hashKey(key));
          expect(list.keyIs(t, key)).toBe(true);
          expect(list.keyIs(t, otherKey)).toBe(otherKey === key);
          expect(list.formIs(t, form)).toBe(true);
          expect(list.formIs(t, other)).toBe(other === form);
          const first = form[0] ?? '';
          expect(list.capitalised(t)).toBe(first !== first.toLowerCase());
        }
      }),
      { ...FC, numRuns: 2000 },
    );
  });

  it('is not vacuous: possessives, abbreviations, joined words and dashes come out as tokens', () => {
    const got = plain(tokenize('The U.S. and Russia’s перемир’я, secu\u00ADrity — Ükraine'));
    expect(got.map((t) => t.form)).toEqual([
      'The',
      'U.S.',
      'and',
      'Russia',
      "'s",
      "перемир'я",
      'security',
      '-',
      'Ükraine',
    ]);
    expect(got.map((t) => t.key)).toEqual([
      'the',
      'u.s.',
      'and',
      'russia',
      "'s",
      "перемир'я",
      'security',
      '-',
      'ükraine',
    ]);
  });
});
