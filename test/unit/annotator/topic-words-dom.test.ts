// @vitest-environment happy-dom
/**
 * The first check reads the page's text nodes in pieces and stops at the first stem
 * (`mayBeAboutTheWarIn`, topic-words.ts). It must answer as the check of the whole text would
 * wherever that says yes: a stem cut between two pieces, or between two elements, still counts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mayBeAboutTheWar,
  mayBeAboutTheWarIn,
  topicWords,
  topicWordsPattern,
} from '../../../src/annotator/topic-words.ts';
import { loadDataset } from '../../../src/data/load.ts';
import { toNameIndex } from '../../../src/data/name-index.ts';
import { DATA } from '../data/helpers.ts';

const pattern = topicWordsPattern(topicWords(toNameIndex(loadDataset(DATA).dataset!).entries));
const FILLER = 'Markets closed higher on Tuesday as investors weighed new tariffs and the budget talks. ';

/** An article whose text is `parts`, each in an element or a text node of its own. */
function article(parts: string[]): HTMLElement {
  const el = document.createElement('article');
  parts.forEach((part, i) => {
    if (i % 3 === 0) el.append(part);
    else {
      const inner = document.createElement(i % 3 === 1 ? 'p' : 'em');
      inner.textContent = part;
      el.append(inner);
    }
  });
  document.body.replaceChildren(el);
  return el;
}

describe('mayBeAboutTheWarIn', () => {
  it('finds a stem cut between two elements, at every place a piece can end', () => {
    for (const before of [4000, 4090, 4094, 4095, 4096, 4100, 8190, 12_500]) {
      // Ending in a space, so the name starts a word wherever the cut falls.
      const lead = `${FILLER.repeat(Math.ceil(before / FILLER.length)).slice(0, before - 1)} `;
      for (const [a, b] of [
        ['Ukr', 'aine'],
        ['Zelen', '\u00ADsky'],
        ['Кре', 'мль'],
      ]) {
        const el = article([lead, a!, `${b} said so.`, FILLER]);
        expect(mayBeAboutTheWar(el.textContent!, pattern), `${before}: ${a}${b}`).toBe(true);
        expect(mayBeAboutTheWarIn(el, pattern), `${before}: ${a}${b}`).toBe(true);
      }
    }
  });

  it('says no on a long page without a stem, and yes where the whole text says yes', () => {
    const words = [
      'Ukraine',
      'Putin',
      'Україна',
      'ceasefire',
      'tariffs',
      'Kyivstar',
      'computing',
      ' ',
      '\u00AD',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(...words)), { maxLength: 12 }),
        (spec) => {
          const parts = spec.flatMap(([n, w]) => [
            FILLER.repeat(Math.ceil(n / FILLER.length)).slice(0, n),
            w,
          ]);
          const el = article(parts.length > 0 ? parts : ['']);
          const whole = mayBeAboutTheWar(el.textContent!, pattern);
          // A piece's start may add a yes (it counts as a word start), never a no.
          if (whole) expect(mayBeAboutTheWarIn(el, pattern)).toBe(true);
          if (!spec.some(([, w]) => w === 'Ukraine' || w === 'Putin' || w === 'Україна'))
            expect(mayBeAboutTheWarIn(el, pattern)).toBe(whole);
        },
      ),
      { seed: 7, numRuns: 150 },
    );
    expect(mayBeAboutTheWarIn(article(Array.from({ length: 300 }, () => FILLER)), pattern)).toBe(false);
  });
});
