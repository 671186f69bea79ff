// The referendum proposal's data: a position or a declared gap for each core party, the stances the
// sources read give over time, and the 20-point plan's point on a referendum.
import { beforeAll, describe, expect, it } from 'vitest';
import { stanceAt } from '../../../src/annotator/tooltip/model.ts';
import { CORE_PARTIES } from '../../../src/data/taxonomy.ts';
import type { Dataset, PlanEntry } from '../../../src/data/types.ts';
import { loadRealDataset } from './helpers.ts';

let dataset: Dataset;
beforeAll(() => {
  dataset = loadRealDataset();
});

const positions = (party: string) =>
  dataset.positions.filter((p) => p.party === party && p.subject === 'referendum');

describe('the referendum proposal', () => {
  it('is a proposal with English and Ukrainian names and a label', () => {
    const entry = dataset.entries.find((e) => e.id === 'referendum');
    expect(entry?.kind).toBe('proposal');
    expect(entry?.label?.en).toBe('Referendum on a peace deal');
    expect(entry?.label?.uk).toBe('Референдум щодо мирної угоди');
  });

  it('has a US, Ukraine, Russia and Europe position or a declared gap', () => {
    for (const party of CORE_PARTIES) {
      const gap = dataset.gaps.find((g) => g.party === party && g.subject === 'referendum');
      expect(positions(party).length > 0 || (gap?.why.length ?? 0) > 20, party).toBe(true);
    }
  });

  it('shows what each side held at the end of December 2025 and in February 2026', () => {
    expect(stanceAt(positions('ukraine'), '2025-12-12')).toMatchObject({ held: { stance: 'supports' } });
    expect(stanceAt(positions('ukraine'), '2025-12-30')).toMatchObject({ held: { stance: 'supports' } });
    expect(stanceAt(positions('ukraine'), '2026-03-01')?.now.stance).toBe('conditional');
    expect(stanceAt(positions('russia'), '2025-12-30')?.now.stance).toBe('opposes');
    expect(stanceAt(positions('us'), '2026-02-12')?.now.stance).toBe('supports');
  });

  it('is a point of the US-Ukraine 20-point plan, with its sources', () => {
    const plan = dataset.entries.find((e) => e.id === 'us-ua-20-point-plan-2025-12') as PlanEntry;
    const point = plan.points.find((p) => p.proposal === 'referendum');
    expect(point?.sources.length).toBeGreaterThan(0);
    expect(point?.says.en).toMatch(/referendum/);
  });
});
