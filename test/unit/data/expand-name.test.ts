import { describe, expect, it } from 'vitest';
import { expandName, foldAlias } from '../../../src/data/expand-name.ts';

describe('expandName', () => {
  it('expands alternatives, optional words and inflection suffixes', () => {
    expect(expandName('Крим{|у|ом|і}')).toEqual(['Крим', 'Криму', 'Кримом', 'Кримі']);
    expect(expandName('[the] (US|U.S.) side')).toEqual([
      'US side',
      'U.S. side',
      'the US side',
      'the U.S. side',
    ]);
    expect(expandName('гаранті{ї|й} безпеки')).toEqual(['гарантії безпеки', 'гарантій безпеки']);
  });

  it('keeps wildcards as words and respects the limit', () => {
    expect(expandName('(recognize|recognise) ~3 Crimea')).toEqual([
      'recognize ~3 Crimea',
      'recognise ~3 Crimea',
    ]);
    expect(expandName('(a|b|c) (d|e|f) (g|h|i)', 5)).toHaveLength(5);
  });
});

describe('foldAlias', () => {
  it('unifies apostrophes, dashes, spaces and case unless the case rule is exact', () => {
    expect(foldAlias('Перемир’я')).toBe(foldAlias("перемир'я"));
    expect(foldAlias('cease–fire')).toBe('cease-fire');
    expect(foldAlias('US', 'exact')).not.toBe(foldAlias('us', 'exact'));
  });
});
