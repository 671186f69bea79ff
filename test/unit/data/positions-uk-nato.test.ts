// Positions of the United Kingdom and NATO added on 1 December 2026, each from a dated, titled
// source read for it: the UK on the Jeddah ceasefire, military aid, the oil price cap, the
// reparations loan, the G20 answer to the 28-point draft and security guarantees; NATO (Secretary
// General Rutte) on the ceasefire, Ukraine's path into NATO, Article 5-type guarantees, the 28-point
// draft, PURL and the coalition of the willing. Each test pins the stance, the day and a publisher.
import { describe, expect, it } from 'vitest';
import { stanceAt } from '../../../src/annotator/tooltip/model.ts';
import { publishersOf, realDatasetLookups } from './helpers.ts';

const { position, positions } = realDatasetLookups();

describe('the United Kingdom', () => {
  it('has a sourced position on each proposal and plan it took a public stance on in 2025', () => {
    for (const subject of [
      'ceasefire',
      'military-aid',
      'sanctions-relief',
      'frozen-assets',
      'us-28-point-plan-2025-11',
      'army-limits',
      'territorial-integrity',
      'security-guarantees',
      'european-force',
      'crimea-recognition',
    ]) {
      expect(positions('uk', subject).length, subject).toBeGreaterThan(0);
    }
  });

  it('welcomed the Jeddah ceasefire proposal and put the ball in Russia’s court (11 March 2025)', () => {
    const p = position('uk/ceasefire/2025-03-11');
    expect(p).toMatchObject({ party: 'uk', subject: 'ceasefire', stance: 'supports', date: '2025-03-11' });
    expect(publishersOf(p.sources)).toContain('Kentron');
  });

  it('stood ready to join the EU reparations loan backed by frozen Russian assets (25 November 2025)', () => {
    const p = position('uk/frozen-assets/2025-11-25');
    expect(p).toMatchObject({ stance: 'supports', date: '2025-11-25' });
    expect(p.sources[0]).toMatchObject({ publisher: 'LIGA.net', date: '2025-11-26' });
  });

  it('signed the G20 answer to the 28-point draft: a basis needing work, no border change by force, no army caps', () => {
    const plan = position('uk/us-28-point-plan-2025-11/2025-11-22');
    expect(plan.stance).toBe('conditional');
    expect(publishersOf(plan.sources)).toEqual(expect.arrayContaining(['Gulf News', 'PUKmedia']));
    expect(position('uk/army-limits/2025-11-22').stance).toBe('opposes');
    expect(position('uk/territorial-integrity/2025-11-22').stance).toBe('supports');
  });

  it('lowered the oil price cap with the EU, keeping sanctions rather than easing them (18 July 2025)', () => {
    const p = position('uk/sanctions-relief/2025-07-18');
    expect(p.stance).toBe('opposes');
    expect(p.summary.en).toMatch(/\$47\.60/);
    expect(publishersOf(p.sources)).toContain('The Kyiv Independent');
  });

  it('offered troops and planes for a post-deal force before the London summit (27 February 2025)', () => {
    const p = position('uk/european-force/2025-02-27');
    expect(p.stance).toBe('supports');
    expect(p.sources[0]).toMatchObject({ publisher: 'Ukrainska Pravda', date: '2025-02-27' });
  });

  it('would not back recognising Crimea as Russian but left it to the talks: unclear, with its reason', () => {
    const p = position('uk/crimea-recognition/2025-04-25');
    expect(p.stance).toBe('unclear');
    expect(p.reason).toMatch(/neither endorsed nor rejected/);
    expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['Interfax-Ukraine', 'Ukrainska Pravda']));
    expect(position('uk/ceasefire/2025-04-25').stance).toBe('supports');
  });

  it('backs security guarantees, the MoD working on their detail (Cooper in the Commons, 2 December 2025)', () => {
    const p = position('uk/security-guarantees/2025-12-02');
    expect(p.stance).toBe('supports');
    expect(p.sources[0]).toMatchObject({ publisher: 'Parallel Parliament', via: 'Hansard' });
  });
});

describe('NATO', () => {
  it('has a sourced position on each proposal and plan Rutte took a public stance on in 2025', () => {
    for (const subject of [
      'ceasefire',
      'nato-non-accession',
      'security-guarantees',
      'us-28-point-plan-2025-11',
      'military-aid',
      'european-force',
    ]) {
      expect(positions('nato', subject).length, subject).toBeGreaterThan(0);
    }
  });

  it('keeps the irreversible path as its official line while membership is off the table in the talks (mixed)', () => {
    const p = position('nato/nato-non-accession/2025-08-18');
    expect(p).toMatchObject({ party: 'nato', stance: 'mixed', date: '2025-08-18' });
    expect(p.sources[0]).toMatchObject({ publisher: 'Hindustan Times', via: 'Reuters' });
    expect(p.sources[0]?.quote).toMatch(/irreversible path/);
    expect(position('nato/nato-non-accession/2025-06-24').stance).toBe('mixed');
  });

  it('admits there is no consensus for Ukraine to join while keeping the irreversible path (2 December 2025)', () => {
    const p = position('nato/nato-non-accession/2025-12-02');
    expect(p.stance).toBe('mixed');
    expect(p.sources[0]).toMatchObject({ publisher: 'Polskie Radio', via: 'Reuters, PAP' });
    expect(stanceAt(positions('nato', 'nato-non-accession'), '2025-12-10')?.now.id).toBe(p.id);
  });

  it('designs layered guarantees so a renewed Russian attack meets a devastating response (18 December 2025)', () => {
    const p = position('nato/security-guarantees/2025-12-18');
    expect(p.stance).toBe('supports');
    expect(publishersOf(p.sources)).toContain('Anadolu Agency');
  });

  it('discussed Article 5-type guarantees for Ukraine instead of membership (18 August 2025)', () => {
    const p = position('nato/security-guarantees/2025-08-18');
    expect(p.stance).toBe('supports');
    expect(p.summary.en).toMatch(/Article 5/);
  });

  it('first declined to comment on the 28-point draft, then found many good elements that need work', () => {
    const first = position('nato/us-28-point-plan-2025-11/2025-11-21');
    expect(first.stance).toBe('unclear');
    expect(first.reason).toBeTruthy();
    expect(publishersOf(first.sources)).toContain('Interfax-Ukraine');
    const nato = positions('nato', 'us-28-point-plan-2025-11');
    expect(stanceAt(nato, '2025-11-22')).toMatchObject({
      held: { stance: 'unclear' },
      now: { stance: 'mixed' },
    });
    expect(publishersOf(position('nato/us-28-point-plan-2025-11/2025-11-24').sources)).toContain(
      'RBC-Ukraine',
    );
  });

  it('says the ball is in Russia’s court on a ceasefire, and allies fund US weapons for Ukraine through PURL', () => {
    expect(position('nato/ceasefire/2025-04-24').stance).toBe('supports');
    const purl = position('nato/military-aid/2025-12-03');
    expect(purl.stance).toBe('supports');
    expect(purl.summary.en).toMatch(/PURL/);
    expect(publishersOf(purl.sources)).toContain('Devdiscourse');
  });

  it('welcomed the first PURL package, paid for by the Netherlands (4 August 2025)', () => {
    const p = position('nato/military-aid/2025-08-04');
    expect(p).toMatchObject({ stance: 'supports', date: '2025-08-04' });
    expect(p.sources[0]).toMatchObject({ publisher: 'Interfax-Ukraine', date: '2025-08-04' });
  });

  it('denies Russia a veto over Ukraine joining, in answer to the 28-point clause (26 November 2025)', () => {
    const p = position('nato/nato-non-accession/2025-11-26');
    expect(p.stance).toBe('mixed');
    expect(p.summary.en).toMatch(/28-point/);
    expect(p.sources.map((s) => s.quote)).toContainEqual(expect.stringMatching(/neither a vote nor a veto/));
  });

  it('credits the troops of a post-war force to willing European countries, not to the alliance', () => {
    const p = position('nato/european-force/2025-12-21');
    expect(p.stance).toBe('supports');
    expect(p.summary.en).toMatch(/not the alliance/);
    expect(p.sources[0]).toMatchObject({ publisher: 'UNN', language: 'uk', via: 'Bild' });
  });
});
