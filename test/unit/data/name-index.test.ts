import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { toNameIndex } from '../../../src/data/name-index.ts';
import { DATA } from './helpers.ts';

describe('toNameIndex', () => {
  const { dataset } = loadDataset(DATA);
  const index = toNameIndex(dataset!);

  it('keeps only what finding mentions needs', () => {
    expect(Object.keys(index).sort()).toEqual(['asOf', 'contexts', 'entries']);
    expect(JSON.stringify(index)).not.toContain('"sources"');
    expect(JSON.stringify(index).length).toBeLessThan(JSON.stringify(dataset).length / 2);
    expect(index.entries).toHaveLength(dataset!.entries.length);
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
});
