// Fact-check corrections of 1 December 2026: positions and plan points whose summary stated one
// report as fact where the reports differ or said more. Each test pins the corrected claim and the
// source that supports it, so the earlier wording cannot silently return.
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

describe('the Zaporizhzhia NPP in the April 2025 US framework', () => {
  it('gives the Reuters text (back to Ukraine) and the WSJ report (neutral land, possibly US control), not only CNN', () => {
    for (const p of [
      point('us-framework-2025-04', 'zaporizhzhia-npp'),
      position('us/zaporizhzhia-npp/2025-04-17'),
    ]) {
      const text = 'says' in p ? p.says.en : p.summary.en;
      expect(text).toMatch(/Reuters/);
      expect(text).toMatch(/US control/);
      expect(publishers(p.sources)).toEqual(expect.arrayContaining(['UNN', 'РБК', 'Sputnik']));
    }
  });
});

describe('the Zaporizhzhia NPP in the December 2025 20-point talks', () => {
  it('has the US in the consortium it proposed, as Zelensky described it (PBS, AP)', () => {
    for (const p of [
      point('us-ua-20-point-plan-2025-12', 'zaporizhzhia-npp'),
      position('us/zaporizhzhia-npp/2025-12-24'),
    ]) {
      const text = 'says' in p ? p.says.en : p.summary.en;
      expect(text).toMatch(/the US, Ukraine and Russia/);
      expect(publishers(p.sources)).toContain('PBS NewsHour');
    }
  });
});

describe("Russia's answer to the 20-point plan", () => {
  it('records Ryabkov dismissing it as outside the Anchorage framework (opposes), with a second report', () => {
    const p = position('russia/us-ua-20-point-plan-2025-12/2025-12-26');
    expect(p.stance).toBe('opposes');
    expect(p.summary.en).toMatch(/Anchorage/);
    expect(publishers(p.sources)).toEqual(expect.arrayContaining(['RBC-Ukraine', 'KNews']));
  });
});

describe("the E3 counter-plan's cap on the Ukrainian army", () => {
  it('gives both readings: no limit in the early copy, 800,000 in peacetime in the text reported after Geneva', () => {
    for (const p of [
      point('e3-counterproposal-2025-11', 'army-limits'),
      position('europe/army-limits/2025-11-23'),
    ]) {
      const text = 'says' in p ? p.says.en : p.summary.en;
      expect(text).toMatch(/no limit/);
      expect(text).toMatch(/800,000/);
      expect(p.sources.find((s) => s.publisher === 'GB News')?.quote).toBe('800,000 troops in peacetime');
    }
  });
});

describe('the frozen assets in the 28-point draft', () => {
  it('says the rest of the frozen funds go to a US-Russian vehicle, so the US stance is mixed (TASS via Bloomberg)', () => {
    const p = position('us/frozen-assets/2025-11-20');
    expect(p.stance).toBe('mixed');
    for (const x of [p, point('us-28-point-plan-2025-11', 'frozen-assets')]) {
      const text = 'says' in x ? x.says.en : x.summary.en;
      expect(text).toMatch(/US-Russian investment vehicle/);
      expect(publishers(x.sources)).toContain('TASS');
    }
  });
});

describe('claims a position makes must rest on its own sources', () => {
  it('cites the CNN report (via UNN) wherever a summary says France, the UK and Germany signed the April 2025 counterproposal', () => {
    const claiming = dataset.positions.filter((p) => /signed by France/.test(p.summary.en));
    expect(claiming.map((p) => p.id)).toContain('europe/ceasefire/2025-04-23');
    for (const p of claiming)
      expect(p.sources.some((s) => s.publisher === 'UNN' && s.via === 'CNN')).toBe(true);
  });
});

describe('the guarantors in the April 2025 US framework', () => {
  it('names European and willing non-European states (the Reuters text), not Europe alone', () => {
    const p = position('us/security-guarantees/2025-04-17');
    expect(p.summary.en).toMatch(/European and willing non-European states/);
    expect(p.sources.find((s) => s.publisher === 'Online.ua')?.quote).toMatch(/willing non-European states/);
  });
});
