// Fact-check corrections of 1 December 2026 (branch fc2): positions and plan points whose summary
// stated one report as fact, claimed more than its source, or had the wrong stance or date. Each
// test pins the corrected claim and the source that supports it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import type { Dataset, PlanEntry } from '../../../src/data/types.ts';
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
const point = (plan: string, proposal: string) => {
  const entry = dataset.entries.find((e) => e.id === plan) as PlanEntry | undefined;
  const p = entry?.points.find((x) => x.proposal === proposal);
  if (!p) throw new Error(`no point ${proposal} in ${plan}`);
  return p;
};
const publishers = (sources: { publisher: string }[]) => sources.map((s) => s.publisher);

describe('language and church in the 28-point draft', () => {
  it("says reports differ: the FT's 19 November report (Russian as a state language) and Lavrov's later account", () => {
    for (const p of [
      point('us-28-point-plan-2025-11', 'language-religion'),
      position('us/language-religion/2025-11-20'),
    ]) {
      const text = 'says' in p ? p.says.en : p.summary.en;
      expect(text).toMatch(/[Rr]eports differ/);
      expect(text).toMatch(/Financial Times/);
      expect(text).toMatch(/official state language/);
      expect(publishers(p.sources)).toEqual(expect.arrayContaining(['URA.RU', 'TASS']));
      const ft = p.sources.find((s) => s.publisher === 'URA.RU');
      expect(ft?.via).toBe('Financial Times');
      expect(ft?.date).toBe('2025-11-19');
    }
  });
});

describe('the army cap in the 19-point Geneva text', () => {
  it('gives both reports: no strict cap (RBC-Ukraine source) and 800,000 in peacetime (the FT, via the Kyiv Independent)', () => {
    const p = point('us-ua-geneva-19-point-2025-11', 'army-limits');
    expect(p.says.en).toMatch(/[Rr]eports differ/);
    expect(p.says.en).toMatch(/800,000/);
    expect(p.says.uk).toMatch(/800/);
    const kyiv = p.sources.find((s) => s.publisher === 'The Kyiv Independent');
    expect(kyiv?.via).toBe('Financial Times');
    expect(kyiv?.date).toBe('2025-11-25');
    expect(publishers(p.sources)).toContain('RBC-Ukraine');
  });
});

describe("the US on China's 12-point paper, February 2023", () => {
  it("cites a report of Biden's words for the claim that he saw benefit only for Russia", () => {
    const p = position('us/china-12-point-2023/2023-02-24');
    expect(p.summary.en).toMatch(/Biden/);
    const politico = p.sources.find((s) => s.publisher === 'Politico');
    expect(politico?.quote).toBe('beneficial to anyone other than Russia');
  });
});

describe('the day Zelensky presented the 20-point framework', () => {
  it('dates his non-aggression position to 24 December 2025, the day the 20 points were first made public', () => {
    const p = dataset.positions.find(
      (x) => x.party === 'ukraine' && x.subject === 'non-aggression-pact' && x.date.startsWith('2025-12'),
    );
    expect(p?.date).toBe('2025-12-24');
    expect(p?.id).toBe('ukraine/non-aggression-pact/2025-12-24');
  });
});

describe("Ukraine's frozen-assets demand in the April 2025 counterproposal", () => {
  it('is dated 23 April, when the Ukrainian-European text was handed over in London, like the European position on it', () => {
    const april = (party: string) =>
      dataset.positions.find(
        (x) => x.party === party && x.subject === 'frozen-assets' && x.date.startsWith('2025-04'),
      );
    expect(april('ukraine')?.date).toBe('2025-04-23');
    expect(april('ukraine')?.date).toBe(april('europe')?.date);
  });
});

describe("Kirby on Zelensky's Peace Formula, January 2024", () => {
  it('is dated by the Voice of America report of 27 January (Interfax-Ukraine), not the later Ukrainian World Congress repost', () => {
    const p = position('us/peace-formula-2022/2024-01-27');
    expect(p.date).toBe('2024-01-27');
    expect(publishers(p.sources)).toContain('Интерфакс-Украина');
  });
});
