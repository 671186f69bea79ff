import { describe, expect, it, vi } from 'vitest';
import { datasetInfo, entryDetails } from '../../../src/background/details.ts';
import type { Dataset } from '../../../src/data/types.ts';
import type { PageReport } from '../../../src/messaging/protocol.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { badgeText } = await import('../../../src/background/badge.ts');

const names = { en: ['x'], uk: ['x'] };
const desc = { en: 'd', uk: 'd' };
const src = (title: string, url?: string) => ({
  publisher: 'P',
  title,
  date: '2025-04-25',
  language: 'en' as const,
  url,
});

const dataset: Dataset = {
  asOf: '2025-04-25',
  contexts: {},
  gaps: [],
  entries: [
    { id: 'us', kind: 'party', type: 'state', names, description: desc },
    { id: 'ukraine', kind: 'party', type: 'state', names, description: desc },
    { id: 'kellogg', kind: 'party', type: 'person', represents: 'us', names, description: desc },
    { id: 'ceasefire', kind: 'proposal', names, description: desc },
    { id: 'crimea', kind: 'proposal', names, description: desc },
    {
      id: 'framework',
      kind: 'plan',
      date: '2025-04-17',
      authors: ['us'],
      status: 'leaked',
      points: [{ proposal: 'crimea', says: desc, sources: [src('a', 'https://a')] }],
      sources: [src('a', 'https://a'), src('b')],
      names,
      description: desc,
    },
  ],
  positions: [
    {
      id: 'p1',
      party: 'ukraine',
      subject: 'ceasefire',
      stance: 'supports',
      date: '2025-03-11',
      summary: desc,
      sources: [src('c', 'https://c')],
    },
    {
      id: 'p2',
      party: 'us',
      subject: 'crimea',
      stance: 'supports',
      date: '2025-04-25',
      summary: desc,
      sources: [src('a', 'https://a')],
    },
  ],
};

describe('entryDetails', () => {
  it('returns the asked entries, their positions and the entries those name', () => {
    const d = entryDetails(dataset, ['ceasefire']);
    expect(d.positions.map((p) => p.id)).toEqual(['p1']);
    expect(d.entries.map((e) => e.id).sort()).toEqual(['ceasefire', 'ukraine']);
    expect(d.asOf).toBe('2025-04-25');
  });

  it('includes plan authors and the party a person represents', () => {
    expect(
      entryDetails(dataset, ['framework'])
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual(['framework', 'us']);
    expect(
      entryDetails(dataset, ['kellogg'])
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual(['kellogg', 'us']);
  });

  it('returns nothing for unknown ids', () => {
    expect(entryDetails(dataset, ['nope'])).toEqual({ asOf: '2025-04-25', entries: [], positions: [] });
  });
});

describe('datasetInfo', () => {
  it('counts entries, positions and distinct sources', () => {
    expect(datasetInfo(dataset)).toEqual({ asOf: '2025-04-25', entries: 6, positions: 2, sources: 3 });
  });
});

describe('badgeText', () => {
  const report = (state: PageReport['state'], markCount: number): PageReport => ({
    url: 'u',
    state,
    markCount,
    entries: [],
  });
  it('shows the mark count only while the page is annotated', () => {
    expect(badgeText(report('annotated', 6))).toBe('6');
    expect(badgeText(report('annotated', 0))).toBe('');
    expect(badgeText(report('disabled', 6))).toBe('');
    expect(badgeText(report('annotated', 1200))).toBe('999+');
    expect(badgeText(null)).toBe('');
  });
});

describe('relativeToRoot', async () => {
  const { relativeToRoot } = await import('../../../src/background/tabs.ts');
  it('turns the absolute URLs Firefox reports into paths relative to the extension root', () => {
    expect(relativeToRoot('moz-extension://0c1d-uuid/src/annotator/content.js')).toBe(
      'src/annotator/content.js',
    );
    expect(relativeToRoot('/assets/content.js')).toBe('assets/content.js');
    expect(relativeToRoot('assets/content-Ab12.js')).toBe('assets/content-Ab12.js');
  });
});
