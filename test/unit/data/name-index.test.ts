import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { PAGE_LANGS, pageNameLangs, toNameIndex } from '../../../src/data/name-index.ts';
import { DATA } from './helpers.ts';

describe('toNameIndex', () => {
  const { dataset } = loadDataset(DATA);
  const index = toNameIndex(dataset!);

  it('keeps only what finding mentions needs', () => {
    expect(Object.keys(index).sort()).toEqual(['asOf', 'contexts', 'entries']);
    expect(JSON.stringify(index)).not.toContain('"sources"');
    // Positions, gaps, descriptions and labels' prose stay behind: the index is smaller than the
    // dataset without its positions (a fixed ratio broke as the names grew and the positions did not).
    const { positions, ...rest } = dataset!;
    expect(positions.length).toBeGreaterThan(0);
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(rest).length);
    expect(index.entries).toHaveLength(dataset!.entries.length);
  });

  it('keeps every context rule for the matcher, without the descriptions meant for data keepers', () => {
    expect(Object.keys(index.contexts)).toEqual(Object.keys(dataset!.contexts));
    for (const [id, rule] of Object.entries(dataset!.contexts)) {
      const { description, ...forMatcher } = rule;
      expect(description.length, id).toBeGreaterThan(0);
      expect(index.contexts[id], id).toEqual(forMatcher);
    }
  });

  it('carries represents for people and readable labels', () => {
    const putin = index.entries.find((e) => e.id === 'putin')!;
    expect(putin.represents).toBe('russia');
    expect(putin.label).toEqual({ en: 'Vladimir Putin', uk: 'Володимир Путін' });
    expect(index.entries.find((e) => e.id === 'ukraine')!.label.uk).toBe('Україна');
    expect(index.entries.find((e) => e.id === 'us-framework-2025-04')!.label.en).toContain('April 2025');
    for (const e of index.entries)
      expect(e.label.en.includes('~') || e.label.uk.includes('~'), e.id).toBe(false);
  });

  it('gives a page English and Ukrainian names, and Russian ones only on a page written in Russian', () => {
    expect(pageNameLangs(false)).toEqual(PAGE_LANGS);
    expect(pageNameLangs(true)).toEqual(['en', 'uk', 'ru']);
    const page = toNameIndex(dataset!, pageNameLangs(false));
    for (const e of page.entries) expect(Object.keys(e.names).sort(), e.id).toEqual(['en', 'uk']);
    const russianPage = toNameIndex(dataset!, pageNameLangs(true));
    expect(russianPage.entries.find((e) => e.id === 'russia')!.names.ru).toContain('росси{я|и|ю|ей}');
    expect(russianPage.entries.filter((e) => e.names.ru).length).toBeGreaterThan(20);
    // Nothing but the names differs: labels, kinds and contexts are the same for every page.
    expect({ ...russianPage, entries: russianPage.entries.map(({ names: _, ...e }) => e) }).toEqual({
      ...page,
      entries: page.entries.map(({ names: _, ...e }) => e),
    });
  });

  it("labels every party with a capital, even where the names are lower case (Ukrainian media's 'росія')", () => {
    for (const e of index.entries.filter((x) => x.kind === 'party'))
      for (const label of [e.label.en, e.label.uk]) expect(label[0], `${e.id}: ${label}`).toMatch(/\p{Lu}/u);
  });
});
