/**
 * Property tests of the pure matcher on hostile text: many scripts, right-to-left, emoji, combining
 * marks, zero-width characters, lone surrogates, and one 5 MB text. Invariants: no exception,
 * offsets valid, the slice equals the reported text, mentions well-formed and deterministic.
 * Fixed seed (FC_SEED overrides); fast-check prints the shrunk counterexample on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import type { Mention } from '../../../src/matcher/types.ts';
import { bigText, FC, textOf } from './arbitraries.ts';
import { KIND_OF, MATCH_SOURCE, PLAIN_NAMES } from './source.ts';

const matcher = compileMatcher(MATCH_SOURCE);
const LANGS = ['auto', 'en', 'uk'] as const;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Every way a mention list can be malformed for `text`; empty when it is sound. */
function problems(text: string, mentions: Mention[]): string[] {
  const out: string[] = [];
  mentions.forEach((m, i) => {
    const where = `#${i} ${JSON.stringify(m)}`;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) out.push(`${where}: offsets not integers`);
    if (m.start < 0 || m.end > text.length || m.start >= m.end) out.push(`${where}: offsets out of range`);
    if (text.slice(m.start, m.end) !== m.text)
      out.push(`${where}: slice is ${JSON.stringify(text.slice(m.start, m.end))}`);
    if (KIND_OF.get(m.id) !== m.kind) out.push(`${where}: unknown id or wrong kind`);
    // A mark must never cut a surrogate pair in two: the page would show broken characters.
    if (m.start > 0 && isLow(text.charCodeAt(m.start)) && isHigh(text.charCodeAt(m.start - 1))) {
      out.push(`${where}: starts inside a surrogate pair`);
    }
    if (m.end < text.length && isLow(text.charCodeAt(m.end)) && isHigh(text.charCodeAt(m.end - 1))) {
      out.push(`${where}: ends inside a surrogate pair`);
    }
    if (i > 0 && mentions[i - 1]!.start > m.start) out.push(`${where}: not sorted by start`);
  });
  const top = mentions.filter((m) => !m.nested);
  for (let i = 1; i < top.length; i++) {
    if (top[i]!.start < top[i - 1]!.end)
      out.push(`top-level mentions overlap: ${top[i - 1]!.text} / ${top[i]!.text}`);
  }
  for (const m of mentions.filter((n) => n.nested)) {
    // Top-level mentions are sorted and disjoint: the only candidate is the last one starting at or before m.
    let lo = 0;
    let hi = top.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (top[mid]!.start <= m.start) lo = mid;
      else hi = mid - 1;
    }
    const t = top[lo];
    const outer = t && t.start <= m.start && m.end <= t.end && t.end - t.start > m.end - m.start;
    if (!outer) out.push(`nested mention ${JSON.stringify(m)} lies inside no longer mention`);
  }
  return out;
}

describe('the invariant checker itself', () => {
  it('flags malformed mentions', () => {
    const text = 'Ukraine 🇺🇦 and Russia';
    const ok: Mention = { id: 'ukraine', kind: 'party', start: 0, end: 7, text: 'Ukraine' };
    expect(problems(text, [ok])).toEqual([]);
    expect(problems(text, [{ ...ok, end: 8 }]).join()).toMatch(/slice/);
    expect(problems(text, [{ ...ok, start: -1 }]).join()).toMatch(/range/);
    expect(problems(text, [{ ...ok, kind: 'proposal' }]).join()).toMatch(/kind/);
    expect(problems(text, [{ ...ok, start: 9, end: 12, text: text.slice(9, 12) }]).join()).toMatch(
      /surrogate/,
    );
    expect(problems(text, [ok, { ...ok, start: 3, end: 9, text: text.slice(3, 9) }]).join()).toMatch(
      /overlap/,
    );
    expect(problems(text, [{ ...ok, nested: true }]).join()).toMatch(/nested/);
  });
});

describe('matcher properties', () => {
  it('finds well-formed mentions in any text, in every language mode', () => {
    fc.assert(
      fc.property(textOf(40), fc.constantFrom(...LANGS), (text, lang) => {
        const mentions = matcher.find(text, { lang });
        expect(problems(text, mentions)).toEqual([]);
      }),
      { ...FC, numRuns: 1000 },
    );
  }, 60_000);

  it('is deterministic: the same text gives the same mentions', () => {
    fc.assert(
      fc.property(textOf(30), (text) => {
        expect(matcher.find(text)).toEqual(matcher.find(text));
      }),
      { ...FC, numRuns: 300 },
    );
  }, 60_000);

  it('finds a context-free name wherever it stands in noise', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAIN_NAMES), textOf(6), textOf(6), (name, before, after) => {
        const text = `${before}\n\n${name} said. ${after}`;
        const mentions = matcher.find(text);
        expect(problems(text, mentions)).toEqual([]);
        const at = text.indexOf(`\n\n${name} said.`) + 2;
        const found = mentions.filter((m) => m.start < at + name.length && m.end > at);
        expect(found.length, `no mention overlaps ${JSON.stringify(name)}`).toBeGreaterThan(0);
      }),
      { ...FC, numRuns: 300 },
    );
  }, 60_000);

  it('survives random code units, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({
          unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
          maxLength: 200,
        }),
        (a, b) => {
          const text = `${a} Ukraine ${b} ceasefire ${a}`;
          expect(problems(text, matcher.find(text))).toEqual([]);
        },
      ),
      { ...FC, numRuns: 400 },
    );
  }, 60_000);

  it('handles a single 5 MB text without error and with valid offsets', () => {
    const text = bigText(5 * 1024 * 1024, FC.seed);
    expect(text.length).toBe(5 * 1024 * 1024);
    const mentions = matcher.find(text);
    expect(mentions.length).toBeGreaterThan(1000);
    expect(problems(text, mentions).slice(0, 5)).toEqual([]);
  }, 60_000);
});
