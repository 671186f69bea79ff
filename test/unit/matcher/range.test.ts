/**
 * find(text, { from, to }) must give exactly find(text.slice(from, to)) with offsets moved by `from`:
 * the engine matches long pages by ranges instead of copies. Ranges on line breaks take the ranged
 * path, any other range the copying one; both are checked on random text. Fixed seed (FC_SEED overrides).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type Mention } from '../../../src/matcher/index.ts';
import { realSource } from './real-data.ts';

const m = compileMatcher(realSource());
const FC = { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20250425) };
const PIECES = [
  'Ukraine',
  "Ukraine's",
  'US',
  'U.S.',
  'NATO',
  'security',
  'guarantees',
  'Russia’s',
  'control over Crimea',
  'Keith Kellogg',
  'the initial US framework',
  'ceasefire',
  'перемир’я',
  'гарантій безпеки',
  'secu\u00adrity',
  '🇺🇦',
  '\n',
  '\n',
  ', ',
  '. ',
  ' ',
  "'s",
  'S.',
];

const shifted = (found: Mention[], by: number) =>
  found.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

describe('find over a range', () => {
  it('equals finding the copied piece, for ranges on line breaks and anywhere else', () => {
    let ranged = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (parts, a, b, onBreaks) => {
          const text = parts.join('');
          const breaks = [0, ...[...text.matchAll(/\n/g)].map((x) => x.index + 1), text.length];
          const pick = (k: number) => (onBreaks ? breaks[k % breaks.length]! : k % (text.length + 1));
          const [from, to] = [pick(a), pick(b)].sort((x, y) => x - y) as [number, number];
          if (onBreaks) ranged++;
          expect(m.find(text, { from, to })).toEqual(shifted(m.find(text.slice(from, to)), from));
        },
      ),
      FC,
    );
    expect(ranged).toBeGreaterThan(50);
  });

  it('finds a mention in the middle of a long text without the rest', () => {
    const text = 'Intro about the US.\nThe ceasefire holds.\nKeith Kellogg spoke.\n';
    const from = text.indexOf('The');
    const to = text.indexOf('Keith');
    const found = m.find(text, { from, to });
    expect(found.map((x) => [x.id, text.slice(x.start, x.end)])).toEqual([['ceasefire', 'ceasefire']]);
  });
});
