// Fact-check corrections of 1 December 2026 (each of the 220 positions and nearly every plan point
// checked once against its sources, in three passes): positions and plan points whose summary
// stated one report as fact where the reports differ or said more, or whose stance or date was
// wrong. Each test pins the corrected claim and the source that supports it.
import { describe, expect, it } from 'vitest';
import { publishersOf, realDatasetLookups } from './helpers.ts';

const { dataset, position, point } = realDatasetLookups();

describe('the Zaporizhzhia NPP in the April 2025 US framework', () => {
  it('gives the Reuters text (back to Ukraine) and the WSJ report (neutral land, possibly US control), not only CNN', () => {
    for (const p of [
      point('us-framework-2025-04', 'zaporizhzhia-npp'),
      position('us/zaporizhzhia-npp/2025-04-17'),
    ]) {
      const text = 'says' in p ? p.says.en : p.summary.en;
      expect(text).toMatch(/Reuters/);
      expect(text).toMatch(/US control/);
      expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['UNN', 'РБК', 'Sputnik']));
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
      expect(publishersOf(p.sources)).toContain('PBS NewsHour');
    }
  });
});

describe("Russia's answer to the 20-point plan", () => {
  it('records Ryabkov dismissing it as outside the Anchorage framework (opposes), with a second report', () => {
    const p = position('russia/us-ua-20-point-plan-2025-12/2025-12-26');
    expect(p.stance).toBe('opposes');
    expect(p.summary.en).toMatch(/Anchorage/);
    expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['RBC-Ukraine', 'KNews']));
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
      expect(publishersOf(x.sources)).toContain('TASS');
    }
  });
});

describe('claims a position makes must rest on its own sources', () => {
  it('cites the CNN report (via UNN) wherever a summary says France, the UK and Germany signed the April 2025 counterproposal', () => {
    const claiming = dataset().positions.filter((p) => /signed by France/.test(p.summary.en));
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

describe('Ukraine on NATO non-accession in April 2025', () => {
  it('is mixed: CNN says Kyiv largely agreed, the counterproposal Reuters published only notes no consensus among Allies', () => {
    const p = position('ukraine/nato-non-accession/2025-04-25');
    expect(p.stance).toBe('mixed');
    expect(p.summary.en).toMatch(/CNN/);
    expect(p.summary.en).toMatch(/no consensus/);
    expect(p.sources.find((s) => s.publisher === 'Censor.NET')?.quote).toMatch(/no consensus among allies/);
    expect(publishersOf(p.sources)).toContain('Ukrainska Pravda');
  });
});

describe('the US on the coalition guarantees in Paris, 6 January 2026', () => {
  it('says the US backed them but did not sign the declaration (European Pravda), not only that it backed them', () => {
    const p = position('us/security-guarantees/2026-01-06');
    expect(p.summary.en).toMatch(/did not sign the Paris Declaration/);
    expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['The Independent', 'European Pravda']));
  });
});

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
      expect(publishersOf(p.sources)).toEqual(expect.arrayContaining(['URA.RU', 'TASS']));
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
    expect(publishersOf(p.sources)).toContain('RBC-Ukraine');
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
    const p = dataset().positions.find(
      (x) => x.party === 'ukraine' && x.subject === 'non-aggression-pact' && x.date.startsWith('2025-12'),
    );
    expect(p?.date).toBe('2025-12-24');
    expect(p?.id).toBe('ukraine/non-aggression-pact/2025-12-24');
  });
});

describe("Ukraine's frozen-assets demand in the April 2025 counterproposal", () => {
  it('is dated 23 April, when the Ukrainian-European text was handed over in London, like the European position on it', () => {
    const april = (party: string) =>
      dataset().positions.find(
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
    expect(publishersOf(p.sources)).toContain('Интерфакс-Украина');
  });
});

describe('plan points where the reports differ', () => {
  it("gives both readings of the E3 counterproposal's Zaporizhzhia point, each with its source", () => {
    const e3 = point('e3-counterproposal-2025-11', 'zaporizhzhia-npp');
    expect(e3.says.en).toMatch(/regain control/);
    expect(e3.says.en).toMatch(/50:50/);
    expect(e3.sources.map((s) => s.publisher)).toEqual(expect.arrayContaining(['UA News', 'ТАСС']));
  });
});
