/**
 * The page index's number lists as strings (matcher/int-code.ts) and what they buy: the same matcher
 * from a file about half the size, so the 5 MiB a store linter parses leaves room for more names.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPageIndex } from '../../../scripts/vite-plugin-dataset.ts';
import { loadDataset } from '../../../src/data/load.ts';
import { loadMatcher } from '../../../src/matcher/index.ts';
import { decodeInts, decodeSteps, encodeInts, encodeSteps } from '../../../src/matcher/int-code.ts';
import { ROOT } from './real-data.ts';

/** Each length's first and last value: 1 character below 57, 2 below 1,938, 3 below 65,892, 4 below 2,240,328. */
const EDGES = [0, 1, 56, 57, 1937, 1938, 65_891, 65_892, 2_240_327, 2_240_328, 277_560, 2 ** 31 - 1];

describe('int-code', () => {
  it('reads back every value, at each length boundary and up to the largest int32', () => {
    const code = encodeInts(EDGES);
    expect([...decodeInts(code)]).toEqual(EDGES);
    expect(EDGES.map((v) => encodeInts([v]).length)).toEqual([1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 4, 6]);
    expect([...decodeInts('')]).toEqual([]);
    expect([...decodeInts(encodeInts([0, 0, 0]))]).toEqual([0, 0, 0]);
  });

  it('writes one character a value below 57, in printable ASCII that JSON keeps as it is', () => {
    const small = Array.from({ length: 57 }, (_, i) => i);
    const code = encodeInts([...small, ...EDGES]);
    expect(encodeInts(small)).toHaveLength(57);
    expect(JSON.stringify(code)).toBe(`"${code}"`);
    expect(code).toMatch(/^[#-[\]-~]*$/);
  });

  it('refuses what it cannot write and what it never wrote', () => {
    for (const bad of [-1, 0.5, 2 ** 31, Number.NaN])
      expect(() => encodeInts([bad])).toThrow(/not an integer/);
    for (const bad of ['a"b', 'a b', 'a\\b', 'aé', '!'])
      expect(() => decodeInts(bad), bad).toThrow(/not a digit/);
    // A value's earlier digit with no last digit after it: the code was cut off.
    expect(() => decodeInts(encodeInts([70_000]).slice(0, -1))).toThrow(/ends inside a value/);
  });

  it('writes lists as steps, negative ones too', () => {
    const list = [0, 1, 2, 3, 3, 2, 10_311, 5, 0, 4];
    expect(decodeSteps(encodeSteps(list))).toEqual(list);
    expect(encodeSteps([0, 1, 2, 3, 4, 5])).toHaveLength(6);
    expect(decodeSteps('')).toEqual([]);
  });
});

describe('the page index', () => {
  const { dataset } = loadDataset(path.join(ROOT, 'data'));

  it("keeps the Russian pages' index under 2 MiB (5.2 MB as a trie; 1.25 MB with its equivalent nodes merged)", () => {
    const index = buildPageIndex(dataset!, ['en', 'uk', 'ru']);
    const { edges, nodes } = loadMatcher(index.matcher).stats;
    expect(edges).toBeGreaterThan(20_000);
    // minimize.ts: a trie had ~650,000 nodes here, each alternative's tail copied.
    expect(nodes).toBeLessThan(edges);
    const bytes = Buffer.byteLength(JSON.stringify(index));
    expect(bytes, `${bytes} B for ${edges} edges`).toBeLessThan(2 * 1024 * 1024);
    // Building the whole index: seconds on a busy machine, not a time budget.
  }, 60_000);
});
