/** Which mentions get a mark (annotator/select.ts): order, overlaps, kinds and density. */
import { describe, expect, it } from 'vitest';
import { selectMentions } from '../../../src/annotator/select.ts';
import type { Mention } from '../../../src/annotator/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/types.ts';

const m = (id: string, kind: Mention['kind'], start: number, end: number): Mention => ({
  id,
  kind,
  start,
  end,
  text: id,
});

// "Ukraine's counterproposal asks for a ceasefire; Ukraine agrees."
const MENTIONS = [
  m('eu-ua-counterproposal-2025-04', 'plan', 0, 25),
  m('ukraine', 'party', 0, 7),
  m('ceasefire', 'proposal', 37, 46),
  m('ukraine', 'party', 48, 55),
];
const EVERY = { ...DEFAULT_SETTINGS, density: 'every' as const };

describe('selectMentions', () => {
  it('keeps the earliest, then longest, of overlapping mentions, in text order', () => {
    const chosen = selectMentions(MENTIONS, EVERY, new Set());
    expect(chosen.map((c) => [c.id, c.start])).toEqual([
      ['eu-ua-counterproposal-2025-04', 0],
      ['ceasefire', 37],
      ['ukraine', 48],
    ]);
  });

  it('gives the same marks whatever order the mentions come in', () => {
    const shuffled = [MENTIONS[3]!, MENTIONS[1]!, MENTIONS[2]!, MENTIONS[0]!];
    expect(selectMentions(shuffled, EVERY, new Set())).toEqual(selectMentions(MENTIONS, EVERY, new Set()));
    // The caller's list is left as it was.
    expect(shuffled[0]).toBe(MENTIONS[3]);
  });

  it('marks a party at its first mention only with density "first", across passes', () => {
    const seen = new Set<string>();
    const first = selectMentions([MENTIONS[1]!, MENTIONS[3]!], DEFAULT_SETTINGS, seen);
    expect(first.map((c) => c.start)).toEqual([0]);
    expect(selectMentions([MENTIONS[3]!], DEFAULT_SETTINGS, seen)).toEqual([]);
  });

  it('leaves out the kinds turned off', () => {
    const noPlans = { ...EVERY, kinds: { ...EVERY.kinds, plan: false } };
    expect(selectMentions(MENTIONS, noPlans, new Set()).map((c) => c.id)).toEqual([
      'ukraine',
      'ceasefire',
      'ukraine',
    ]);
  });
});
