/**
 * startCompile: the same matcher as compileMatcher, built in slices with a yield between them, so
 * the content script never compiles the names in one long task. Time is a fake clock here: each
 * reading advances it by 1 ms, so "a slice of 3 ms" means a few names per slice, deterministically.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, PatternError, startCompile } from '../../../src/matcher/index.ts';
import { ROOT, realSource } from './real-data.ts';

const SEED = fs.readFileSync(
  path.join(ROOT, '../shared/sources/unn-2025-04-25-cnn-stumbling-blocks.txt'),
  'utf8',
);

function fakeClock() {
  let t = 0;
  return () => t++;
}

describe('startCompile', () => {
  it('yields between slices and ends with the same matcher as compileMatcher', async () => {
    const source = realSource();
    let yields = 0;
    const pending = startCompile(source, {
      yield: async () => {
        yields++;
      },
      sliceMs: 3,
      now: fakeClock(),
    });
    const sliced = await pending.ready;
    const whole = compileMatcher(source);
    // Hundreds of names, a few per slice: many yields, not one long run.
    expect(yields).toBeGreaterThan(50);
    expect(sliced.stats).toEqual(whole.stats);
    const found = sliced.find(SEED);
    expect(found.length).toBeGreaterThan(20);
    expect(found).toEqual(whole.find(SEED));
    expect(pending.now()).toBe(sliced);
  });

  it('now() finishes a compile that is still running, and the pending slices then end', async () => {
    const source = realSource();
    let release: () => void = () => {};
    let yields = 0;
    const pending = startCompile(source, {
      // A yield that never returns on its own: the compile waits here until released.
      yield: () => {
        yields++;
        return new Promise<void>((ok) => {
          release = ok;
        });
      },
      sliceMs: 3,
      now: fakeClock(),
    });
    expect(yields).toBe(1);
    const m = pending.now();
    expect(m.find(SEED)).toEqual(compileMatcher(source).find(SEED));
    release();
    await expect(pending.ready).resolves.toBe(m);
    expect(yields).toBe(1);
  });

  it('a malformed name rejects `ready` and makes now() throw, like compileMatcher', async () => {
    const source = {
      contexts: {},
      entries: [{ id: 'x', kind: 'party' as const, names: { en: ['(broken'] } }],
    };
    expect(() => compileMatcher(source)).toThrow(PatternError);
    const pending = startCompile(source, { yield: async () => {}, now: fakeClock() });
    await expect(pending.ready).rejects.toThrow(PatternError);
    expect(() => pending.now()).toThrow(PatternError);
  });
});
