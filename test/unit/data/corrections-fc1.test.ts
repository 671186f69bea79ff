// Fact-check corrections of 1 December 2026 (branch fc1): positions whose summary or stance stated
// one report as fact where another report of the same days says otherwise, or left out what a
// second report adds. Each test pins the corrected claim and the source that supports it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { DATA, line } from './helpers.ts';

let dataset: Dataset;
beforeAll(() => {
  const result = loadDataset(DATA);
  expect(result.problems.map(line)).toEqual([]);
  dataset = result.dataset!;
});

const position = (id: string) => {
  const p = dataset.positions.find((x) => x.id === id);
  if (!p) throw new Error(`no position ${id}`);
  return p;
};
const publishers = (sources: { publisher: string }[]) => sources.map((s) => s.publisher);

describe('Ukraine on NATO non-accession in April 2025', () => {
  it('is mixed: CNN says Kyiv largely agreed, the counterproposal Reuters published only notes no consensus among Allies', () => {
    const p = position('ukraine/nato-non-accession/2025-04-25');
    expect(p.stance).toBe('mixed');
    expect(p.summary.en).toMatch(/CNN/);
    expect(p.summary.en).toMatch(/no consensus/);
    expect(p.sources.find((s) => s.publisher === 'Censor.NET')?.quote).toMatch(/no consensus among allies/);
    expect(publishers(p.sources)).toContain('Ukrainska Pravda');
  });
});

describe('the US on the coalition guarantees in Paris, 6 January 2026', () => {
  it('says the US backed them but did not sign the declaration (European Pravda), not only that it backed them', () => {
    const p = position('us/security-guarantees/2026-01-06');
    expect(p.summary.en).toMatch(/did not sign the Paris Declaration/);
    expect(publishers(p.sources)).toEqual(expect.arrayContaining(['The Independent', 'European Pravda']));
  });
});
