import { describe, expect, it } from 'vitest';
import { initialLang, translator } from '../../../src/overview/i18n.ts';
import { indexDataset } from '../../../src/overview/model/dataset-index.ts';
import { formatHash, parseHash } from '../../../src/overview/model/hash.ts';
import { searchEntries } from '../../../src/overview/model/search.ts';
import { makeDataset } from './fixture.ts';

describe('deep links', () => {
  it('reads the documented links', () => {
    expect(parseHash('#view=matrix&proposal=crimea-recognition&date=2025-04-25')).toMatchObject({
      view: 'matrix',
      proposal: 'crimea-recognition',
      date: '2025-04-25',
    });
    expect(parseHash('#view=plans&plans=a,b').plans).toEqual(['a', 'b']);
    expect(parseHash('#view=timeline&entry=putin')).toMatchObject({ view: 'timeline', entry: 'putin' });
    expect(parseHash('#view=sources').view).toBe('sources');
  });
  it('picks a natural view when the link names none', () => {
    expect(parseHash('#proposal=ceasefire&date=2025-04-25').view).toBe('matrix');
    expect(parseHash('entry=ceasefire').view).toBe('timeline');
    expect(parseHash('#plans=a,b').view).toBe('plans');
    // The tooltip's links: `<kind>=<id>`.
    expect(parseHash('plan=us-framework-2025-04')).toMatchObject({
      view: 'plans',
      plans: ['us-framework-2025-04'],
    });
    expect(parseHash('party=us')).toMatchObject({ view: 'matrix', party: 'us' });
  });
  it('ignores bad values', () => {
    const s = parseHash('#view=evil&date=tomorrow&lang=fr');
    expect(s.view).toBe('matrix');
    expect(s.date).toBeUndefined();
    expect(s.lang).toBeUndefined();
  });
  it('round-trips through formatHash', () => {
    for (const h of [
      'view=matrix&proposal=crimea-recognition&date=2025-04-25',
      'view=plans&plans=a,b&diff=1',
      'view=timeline&entry=putin&lang=uk',
      'view=sources&sort=publisher&dir=asc',
    ])
      expect(formatHash(parseHash(h))).toBe(h);
  });
});

describe('search', () => {
  const index = indexDataset(makeDataset());
  it('finds English and Ukrainian names by prefix, case-insensitively', () => {
    expect(searchEntries(index, 'put')[0]?.entry.id).toBe('putin');
    expect(searchEntries(index, 'ПУТІН')[0]?.entry.id).toBe('putin');
    expect(searchEntries(index, 'сша')[0]?.entry.id).toBe('us');
    // An expanded form from name syntax ("Україн{а|и|у|і}" -> "України").
    expect(searchEntries(index, 'України')[0]?.entry.id).toBe('ukraine');
  });
  it('adds what the matcher finds (inflected forms) and survives a failing matcher', () => {
    const findIds = (text: string) => (text === 'Путіна' ? ['putin'] : []);
    expect(searchEntries(index, 'Путіна').map((h) => h.entry.id)).toEqual([]);
    expect(searchEntries(index, 'Путіна', findIds).map((h) => h.entry.id)).toEqual(['putin']);
    const broken = () => {
      throw new Error('boom');
    };
    expect(searchEntries(index, 'cease', broken)[0]?.entry.id).toBe('ceasefire');
  });
  it('returns nothing for an empty query', () => {
    expect(searchEntries(index, '   ')).toEqual([]);
  });
});

describe('i18n', () => {
  it('reads overview_ keys in both languages and fills placeholders', () => {
    expect(translator('en')('date_label')).toBe('As of');
    expect(translator('uk')('date_label')).toBe('Станом на');
    expect(translator('uk')('search_results', { count: 3 })).toBe('Знайдено: 3');
    expect(translator('en')('no_such_key')).toBe('no_such_key');
  });
  it('starts in Ukrainian for a Ukrainian browser unless the link says otherwise', () => {
    expect(initialLang(undefined, 'uk-UA')).toBe('uk');
    expect(initialLang(undefined, 'en-US')).toBe('en');
    expect(initialLang('en', 'uk')).toBe('en');
  });
});
