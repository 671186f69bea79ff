/**
 * The page and the background cut a long text the same way (matcher/pieces.ts), so a text gets the
 * same mentions wherever it is matched.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { FIND_CHUNK, findAll, pieces, WHOLE_TEXT } from '../../../src/matcher/pieces.ts';
import { realSource } from './real-data.ts';

const matcher = compileMatcher(realSource());

function liveBlog(entries: number): string {
  const lines: string[] = [];
  for (let i = 0; i < entries; i++)
    lines.push(
      i % 3 === 0
        ? `${i}: Zelensky said Ukraine would never recognize Russia's control over Crimea.`
        : i % 3 === 1
          ? `${i}: Witkoff met Putin in Moscow to discuss a ceasefire and lifting sanctions.`
          : `${i}: Європа обговорює гарантії безпеки для України.`,
    );
  return lines.join('\n');
}

describe('pieces of a long text', () => {
  it('match a normal article whole', () => {
    const calls: [number, number][] = [];
    const text = liveBlog(20);
    const find = (t: string, r?: { from: number; to: number }) => {
      calls.push([r?.from ?? 0, r?.to ?? t.length]);
      return [];
    };
    findAll({ find }, text);
    expect(calls).toEqual([[0, text.length]]);
  });

  it('cut a long text at line breaks into pieces of at most FIND_CHUNK characters, covering it once', () => {
    const text = liveBlog(2000);
    expect(text.length).toBeGreaterThan(WHOLE_TEXT);
    const ranges: [number, number][] = [];
    const find = (_t: string, r?: { from: number; to: number }) => {
      ranges.push([r!.from, r!.to]);
      return [];
    };
    findAll({ find }, text);
    const cut = [...pieces(text)];
    expect(ranges[0]![0]).toBe(0);
    expect(ranges.at(-1)![1]).toBe(text.length);
    for (const [i, [from, to]] of ranges.entries()) {
      expect(to - from).toBeLessThanOrEqual(FIND_CHUNK);
      if (i > 0) expect(from).toBe(ranges[i - 1]![1]);
      if (to < text.length) expect(text[to - 1]).toBe('\n');
      expect(cut[i]).toEqual({ from, to });
    }
  });

  it('find in a long text what matching each piece as a text of its own finds', () => {
    const text = liveBlog(2000);
    const found = findAll(matcher, text);
    const expected = [];
    for (const { from, to } of pieces(text))
      for (const m of matcher.find(text.slice(from, to)))
        expected.push({ ...m, start: m.start + from, end: m.end + from });
    expect(found).toEqual(expected);
    expect(new Set(found.map((m) => m.id))).toEqual(
      new Set([
        'zelensky',
        'ukraine',
        'russia',
        'crimea-recognition',
        'witkoff',
        'putin',
        'ceasefire',
        'sanctions-relief',
        'europe',
        'security-guarantees',
      ]),
    );
  });
});
