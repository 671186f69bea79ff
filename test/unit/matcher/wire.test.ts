/**
 * Mentions cross from the background to the page as numbers (matcher/wire.ts); the page must get
 * exactly what the matcher found, and the message must stay small.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { findAll } from '../../../src/matcher/pieces.ts';
import { packMentions, unpackMentions } from '../../../src/matcher/wire.ts';
import { ROOT, realSource } from './real-data.ts';

const SEED = path.join(ROOT, '../shared/sources/unn-2025-04-25-cnn-stumbling-blocks.txt');
const matcher = compileMatcher(realSource());

describe('packed mentions', () => {
  it('unpack to exactly what the matcher found in the seed article', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    const found = findAll(matcher, text);
    expect(found.length).toBeGreaterThan(50);
    expect(found.some((m) => m.nested)).toBe(true);
    const packed = packMentions(found);
    // Each entry once, four numbers per mention.
    expect(new Set(packed.ids).size).toBe(packed.ids.length);
    expect(packed.at).toHaveLength(found.length * 4);
    expect(unpackMentions(JSON.parse(JSON.stringify(packed)), text)).toEqual(found);
  });

  it('keep the entry, kind, offsets and nesting of each mention', () => {
    const text = 'Ukraine’s counterproposal offers a ceasefire; Russia wants Crimea recognised.';
    const found = matcher.find(text);
    const back = unpackMentions(packMentions(found), text);
    expect(back.map((m) => [m.id, m.kind, m.text, m.nested ?? false])).toEqual(
      found.map((m) => [m.id, m.kind, text.slice(m.start, m.end), m.nested ?? false]),
    );
    expect(back.map((m) => m.text)).toContain('ceasefire');
  });

  it('are empty for a text without names', () => {
    expect(packMentions([])).toEqual({ ids: [], kinds: [], at: [] });
    expect(unpackMentions({ ids: [], kinds: [], at: [] }, 'Nothing here.')).toEqual([]);
  });
});
