/**
 * One parser for the name syntax (src/data/name-syntax.ts): the validator, the labels and the
 * matcher read names the same way, so a name the build accepts is one the matcher compiles, and
 * a name it refuses is refused by the matcher too.
 */
import { describe, expect, it } from 'vitest';
import { expandName, nameSyntaxProblem } from '../../../src/data/expand-name.ts';
import { parseName } from '../../../src/data/name-syntax.ts';
import { compilePattern, PatternError } from '../../../src/matcher/pattern.ts';

const MALFORMED = ['(a|b', 'Crimea]', 'a|b', 'Trump)', '[the (US framework]', '{|ing', 'lift{|ing}}'];
const WELL_FORMED = [
  '[the] initial US framework',
  'Крим{|у|ом|і}',
  "(recognize|recognise) Russia's control over Crimea",
  'lifting ~3 sanctions',
  'cease-fire',
  'a ~ b',
];

describe('name syntax', () => {
  it('the validator and the matcher refuse the same malformed names', () => {
    for (const name of MALFORMED) {
      expect(nameSyntaxProblem(name), name).toBeDefined();
      expect(() => compilePattern(name), name).toThrow(PatternError);
    }
  });

  it('and accept the same well-formed ones', () => {
    for (const name of WELL_FORMED) {
      expect(nameSyntaxProblem(name), name).toBeUndefined();
      expect(compilePattern(name).length, name).toBeGreaterThan(0);
    }
  });

  it('parses gaps and optional parts into nodes; labels keep "~N" and put the shortest form first', () => {
    expect(parseName('lifting ~3 sanctions')).toEqual([
      { t: 'text', s: 'lifting ' },
      { t: 'gap', max: 3 },
      { t: 'text', s: ' sanctions' },
    ]);
    expect(expandName('lifting ~3 sanctions')).toEqual(['lifting ~3 sanctions']);
    expect(expandName('[the] initial US framework')).toEqual([
      'initial US framework',
      'the initial US framework',
    ]);
    // "~" without a number is plain text.
    expect(parseName('a ~ b')).toEqual([{ t: 'text', s: 'a ~ b' }]);
  });
});
