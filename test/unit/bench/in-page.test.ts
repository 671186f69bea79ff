// @vitest-environment happy-dom
/**
 * The bench's floor baselines (scripts/bench/in-page.js): the floor with marks finds the same words
 * as the floor, writes exactly as many marks as asked, each around one whole word, and changes no
 * text. (Nothing is timed here: the benchmark is its own command, `npm run bench`.)
 */
import { beforeAll, describe, expect, it } from 'vitest';

type Run = { found: number; marked: number; totalMs: number };
type Bench = {
  floor(root: Element): Run;
  floorMarks(root: Element, count: number): Run;
  floorKeep(root: Element): Run & { chars: number };
};
type Kept = { nodes: Text[]; starts: number[]; text: string };

let bench: Bench;
beforeAll(async () => {
  await import('../../../scripts/bench/in-page.js');
  bench = (window as unknown as { __bench: Bench }).__bench;
});

function article(): HTMLElement {
  const el = document.createElement('article');
  const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
  for (let p = 0; p < 4; p++) {
    const para = document.createElement('p');
    para.append(`${words.slice(p * 10, p * 10 + 6).join(' ')} `);
    const em = document.createElement('em');
    em.textContent = words.slice(p * 10 + 6, p * 10 + 8).join(' ');
    para.append(em, ` ${words.slice(p * 10 + 8, p * 10 + 10).join(', ')}.`);
    el.append(para);
  }
  document.body.replaceChildren(el);
  return el;
}

describe('floor baselines', () => {
  it('floorMarks finds the words the floor finds and wraps as many as asked, every eighth', () => {
    const words = bench.floor(article()).found;
    const root = article();
    const text = root.textContent;
    const r = bench.floorMarks(root, 4);
    expect(words).toBe(40);
    expect(r.found).toBe(words);
    expect(r.marked).toBe(4);
    const marks = [...root.querySelectorAll('mark.bench-floor')].map((m) => m.textContent);
    expect(marks).toEqual(['word0', 'word8', 'word16', 'word24']);
    expect(root.textContent).toBe(text);
  });

  it('floorMarks stops where the page has no more words to wrap', () => {
    const root = article();
    const r = bench.floorMarks(root, 100);
    expect(r.marked).toBe(5);
    expect(root.querySelectorAll('mark').length).toBe(5);
  });

  it('floorKeep finds the words the floor finds and keeps every text node at its offset in the joined text', () => {
    const root = article();
    const r = bench.floorKeep(root);
    const kept = (window as unknown as { __benchKept: Kept }).__benchKept;
    expect(r.found).toBe(40);
    expect(r.marked).toBe(0);
    expect(kept.text).toBe(root.textContent);
    expect(r.chars).toBe(kept.text.length);
    // 4 paragraphs of three text nodes each (before, inside and after the <em>).
    expect(kept.nodes.length).toBe(12);
    kept.nodes.forEach((node, i) => {
      expect(kept.text.slice(kept.starts[i], kept.starts[i]! + node.data.length)).toBe(node.data);
    });
    expect(root.querySelectorAll('mark').length).toBe(0);
  });
});
