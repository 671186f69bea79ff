/** Test helpers: a trie's shape as a string, and random names in the name syntax (fast-check). */
import fc from 'fast-check';
import type { TrieNode } from '../../../src/matcher/trie.ts';

/** The trie below `at` as a string that does not depend on node numbering. */
export function canon(nodes: TrieNode[], at = 0): string {
  const nd = nodes[at]!;
  const kids = [...nd.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => `${k}:${canon(nodes, c)}`);
  const gaps = [...nd.gaps].sort((a, b) => a[0] - b[0]).map(([m, c]) => `~${m}:${canon(nodes, c)}`);
  const outs = nd.out.map((o) => `${o.entry}.${o.context}.${o.lang}`).sort();
  return `{${outs.join(',')}|${kids.join(',')}|${gaps.join(',')}}`;
}

const WORD = fc.constantFrom(
  'US',
  'U.S.',
  'Russia',
  "Russia's",
  'cease-fire',
  '-',
  'Україн',
  'а',
  'NATO',
  "'s",
  '–',
);
export const pattern: fc.Arbitrary<string> = fc.letrec<{ seq: string; part: string }>((tie) => ({
  part: fc.oneof(
    { weight: 5, arbitrary: WORD },
    { weight: 1, arbitrary: fc.tuple(tie('seq'), tie('seq')).map(([a, b]) => `(${a}|${b})`) },
    { weight: 1, arbitrary: tie('seq').map((a) => `[${a}]`) },
    {
      weight: 1,
      arbitrary: fc.tuple(WORD, fc.constantFrom('{|а|и}', '{s|ing}', '{|-x}')).map(([a, b]) => a + b),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 }).map((n) => `~${n}`) },
  ),
  seq: fc
    .array(fc.tuple(tie('part'), fc.constantFrom(' ', ' ', '')), {
      minLength: 1,
      maxLength: 4,
      depthIdentifier: 'p',
    })
    .map((xs) => xs.map(([p, sep], i) => (i > 0 ? sep : '') + p).join('')),
})).seq;
