/** Test helper: the real dataset's names, read straight from data/ (no validation needed here). */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readFamilies, withFamilies } from '../../../src/data/families.ts';
import { contextRules } from '../../../src/data/load.ts';
import type { ContextRule, Entry, WordList } from '../../../src/data/types.ts';
import { compileMatcher, type Matcher, type MatchSource, type Mention } from '../../../src/matcher/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : [];
  });
}

/** The dataset's entries and context rules as a MatchSource. */
export function realSource(): MatchSource {
  const entries = walk(path.join(ROOT, 'data/entries'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Entry);
  const families = readFamilies(path.join(ROOT, 'data'));
  const metaFile = path.join(ROOT, 'data/meta.json');
  const meta = fs.existsSync(metaFile)
    ? (JSON.parse(fs.readFileSync(metaFile, 'utf8')) as {
        contexts: Record<string, ContextRule>;
        wordLists?: Record<string, WordList>;
      })
    : { contexts: {} };
  const contexts = contextRules(meta, families, (where, message) => {
    throw new Error(`data/meta.json: ${where}: ${message}`);
  });
  const names = (e: Entry) =>
    withFamilies(e.names, families, (lang, i, message) => {
      throw new Error(`${e.id}: names.${lang}[${i}]: ${message}`);
    });
  return { entries: entries.map((e) => ({ id: e.id, kind: e.kind, names: names(e) })), contexts };
}

/** The proposals (outermost mentions only) `matcher` (the real one by default) finds in a text, any language. */
export function proposalFinder(matcher: Matcher = compileMatcher(realSource())): (text: string) => Mention[] {
  return (text) => matcher.find(text, { lang: 'auto' }).filter((m) => !m.nested && m.kind === 'proposal');
}

/** The outermost mentions of one proposal, `id`, that `find` (the real matcher's proposals by default) finds. */
export function mentionsOf(id: string, find = proposalFinder()): (text: string) => Mention[] {
  return (text) => find(text).filter((m) => m.id === id);
}

/** The texts of the outermost mentions of entry `id` (any kind) that `matcher` finds in a text, any language. */
export function outermostTexts(
  matcher: Matcher = compileMatcher(realSource()),
): (text: string, id: string) => string[] {
  return (text, id) =>
    matcher
      .find(text, { lang: 'auto' })
      .filter((m) => m.id === id && !m.nested)
      .map((m) => m.text);
}

/**
 * Every plan and proposal mention `matcher` finds in a text, as "id: text": what a look-alike must not
 * show. Nested ones too, unless `outermost` (then what a reader sees marked).
 */
export function plansAndProposals(
  matcher: Matcher,
  lang: 'auto' | 'en' = 'auto',
  outermost = false,
): (text: string) => string[] {
  return (text) =>
    matcher
      .find(text, { lang })
      .filter((m) => m.kind !== 'party' && !(outermost && m.nested))
      .map((m) => `${m.id}: ${m.text}`);
}

/** A phrasing row: the entry, a sentence, and how many outermost mentions of it the sentence must have. */
export type CountRow = [id: string, text: string, count: number];

let realMatcher: Matcher | undefined;

/** The real dataset compiled once per test file: a compile holds hundreds of MB, and a file with a dozen
 * tables ran its worker out of heap when each call compiled its own. */
export function sharedRealMatcher(): Matcher {
  realMatcher ??= compileMatcher(realSource());
  return realMatcher;
}

/** One test per row: `matcher` (the real one by default) finds exactly `count` outermost mentions of `id`. */
export function checkCounts(rows: CountRow[], matcher: Matcher = sharedRealMatcher()): void {
  it.each(rows)('%s: %s → %i', (id, text, count) => {
    const found = matcher.find(text, { lang: 'auto' }).filter((m) => !m.nested && m.id === id);
    expect(found.map((m) => m.text)).toHaveLength(count);
  });
}

/**
 * Crimea recognised together with other regions counts for both ids (the set's convention), one
 * mention inside the other: the two must not share a span, or the choice among overlaps keeps one.
 */
export function findsCrimeaAndTheRegions(how: string, texts: string[]): void {
  it.each(texts)(`finds Crimea and the regions ${how}, one inside the other: %s`, (text) => {
    const found = sharedRealMatcher().find(text, { lang: 'auto' });
    expect(found.filter((m) => m.id === 'crimea-recognition')).toHaveLength(1);
    expect(found.filter((m) => m.id === 'occupied-territories')).toHaveLength(1);
    expect(found.filter((m) => m.nested && /crimea|occupied/.test(m.id))).toHaveLength(1);
  });
}
