/**
 * minimizeTrie merges equivalent trie nodes. The scan reads only a node's edges and outputs, so the
 * merged automaton must unfold to exactly the trie it came from (`canon` unfolds it), with every
 * edge still pointing to a later node (the page index's steps need that).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPattern } from '../../../src/matcher/insert.ts';
import { minimizeTrie } from '../../../src/matcher/minimize.ts';
import { PatternError } from '../../../src/matcher/pattern.ts';
import { TrieBuilder, type TrieNode } from '../../../src/matcher/trie.ts';
import { realSource } from './real-data.ts';
import { canon, pattern } from './trie-shape.ts';

function trieOf(names: string[]): TrieNode[] {
  const b = new TrieBuilder();
  const cache = new Map();
  names.forEach((n, i) => {
    addPattern(b, n, 'auto', { entry: i % 3, context: -1, lang: 0 }, cache);
  });
  return b.nodes;
}

function backwardEdges(nodes: TrieNode[]): string[] {
  const bad: string[] = [];
  nodes.forEach((nd, at) => {
    for (const [key, child] of nd.next) if (child <= at) bad.push(`${at} -${key}-> ${child}`);
    for (const [max, target] of nd.gaps) if (target <= at) bad.push(`${at} ~${max}-> ${target}`);
  });
  return bad;
}

describe('minimizeTrie', () => {
  it('shares the tails of a name with alternatives: 19 trie nodes become 5', () => {
    const nodes = trieOf(['{security|safety} guarantee{|s} for Ukrain{e|ian}']);
    const small = minimizeTrie(nodes);
    expect(nodes.length).toBe(19);
    expect(small.length).toBe(5);
    expect(canon(small)).toBe(canon(nodes));
  });

  it('keeps names apart that end differently, even with the same words', () => {
    // Same last word, different entries: the two end nodes are not equivalent.
    const nodes = trieOf(['US ceasefire', 'Russian ceasefire']);
    const small = minimizeTrie(nodes);
    expect(small.length).toBe(nodes.length);
    expect(canon(small)).toBe(canon(nodes));
  });

  it('unfolds to the same trie, with edges only forward, for random names', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), (names) => {
        let nodes: TrieNode[];
        try {
          nodes = trieOf(names);
        } catch (error) {
          if (error instanceof PatternError) return;
          throw error;
        }
        const small = minimizeTrie(nodes);
        expect(canon(small)).toBe(canon(nodes));
        expect(backwardEdges(small)).toEqual([]);
        expect(small.length).toBeLessThanOrEqual(nodes.length);
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261206) },
    );
  }, 30_000);

  it('unfolds to the same trie for every name in the dataset, at a fraction of its nodes', () => {
    const names = realSource().entries.flatMap((e) =>
      Object.values(e.names).flatMap((specs) =>
        (specs ?? []).map((s) => (typeof s === 'string' ? s : s.text)),
      ),
    );
    const nodes = trieOf(names);
    const small = minimizeTrie(nodes);
    expect(canon(small)).toBe(canon(nodes));
    expect(backwardEdges(small)).toEqual([]);
    // The dataset's alternatives multiply paths; merging tails leaves well under a fifth of them.
    expect(small.length * 5).toBeLessThan(nodes.length);
  }, 60_000);
});
