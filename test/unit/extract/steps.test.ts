// @vitest-environment happy-dom
/**
 * Extraction in steps (a long page is read across several tasks) must give exactly what one-piece
 * extraction gives: the same text, the same text nodes, the same offsets.
 */
import { describe, expect, it } from 'vitest';
import { extractSteps, extractText } from '../../../src/extract/index.ts';

/** A page with blocks, nested inline markup, skipped elements and empty text nodes, in bulk. */
function bigRoot(blocks: number): Element {
  const root = document.createElement('article');
  for (let i = 0; i < blocks; i++) {
    const p = document.createElement(i % 7 === 0 ? 'li' : 'p');
    p.append(
      `Block ${i}: security `,
      Object.assign(document.createElement('em'), { textContent: 'guarantees' }),
    );
    const link = document.createElement('a');
    link.href = '#';
    link.append('for ', Object.assign(document.createElement('b'), { textContent: 'Ukraine' }));
    p.append(' ', link, document.createTextNode(''), '\n  and   more text.');
    if (i % 5 === 0) p.append(Object.assign(document.createElement('script'), { textContent: 'skip()' }));
    if (i % 11 === 0) p.append(document.createElement('br'), 'after a break');
    const wrap = i % 3 === 0 ? document.createElement('div') : root;
    wrap.append(p);
    if (wrap !== root) root.append(wrap);
  }
  return root;
}

describe('extractSteps', () => {
  it('gives the same text and offsets as extractText, however often it is stopped', () => {
    const root = bigRoot(400);
    const whole = extractText(root);
    const steps = extractSteps(root);
    let rounds = 1;
    // Stop at every check: the walk resumes from exactly where it was each time.
    while (!steps.advance(() => true)) rounds++;
    const stepped = steps.result();

    expect(rounds).toBeGreaterThan(10);
    expect(stepped.text).toBe(whole.text);
    expect(stepped.segments.length).toBe(whole.segments.length);
    stepped.segments.forEach((seg, i) => {
      const other = whole.segments[i]!;
      expect(seg.node).toBe(other.node);
      expect([seg.start, seg.end]).toEqual([other.start, other.end]);
    });
    expect(whole.text).toContain('security guarantees for Ukraine');
  });

  it('leaves joining the text to a call of its own when told to stop after the walk', () => {
    // Fewer nodes than one stop check covers: the walk ends before anything asks to stop.
    const root = bigRoot(2);
    const steps = extractSteps(root);
    let asked = 0;
    expect(
      steps.advance(() => {
        asked++;
        return true;
      }),
    ).toBe(false);
    expect(asked).toBe(1);
    // The next call only joins: it does not ask again, so it always gets there.
    expect(steps.advance(() => true)).toBe(true);
    expect(steps.result().text).toBe(extractText(root).text);
  });

  it('reads everything in one call when never told to stop', () => {
    const root = bigRoot(30);
    const steps = extractSteps(root);
    expect(steps.advance()).toBe(true);
    expect(steps.result().text).toBe(extractText(root).text);
  });
});
