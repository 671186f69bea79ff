// Gaps closed on 1 December 2026 with dated, titled sources: the EU's and Russia's stance on the
// US-Ukraine minerals agreement, Europe's stance on a Ukrainian referendum on territory, and the
// 28-point plan's point on returning Ukrainians (children included) taken by Russia.
import { describe, expect, it } from 'vitest';
import { stanceAt } from '../../../src/annotator/tooltip/model.ts';
import type { PlanEntry } from '../../../src/data/types.ts';
import { realDatasetLookups } from './helpers.ts';

const { dataset, positions } = realDatasetLookups();
const gap = (party: string, subject: string) =>
  dataset().gaps.find((g) => g.party === party && g.subject === subject);

describe('gaps closed with sourced positions', () => {
  it('records the European Commission on the minerals agreement: conditional before, welcoming after the signing', () => {
    expect(gap('europe', 'minerals-deal')).toBeUndefined();
    const europe = positions('europe', 'minerals-deal');
    expect(stanceAt(europe, '2025-04-15')).toMatchObject({ held: { stance: 'conditional' } });
    expect(stanceAt(europe, '2025-05-10')?.now.stance).toBe('supports');
  });

  it("records the Kremlin's dismissal of the minerals-for-aid idea", () => {
    expect(gap('russia', 'minerals-deal')).toBeUndefined();
    expect(stanceAt(positions('russia', 'minerals-deal'), '2025-03-01')?.now.stance).toBe('opposes');
  });

  it("records Europe's Berlin statement that territory is for Ukraine's people to decide", () => {
    expect(gap('europe', 'referendum')).toBeUndefined();
    const europe = positions('europe', 'referendum');
    expect(stanceAt(europe, '2025-12-20')?.now.stance).toBe('conditional');
    expect(europe[0]?.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the 28-point plan a sourced point on bringing deported Ukrainians, children included, home', () => {
    const plan = dataset().entries.find((e) => e.id === 'us-28-point-plan-2025-11') as PlanEntry;
    const point = plan.points.find((p) => p.proposal === 'deported-children');
    expect(point?.sources[0]?.publisher).toBe('LIGA.net');
    expect(point?.says.en).toMatch(/children/);
  });

  it("keeps thirteen declared gaps (six on proposals, seven on plans: Europe on Russia's memorandum of June 2025 added), each with its reason", () => {
    expect(dataset().gaps).toHaveLength(13);
    for (const g of dataset().gaps) expect(g.why.length, `${g.party} x ${g.subject}`).toBeGreaterThan(80);
  });
});

describe("the 28-point plan's points on elections and the Zaporizhzhia NPP", () => {
  it.each([
    ['elections', /100 days/],
    ['zaporizhzhia-npp', /IAEA/],
  ])('records %s with a dated source', (proposal, says) => {
    const plan = dataset().entries.find((e) => e.id === 'us-28-point-plan-2025-11') as PlanEntry;
    const point = plan.points.find((p) => p.proposal === proposal);
    expect(point?.says.en).toMatch(says);
    expect(point?.sources[0]?.date).toMatch(/^2025-11-2\d$/);
  });
});
