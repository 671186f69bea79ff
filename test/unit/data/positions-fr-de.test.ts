// Sourced positions of France and Germany added on 1 December 2026 (Macron, Merz, their foreign
// ministers' governments) on the 2025 proposals and plans: each test pins the party, stance, date
// and a publisher of the report the position rests on, and the timelines where a stance moved.
import { describe, expect, it } from 'vitest';
import { stanceAt } from '../../../src/annotator/tooltip/model.ts';
import { publishersOf, realDatasetLookups } from './helpers.ts';

const { position, positions } = realDatasetLookups();
const publishers = (id: string) => publishersOf(position(id).sources);

describe('Germany', () => {
  it('backs the reparations loan from frozen Russian assets (Merz in the Bundestag, October 2025)', () => {
    const p = position('germany/frozen-assets/2025-10-16');
    expect(p).toMatchObject({
      party: 'germany',
      subject: 'frozen-assets',
      stance: 'supports',
      date: '2025-10-16',
    });
    expect(publishers(p.id)).toEqual(['UNN', 'Censor.NET']);
  });

  it('refuses legal recognition of occupied land and compares giving up Donbas to the US giving up Florida', () => {
    expect(position('germany/territorial-integrity/2025-08-13')).toMatchObject({ stance: 'supports' });
    expect(publishers('germany/territorial-integrity/2025-08-13')).toContain('Interfax-Ukraine');
    const donbas = position('germany/donbas-withdrawal/2025-08-18');
    expect(donbas).toMatchObject({ party: 'germany', stance: 'opposes' });
    expect(donbas.summary.en).toMatch(/Florida/);
  });

  it('moves on troops for a European force from open but contested (August) to mixed signals (December)', () => {
    const force = positions('germany', 'european-force');
    expect(stanceAt(force, '2025-09-01')?.now.stance).toBe('mixed');
    expect(stanceAt(force, '2025-09-01')?.held?.stance).toBe('conditional');
    expect(position('germany/european-force/2025-12-16').sources[0]?.publisher).toBe('The Irish Times');
  });

  it('wants a higher cap on the Ukrainian army, not none (up to 800,000)', () => {
    const p = position('germany/army-limits/2025-11-27');
    expect(p.stance).toBe('conditional');
    expect(p.summary.en).toMatch(/800,000/);
  });

  it('supports the 30-day ceasefire and lifts range limits on weapons, Taurus left open', () => {
    expect(position('germany/ceasefire/2025-05-09').stance).toBe('supports');
    const aid = position('germany/military-aid/2025-05-26');
    expect(aid.stance).toBe('supports');
    expect(aid.summary.en).toMatch(/Taurus/);
    expect(publishers(aid.id)).toContain('The Atlanta Journal-Constitution');
  });

  it('keeps NATO membership for after the war, a mixed view of non-accession', () => {
    for (const id of ['germany/nato-non-accession/2025-04-12', 'germany/nato-non-accession/2025-05-09'])
      expect(position(id).stance).toBe('mixed');
  });
});

describe('France', () => {
  it('leads the reassurance force and its security guarantees (Paris, 4 September 2025, AP)', () => {
    for (const id of ['france/european-force/2025-09-04', 'france/security-guarantees/2025-09-04']) {
      expect(position(id)).toMatchObject({ party: 'france', stance: 'supports', date: '2025-09-04' });
      expect(position(id).sources[0]).toMatchObject({ publisher: 'Lincoln Daily News', via: 'AP' });
    }
  });

  it('is cautious on the frozen assets: international law first, no seizure', () => {
    const p = position('france/frozen-assets/2025-10-01');
    expect(p.stance).toBe('mixed');
    expect(publishers(p.id)).toEqual(['RBC-Ukraine', 'MENAFN']);
  });

  it('wants no limit on the Ukrainian army and the 28-point plan revised, not rejected', () => {
    expect(position('france/army-limits/2025-08-18').stance).toBe('opposes');
    const plan = positions('france', 'us-28-point-plan-2025-11');
    expect(plan.map((p) => p.stance)).toEqual(['conditional', 'conditional']);
    expect(stanceAt(plan, '2025-11-30')?.now.date).toBe('2025-11-25');
  });

  it('supports the 30-day ceasefire and arms Ukraine (Mirage in 2024, Rafale and SAMP/T in 2025)', () => {
    expect(position('france/ceasefire/2025-05-09')).toMatchObject({ stance: 'supports' });
    expect(publishers('france/ceasefire/2025-05-09')).toEqual(['LBCI', 'Interfax-Ukraine']);
    expect(position('france/military-aid/2025-11-17').summary.en).toMatch(/Rafale.*SAMP\/T/);
    expect(position('france/military-aid/2024-06-06').summary.en).toMatch(/Mirage/);
  });

  it('does not recognise the annexation of Crimea', () => {
    expect(position('france/crimea-recognition/2017-06-26')).toMatchObject({
      party: 'france',
      stance: 'opposes',
    });
    expect(position('france/territorial-integrity/2017-06-26').stance).toBe('supports');
  });
});
