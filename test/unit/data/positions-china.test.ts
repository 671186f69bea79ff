// Positions of China added on 1 December 2026, each from a dated, titled source read for it: the
// foreign ministry (Lin Jian, Mao Ning, Guo Jiakun), Wang Yi and Xi Jinping on the 30-day truce and
// the Alaska summit, arms for neither side, the denials of Chinese peacekeepers, the guarantor
// question, sanctions on Russian oil, the frozen assets, the 28-point plan and territorial
// integrity. Beijing's answers are often evasive, so several are `unclear` with a reason. Each test
// pins the stance, the day and a publisher.
import { describe, expect, it } from 'vitest';
import { stanceAt } from '../../../src/annotator/tooltip/model.ts';
import { publishersOf, realDatasetLookups } from './helpers.ts';

const { position, positions } = realDatasetLookups();

describe('China', () => {
  it('has a sourced position on each proposal and plan Beijing took a public stance on in 2025', () => {
    for (const subject of [
      'ceasefire',
      'security-guarantees',
      'sanctions-relief',
      'military-aid',
      'european-force',
      'territorial-integrity',
      'us-28-point-plan-2025-11',
      'frozen-assets',
      'nato-non-accession',
    ]) {
      expect(positions('china', subject).length, subject).toBeGreaterThan(0);
    }
  });

  it('answered the 30-day truce call with support for all efforts aimed at peace (12 May 2025)', () => {
    const p = position('china/ceasefire/2025-05-12');
    expect(p).toMatchObject({ party: 'china', subject: 'ceasefire', stance: 'supports', date: '2025-05-12' });
    expect(p.summary.en).toMatch(/30-day/);
    expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['RBC-Ukraine', 'inside.kyiv.ua']));
  });

  it('welcomed all efforts leading to a ceasefire at the Security Council (Fu Cong, 26 March 2025)', () => {
    const p = position('china/ceasefire/2025-03-26');
    expect(p).toMatchObject({ stance: 'supports', date: '2025-03-26' });
    expect(p.summary.en).toMatch(/energy infrastructure/);
    expect(p.sources[0]?.quote).toMatch(/necessary step to achieve peace/);
    expect(publishersOf(p.sources)).toContain('America Times');
  });

  it('backed the efforts around the Alaska summit (12 August 2025)', () => {
    const p = position('china/ceasefire/2025-08-12');
    expect(p).toMatchObject({ stance: 'supports', date: '2025-08-12' });
    expect(p.summary.en).toMatch(/Alaska/);
    expect(p.sources[0]).toMatchObject({ publisher: 'Vedomosti', via: 'TASS', language: 'ru' });
  });

  it('supplies lethal weapons to no party, Ukraine included (Lin Jian, 18 April 2025)', () => {
    const p = position('china/military-aid/2025-04-18');
    expect(p.stance).toBe('opposes');
    expect(p.sources[0]).toMatchObject({
      publisher: 'The Kyiv Independent',
      via: 'Reuters',
      date: '2025-04-18',
    });
  });

  it('denied twice that it would send peacekeepers, giving no view on the European force itself', () => {
    const march = position('china/european-force/2025-03-24');
    expect(march.stance).toBe('unclear');
    expect(march.reason).toBeTruthy();
    expect(march.sources[0]).toMatchObject({ publisher: "People's Daily", via: 'Xinhua' });
    expect(march.sources[1]).toMatchObject({ publisher: 'Vysokyi Zamok', language: 'uk' });
    const august = position('china/european-force/2025-08-25');
    expect(august.stance).toBe('unclear');
    expect(august.summary.en).toMatch(/Die Welt/);
    expect(publishersOf(august.sources)).toEqual(expect.arrayContaining(['UNN', 'A News']));
    expect(stanceAt(positions('china', 'european-force'), '2025-09-01')?.now.id).toBe(august.id);
  });

  it('did not answer whether it would be a guarantor before the Washington talks (18 August 2025)', () => {
    const p = position('china/security-guarantees/2025-08-18');
    expect(p).toMatchObject({ stance: 'unclear', date: '2025-08-18' });
    expect(p.sources[0]).toMatchObject({ publisher: 'Censor.NET', via: 'Ukrinform', language: 'uk' });
    expect(stanceAt(positions('china', 'security-guarantees'), '2025-08-20')?.now.id).toBe(
      'china/security-guarantees/2025-08-22',
    );
  });

  it('neither took up nor ruled out being a guarantor of Ukraine’s security (Mao Ning, 22 August 2025)', () => {
    const p = position('china/security-guarantees/2025-08-22');
    expect(p).toMatchObject({ stance: 'unclear', date: '2025-08-22' });
    expect(p.reason).toMatch(/guarantor/);
    expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['ipress.ua', 'Fakty']));
  });

  it('opposed the US oil sanctions and protested the EU listing of Chinese refiners (23 October 2025)', () => {
    const p = position('china/sanctions-relief/2025-10-23');
    expect(p.stance).toBe('supports');
    expect(p.summary.en).toMatch(/Rosneft/);
    expect(p.sources[0]).toMatchObject({ publisher: 'European Pravda', via: 'The Guardian', language: 'uk' });
  });

  it('gave no view on the 28-point plan when Xi spoke to Trump (24 November 2025)', () => {
    const p = position('china/us-28-point-plan-2025-11/2025-11-24');
    expect(p.stance).toBe('unclear');
    expect(p.reason).toMatch(/28-point/);
    expect(p.sources[0]).toMatchObject({ publisher: 'URA.RU', date: '2025-11-24' });
  });

  it('answered the EU plan for frozen Russian assets with its line against unilateral sanctions (17 December 2025)', () => {
    const p = position('china/frozen-assets/2025-12-17');
    expect(p.stance).toBe('opposes');
    expect(p.summary.en).toMatch(/no direct assessment/);
    expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['RBC-Ukraine', 'NEWS.ru']));
  });

  it('respects Ukraine’s territorial integrity only in Kyiv’s readout: unclear, with its reason', () => {
    const p = position('china/territorial-integrity/2025-02-15');
    expect(p.stance).toBe('unclear');
    expect(p.reason).toMatch(/Kyiv's readout/);
    expect(p.sources[0]).toMatchObject({
      publisher: 'President of Ukraine (official website)',
      date: '2025-02-15',
    });
  });

  it('restated respect for all countries’ territorial integrity beside their security concerns (Fu Cong, 17 February 2025)', () => {
    const p = position('china/territorial-integrity/2025-02-17');
    expect(p.stance).toBe('unclear');
    expect(p.reason).toMatch(/Crimea/);
    expect(publishersOf(p.sources)).toEqual(
      expect.arrayContaining(["People's Daily", 'China Daily Hong Kong']),
    );
  });

  it('blamed NATO’s eastward expansion for the war, the latest such statement found being of 2023', () => {
    const le = position('china/nato-non-accession/2022-05-06');
    expect(le).toMatchObject({ stance: 'supports', date: '2022-05-06' });
    expect(le.sources[0]).toMatchObject({ publisher: 'Sputnik' });
    const zhang = position('china/nato-non-accession/2023-08-03');
    expect(zhang.stance).toBe('supports');
    expect(zhang.sources[0]).toMatchObject({ publisher: 'Tasnim News Agency', via: 'TASS' });
    expect(stanceAt(positions('china', 'nato-non-accession'), '2025-06-01')?.now.id).toBe(zhang.id);
  });
});
