// Russia's memorandum of 2 June 2025 (`russia-memorandum-2025-06`), added on 1 December 2026: the
// plan's points, each from a dated, titled source read for it (Sputnik's full text, Interfax-Ukraine's
// summary of the first section, LaPresse, Chas Pravdy), and the positions on it: Russia (Medinsky:
// "not an ultimatum"), Ukraine (Zelensky on 4 June, the foreign ministry on 10 June), the US
// (Kellogg's term sheets, `unclear`), and Europe as a declared gap (its reaction was read only in
// Italian). Each test pins the stance, the day and a publisher.
import { describe, expect, it } from 'vitest';
import type { PlanEntry } from '../../../src/data/types.ts';
import { publishersOf, realDatasetLookups } from './helpers.ts';

const { dataset, position, point } = realDatasetLookups();
const PLAN = 'russia-memorandum-2025-06';

describe("Russia's memorandum of June 2025", () => {
  it('is a plan by Russia of 2 June 2025 with sourced points on the terms the reporting read lists', () => {
    const plan = dataset().entries.find((e) => e.id === PLAN) as PlanEntry;
    expect(plan).toMatchObject({ kind: 'plan', authors: ['russia'], date: '2025-06-02', status: 'official' });
    expect(plan.points.map((p) => p.proposal).sort()).toEqual([
      'army-limits',
      'ceasefire',
      'crimea-recognition',
      'donbas-withdrawal',
      'elections',
      'european-force',
      'language-religion',
      'military-aid',
      'nato-non-accession',
      'non-nuclear-status',
      'occupied-territories',
    ]);
    for (const p of plan.points) expect(p.sources.length, p.proposal).toBeGreaterThan(0);
    expect(point(PLAN, 'ceasefire').says.en).toMatch(/30-day/);
    expect(publishersOf(point(PLAN, 'non-nuclear-status').sources)).toEqual(['Interfax-Ukraine']);
  });

  it('Russia: Medinsky called it a detailed plan, not an ultimatum (2 June 2025)', () => {
    const p = position(`russia/${PLAN}/2025-06-02`);
    expect(p).toMatchObject({ party: 'russia', stance: 'supports', date: '2025-06-02' });
    expect(publishersOf(p.sources)).toEqual(['Interfax-Ukraine', 'Kommersant']);
    expect(p.sources[1]).toMatchObject({ language: 'ru', via: 'TASS' });
  });

  it('Ukraine: Zelensky called it an ultimatum (4 June) and the foreign ministry old ultimatums (10 June)', () => {
    expect(position(`ukraine/${PLAN}/2025-06-04`)).toMatchObject({ stance: 'opposes', date: '2025-06-04' });
    expect(publishersOf(position(`ukraine/${PLAN}/2025-06-04`).sources)).toEqual(['LaPresse']);
    expect(position(`ukraine/${PLAN}/2025-06-10`)).toMatchObject({ stance: 'opposes', date: '2025-06-10' });
    expect(publishersOf(position(`ukraine/${PLAN}/2025-06-10`).sources)).toEqual(['LIGA.net']);
  });

  it('the US: Kellogg merged it with Ukraine’s as term sheets, no stance on its terms (12 June 2025)', () => {
    const p = position(`us/${PLAN}/2025-06-12`);
    expect(p).toMatchObject({ stance: 'unclear', date: '2025-06-12' });
    expect(p.reason).toMatch(/term sheet/);
    expect(publishersOf(p.sources)).toEqual(['MENAFN']);
  });

  it('Europe: a declared gap saying what was searched', () => {
    const gap = dataset().gaps.find((g) => g.party === 'europe' && g.subject === PLAN);
    expect(gap?.why).toMatch(/Italian/);
  });
});
