/**
 * addPattern adds a name segment by segment instead of form by form; the trie must be the same
 * as adding every form compilePattern lists (same paths, same outputs; node numbers may differ).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPattern } from '../../../src/matcher/insert.ts';
import { compilePattern, PatternError } from '../../../src/matcher/pattern.ts';
import { TrieBuilder } from '../../../src/matcher/trie.ts';
import { realSource } from './real-data.ts';
import { canon, pattern } from './trie-shape.ts';

type Rule = 'auto' | 'exact' | 'any';

function byForms(names: string[], rule: Rule): string {
  const b = new TrieBuilder();
  names.forEach((n, i) => {
    for (const steps of compilePattern(n, rule)) b.add(steps, { entry: i, context: -1, lang: 0 });
  });
  return canon(b.nodes);
}

function bySegments(names: string[], rule: Rule): string {
  const b = new TrieBuilder();
  const cache = new Map();
  names.forEach((n, i) => {
    addPattern(b, n, rule, { entry: i, context: -1, lang: 0 }, cache);
  });
  return canon(b.nodes);
}

/** The trie, or the PatternError's message when the names are refused. */
function outcome(build: () => string): string {
  try {
    return build();
  } catch (error) {
    if (error instanceof PatternError) return `PatternError: ${error.message}`;
    throw error;
  }
}

describe('addPattern', () => {
  it('builds the same trie as adding every expanded form (random names)', () => {
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Rule>('auto', 'exact', 'any'),
        (names, rule) => {
          // A random name can pass the form limit: then both ways must refuse it with the same error.
          expect(outcome(() => bySegments(names, rule))).toBe(outcome(() => byForms(names, rule)));
        },
      ),
      // Fixed seed (override with FC_SEED), like test/unit/property: a failure reproduces.
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20250425) },
    );
    // 300 expansions take ~2 s alone and went past the default 5 s on a busy two-core machine.
  }, 30_000);

  it('builds the same trie for every name in the dataset', () => {
    const names = realSource().entries.flatMap((e) =>
      Object.values(e.names).flatMap((specs) =>
        (specs ?? []).map((s) => (typeof s === 'string' ? s : s.text)),
      ),
    );
    expect(names.length).toBeGreaterThan(300);
    expect(bySegments(names, 'auto')).toBe(byForms(names, 'auto'));
    // Every name of the dataset, whole: past 5 s on a slow, shared machine.
  }, 60_000);

  it('rejects a name over the form limit, as compilePattern does', () => {
    const huge = Array.from({ length: 5 }, () => '(a|b|c|d|e|f|g|h)').join(' ');
    expect(() => compilePattern(huge)).toThrow(PatternError);
    expect(() =>
      addPattern(new TrieBuilder(), huge, 'auto', { entry: 0, context: -1, lang: 0 }, new Map()),
    ).toThrow(PatternError);
  });
});
