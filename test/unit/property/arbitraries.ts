/**
 * Text generators for the property tests: words in many scripts, emoji, combining and zero-width
 * characters, lone surrogates and real name phrases, glued with random separators.
 */
import fc from 'fast-check';
import { NAME_PHRASES } from './source.ts';

/** Fixed seed and run count for every property, so a failure reproduces; override with FC_SEED. */
export const FC = {
  seed: Number(process.env.FC_SEED ?? 20250425),
  verbose: 1 as const,
};

const LATIN = [
  'peace',
  'talks',
  'war',
  'the',
  'and',
  'of',
  'plan',
  'Kyiv',
  "Ukraine's",
  'U.S.',
  'US-led',
  'said',
  'envoy',
];
const CYRILLIC = [
  'мир',
  'переговори',
  'України',
  'Україна',
  'Росія',
  'США',
  'перемир’я',
  'гарантії',
  'Трамп',
  'Путін',
];
const RTL = ['سلام', 'أوكرانيا', 'روسيا', 'שלום', 'אוקראינה', '\u202Bembedded\u202C', '\u200Fmark'];
const EMOJI = ['🇺🇦', '🇷🇺', '🇺🇸', '👩‍👩‍👧', '🕊️', '✌🏽', '🔥', '\u{1F600}'];
const COMBINING = [
  'e\u0301',
  'Ukraine\u0301',
  'U\u0308kraine',
  'Crime\u0327a',
  '\u0301',
  'а\u0306',
  'и\u0306',
];
const ZERO_WIDTH = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u2060',
  'Ukr\u200Baine',
  'cease\u00ADfire',
];
const ODD = [
  '\uD800',
  '\uDC00',
  '\uFFFD',
  '\u0000',
  '\t',
  '\r\n',
  '\u2028',
  '\u00A0',
  '  ',
  '—',
  '…',
  '’',
  '"',
  '.',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '', '\u00A0', '-', "'", '’s ', ' (', ') '];

/** One fragment of text: a name, a word in some script, an emoji, a combining or zero-width oddity. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAME_PHRASES) },
  { weight: 3, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 2, arbitrary: fc.constantFrom(...CYRILLIC) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A run of fragments with separators: up to `max` fragments. */
export function textOf(max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fragment, fc.constantFrom(...SEPARATORS)), { maxLength: max })
    .map((parts) => parts.map(([f, s]) => f + s).join(''));
}

/** Text with fragments of every kind, built deterministically from a seed: for the large-input cases. */
export function bigText(chars: number, seed: number): string {
  const sample = fc.sample(textOf(60), { seed, numRuns: 64 });
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const piece = sample[i % sample.length]!;
    out.push(piece);
    length += piece.length;
  }
  return out.join(' ').slice(0, chars);
}
