// The real dataset: valid, covering the taxonomy, every position dated and sourced, the seed
// article's facts present, and every quote attributed to the seed actually in the seed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stanceAt } from '../../../src/annotator/tooltip/model.ts';
import { isCalendarDate } from '../../../src/data/schema.ts';
import { CORE_PARTIES, TAXONOMY } from '../../../src/data/taxonomy.ts';
import type { Dataset, Position, Source } from '../../../src/data/types.ts';
import { loadRealDataset, SHARED } from './helpers.ts';

const SEED_FILE = path.join(SHARED, 'sources/unn-2025-04-25-cnn-stumbling-blocks.txt');
const TAXONOMY_MD = path.join(SHARED, 'spec/taxonomy.md');
/** The Biden administration ended on 20 January 2025. */
const BIDEN_LAST_DAY = '2025-01-20';

let dataset: Dataset;
beforeAll(() => {
  dataset = loadRealDataset();
});

/** The ids in taxonomy.md, by section, read from the first backticked cell of each table row. */
function taxonomyIds(): Record<'parties' | 'people' | 'plans' | 'proposals', string[]> {
  const sections = {
    parties: [] as string[],
    people: [] as string[],
    plans: [] as string[],
    proposals: [] as string[],
  };
  let current: keyof typeof sections | undefined;
  for (const row of fs.readFileSync(TAXONOMY_MD, 'utf8').split('\n')) {
    if (row.startsWith('## ')) {
      current = row.includes('people')
        ? 'people'
        : row.includes('Parties')
          ? 'parties'
          : row.includes('Plans')
            ? 'plans'
            : row.includes('Proposals')
              ? 'proposals'
              : undefined;
    }
    const id = /^\| `([a-z0-9-]+)` \|/.exec(row)?.[1];
    if (current && id) sections[current].push(id);
  }
  return sections;
}

const isSeed = (s: Source) => s.publisher === 'UNN' && s.date === '2025-04-25' && s.via === 'CNN';
const positionsOf = (party: string, subject: string) =>
  dataset.positions.filter((p) => p.party === party && p.subject === subject);
const seedPositions = (party: string, subject: string) =>
  positionsOf(party, subject).filter((p) => p.sources.some(isSeed));

describe('the bundled dataset', () => {
  it('lists exactly the taxonomy ids of taxonomy.md in src/data/taxonomy.ts', () => {
    const fromSpec = taxonomyIds();
    expect(fromSpec.proposals.length).toBe(16);
    expect(fromSpec).toEqual({
      parties: [...TAXONOMY.parties],
      people: [...TAXONOMY.people],
      plans: [...TAXONOMY.plans],
      proposals: [...TAXONOMY.proposals],
    });
  });

  it('has an entry with English and Ukrainian names for every taxonomy id', () => {
    for (const id of Object.values(taxonomyIds()).flat()) {
      const entry = dataset.entries.find((e) => e.id === id);
      expect(entry, id).toBeDefined();
      expect(entry!.names.en.length, `${id} en`).toBeGreaterThan(0);
      expect(entry!.names.uk.length, `${id} uk`).toBeGreaterThan(0);
      expect(entry!.description.uk.length, `${id} description`).toBeGreaterThan(0);
    }
  });

  it('says whom every person represents and their role', () => {
    for (const id of taxonomyIds().people) {
      const entry = dataset.entries.find((e) => e.id === id);
      expect(
        entry?.kind === 'party' && entry.type === 'person' && entry.represents && entry.role,
        id,
      ).toBeTruthy();
    }
  });

  it('dates and sources every position and plan point, never after asOf', () => {
    const dated = (d: string) => isCalendarDate(d) && d <= dataset.asOf;
    for (const p of dataset.positions) {
      expect(dated(p.date), p.id).toBe(true);
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(dated(s.date) && s.publisher && s.title, p.id).toBeTruthy();
    }
    for (const e of dataset.entries) {
      if (e.kind !== 'plan') continue;
      expect(dated(e.date), e.id).toBe(true);
      for (const point of e.points)
        expect(point.sources.length, `${e.id} ${point.proposal}`).toBeGreaterThan(0);
    }
  });

  it('gives every proposal a US, Ukraine, Russia and Europe position or a declared gap', () => {
    for (const subject of TAXONOMY.proposals) {
      for (const party of CORE_PARTIES) {
        const has = dataset.positions.some((p) => p.party === party && p.subject === subject);
        const gap = dataset.gaps.find((g) => g.party === party && g.subject === subject);
        expect(has || (gap?.why.length ?? 0) > 20, `${party} x ${subject}`).toBe(true);
      }
    }
  });

  it('keeps the sources honest: every quote from the seed article is in it', () => {
    const seed = fs.readFileSync(SEED_FILE, 'utf8').replace(/\s+/g, ' ');
    const quotes = [
      ...dataset.positions.flatMap((p: Position) => p.sources),
      ...dataset.entries.flatMap((e) =>
        e.kind === 'plan' ? [...e.sources, ...e.points.flatMap((x) => x.sources)] : [],
      ),
    ].filter((s) => isSeed(s) && s.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const s of quotes) expect(seed).toContain(s.quote);
  });

  it('records what the seed article states, sourced to it', () => {
    const expectations: [string, string, Position['stance']][] = [
      ['us', 'crimea-recognition', 'supports'],
      ['ukraine', 'crimea-recognition', 'opposes'],
      ['us', 'security-guarantees', 'mixed'], // guarantees only from Europe
      ['ukraine', 'security-guarantees', 'supports'], // from the US too
      ['ukraine', 'ceasefire', 'supports'], // full and unconditional, first
      ['ukraine', 'occupied-territories', 'conditional'], // after a ceasefire
      ['ukraine', 'sanctions-relief', 'conditional'], // gradually, after a peace plan
      ['ukraine', 'nato-non-accession', 'mixed'], // largely agreed per CNN; the counterproposal text differs
      ['ukraine', 'frontline-freeze', 'supports'],
      ['ukraine', 'zaporizhzhia-npp', 'supports'],
      ['us', 'territorial-integrity', 'opposes'], // Biden administration view
      ['us', 'security-guarantees', 'opposes'], // reluctant to give NATO-like guarantees
      ['us', 'military-aid', 'supports'], // preferred continued military assistance
      ['ukraine', 'territorial-integrity', 'supports'], // reclaim all territory incl. Crimea
    ];
    for (const [party, subject, stance] of expectations) {
      const found = seedPositions(party, subject).some((p) => p.stance === stance);
      expect(found, `${party} ${stance} ${subject}`).toBe(true);
    }
    const biden = dataset.positions.filter((p) => p.sources.some(isSeed) && /Biden/.test(p.summary.en));
    expect(biden.length).toBeGreaterThanOrEqual(3);
  });

  it("dates the Biden administration's views, republished in April 2025, no later than its last day", () => {
    // The seed's first half is an undated CNN text about talks with the Biden administration. Dated
    // at the republication, those views would stand as what the US held in April 2025 and after.
    const biden = dataset.positions.filter((p) => /Biden/.test(p.summary.en));
    expect(biden.length).toBeGreaterThanOrEqual(5);
    for (const p of biden) {
      expect(p.date <= BIDEN_LAST_DAY, `${p.id} is dated ${p.date}`).toBe(true);
      expect(p.summary.uk, p.id).toMatch(/Байден/);
    }
    // On the seed's date the US held its April 2025 framework's view, not the earlier administration's.
    expect(stanceAt(positionsOf('us', 'security-guarantees'), '2025-04-25')?.held?.id).toBe(
      'us/security-guarantees/2025-04-17',
    );
    for (const subject of ['security-guarantees', 'military-aid']) {
      const now = stanceAt(positionsOf('us', subject), null)!.now;
      expect(now.summary.en, `the US's latest on ${subject}`).not.toMatch(/Biden/);
    }
  });

  it('describes both April 2025 plans as the seed does', () => {
    const framework = dataset.entries.find((e) => e.id === 'us-framework-2025-04');
    const counter = dataset.entries.find((e) => e.id === 'eu-ua-counterproposal-2025-04');
    if (framework?.kind !== 'plan' || counter?.kind !== 'plan') throw new Error('April 2025 plans missing');
    expect(framework.authors).toEqual(['us']);
    expect(counter.authors).toEqual(expect.arrayContaining(['ukraine', 'france', 'uk', 'germany']));
    const seedPoint = (plan: typeof framework, proposal: string) =>
      plan.points.some((p) => p.proposal === proposal && p.sources.some(isSeed));
    for (const proposal of [
      'crimea-recognition',
      'security-guarantees',
      'sanctions-relief',
      'nato-non-accession',
    ]) {
      expect(seedPoint(framework, proposal), proposal).toBe(true);
    }
    expect(seedPoint(counter, 'ceasefire')).toBe(true);
  });

  // Proposals added after taxonomy.md, which the coverage check above does not know: each has a
  // position or a declared gap for every core party, and a sourced point in the plans that list it.
  it.each([
    ['eu-membership', ['us-framework-2025-04', 'us-ua-20-point-plan-2025-12']],
    ['prisoner-exchange', ['peace-formula-2022', 'us-28-point-plan-2025-11', 'us-ua-20-point-plan-2025-12']],
    ['amnesty', ['us-28-point-plan-2025-11', 'us-ua-geneva-19-point-2025-11']],
    ['g8-return', ['us-28-point-plan-2025-11', 'e3-counterproposal-2025-11']],
    [
      'non-aggression-pact',
      ['us-28-point-plan-2025-11', 'e3-counterproposal-2025-11', 'us-ua-20-point-plan-2025-12'],
    ],
    ['deported-children', ['peace-formula-2022', 'europe-12-point-2025-10', 'us-ua-20-point-plan-2025-12']],
    ['language-religion', ['us-28-point-plan-2025-11', 'us-ua-20-point-plan-2025-12']],
    ['non-nuclear-status', ['russia-demands-2024-06']],
  ])('records %s: the four core parties (position or gap) and the plans that list it', (proposal, plans) => {
    for (const party of CORE_PARTIES) {
      const has = dataset.positions.some((p) => p.party === party && p.subject === proposal);
      const gap = dataset.gaps.find((g) => g.party === party && g.subject === proposal);
      expect(has || (gap?.why.length ?? 0) > 20, party).toBe(true);
    }
    for (const id of plans) {
      const plan = dataset.entries.find((e) => e.id === id);
      if (plan?.kind !== 'plan') throw new Error(`${id} missing`);
      expect(
        plan.points.some((p) => p.proposal === proposal && p.sources.length > 0),
        id,
      ).toBe(true);
    }
  });

  it('keeps every plan supersession pointing backwards in time', () => {
    for (const e of dataset.entries) {
      if (e.kind !== 'plan' || !e.supersedes) continue;
      const older = dataset.entries.find((x) => x.id === e.supersedes);
      expect(older?.kind === 'plan' && older.date <= e.date, e.id).toBe(true);
    }
  });
});
