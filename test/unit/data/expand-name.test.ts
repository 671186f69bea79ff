import { describe, expect, it } from 'vitest';
import { expandName, foldAlias, nameSyntaxProblem } from '../../../src/data/expand-name.ts';

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

  it('concatenates groups with the text around them, as the matcher does', () => {
    expect(expandName('(Віткофф|Уіткофф){|а}')).toEqual(['Віткофф', 'Віткоффа', 'Уіткофф', 'Уіткоффа']);
    expect(expandName('remov{e|al of} ~3 sanctions')).toEqual([
      'remove ~3 sanctions',
      'removal of ~3 sanctions',
    ]);
    expect(expandName('Donald [J.] Trump')[0]).toBe('Donald Trump');
  });

  it('keeps wildcards as words and respects the limit', () => {
    expect(expandName('(recognize|recognise) ~3 Crimea')).toEqual([
      'recognize ~3 Crimea',
      'recognise ~3 Crimea',
    ]);
    expect(expandName('(a|b|c) (d|e|f) (g|h|i)', 5)).toHaveLength(5);
  });
});

describe('nameSyntaxProblem', () => {
  it('accepts well-formed names and says what is wrong with malformed ones', () => {
    expect(nameSyntaxProblem('гаранті{ї|й} безпеки')).toBeUndefined();
    expect(nameSyntaxProblem('(a|b){x}')).toBeUndefined();
    expect(nameSyntaxProblem('(a|b')).toMatch(/never closed/);
    expect(nameSyntaxProblem('Crimea]')).toMatch(/unmatched "\]" at 6/);
    expect(nameSyntaxProblem('a|b')).toMatch(/outside a group/);
    expect(nameSyntaxProblem('  ')).toBe('empty name');
  });
});

describe('foldAlias', () => {
  it('unifies apostrophes, dashes, spaces and case unless the case rule is exact', () => {
    expect(foldAlias('Перемир’я')).toBe(foldAlias("перемир'я"));
    expect(foldAlias('cease–fire')).toBe('cease-fire');
    expect(foldAlias('US', 'exact')).not.toBe(foldAlias('us', 'exact'));
  });
});
