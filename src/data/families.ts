/**
 * Verb families (README "Name and pattern syntax"): `<family-id>` inside a name stands for every
 * form of one verb, written once in `data/families.json` in the name syntax itself
 * (`{ "families": { "uk-give-up": { "forms": "відда{ти|м|сть|…}", "description": "…" } } }`).
 *
 * A reference is replaced by `(<forms>)` before anything parses the name, so the validator, the
 * labels, the form counts (MAX_FORMS) and the matcher all read the spelled-out name: the loader
 * (load.ts) substitutes them into the entries it returns, and the tests and the benchmark, which read
 * data/ without the loader, call `withFamilies` the same way.
 *
 * The phrases of context rules (`near`, `notNear`, … every field of `PHRASE_FIELDS`) and of word
 * lists may refer to families too: `contextsWithFamilies` and `wordListsWithFamilies` spell them out
 * before the word lists are expanded, so a problem names the rule (or list), the field and the index
 * as written in meta.json.
 */

import fs from 'node:fs';
import path from 'node:path';
import { nameSyntaxProblem } from './expand-name.ts';
import type { NameNode } from './name-syntax.ts';
import { parseName } from './name-syntax.ts';
import type { ContextRule, NameSpec, WordList } from './types.ts';
import { PHRASE_FIELDS } from './word-lists.ts';

export interface Family {
  /** Every form of the verb, in the name syntax, with no family reference and no word gap. */
  forms: string;
  description: string;
}

export type Families = Record<string, Family>;

/** `<id>`: what a family reference looks like in a name (an id is lowercase words joined by "-"). */
const REFERENCE = /<([^<>]*)>/g;
const FAMILY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The families of `<dataDir>/families.json` as written, unchecked ({} without the file), for the
 * tests and the benchmark, which read data/ without the loader (the loader validates the file).
 */
export function readFamilies(dataDir: string): Families {
  const file = path.join(dataDir, 'families.json');
  if (!fs.existsSync(file)) return {};
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { families: Families }).families;
}

/** What is wrong with one family's definition, or undefined when it is usable. */
export function familyProblem(id: string, family: Family): string | undefined {
  if (!FAMILY_ID.test(id)) return `family id "${id}" must be lowercase words joined by "-"`;
  if (/[<>]/.test(family.forms)) {
    const inner = /<([^<>]*)>/.exec(family.forms);
    return inner
      ? `forms refer to another family <${inner[1]}>: a family lists its own forms only`
      : `malformed forms "${family.forms}": a stray "<" or ">"`;
  }
  const syntax = nameSyntaxProblem(family.forms);
  if (syntax) return `malformed forms: ${syntax}`;
  if (hasGap(parseName(family.forms)))
    return `forms "${family.forms}" hold a word gap (~N): a family lists word forms only`;
  return undefined;
}

function hasGap(nodes: readonly NameNode[]): boolean {
  return nodes.some((n) => n.t === 'gap' || (n.t === 'alt' && n.alts.some(hasGap)));
}

/**
 * `text` with every `<family>` replaced by `(<forms>)`. `problem` is set (and `text` left as it
 * was) when a reference names no family or a family that is itself broken, or a `<`/`>` is stray.
 */
export function substituteFamilies(text: string, families: Families): { text: string; problem?: string } {
  if (!/[<>]/.test(text)) return { text };
  let problem: string | undefined;
  const out = text.replace(REFERENCE, (whole, id: string) => {
    const family = Object.hasOwn(families, id) ? families[id] : undefined;
    if (!family) problem ??= `unknown family ${whole} (not in data/families.json)`;
    else if (familyProblem(id, family)) problem ??= `family ${whole} is malformed (see data/families.json)`;
    return family ? `(${family.forms})` : whole;
  });
  if (!problem && /[<>]/.test(out))
    problem = `a stray "<" or ">" in "${text}" (a family is written <family-id>)`;
  return problem ? { text, problem } : { text: out };
}

/**
 * `names` with every family reference spelled out; `report(lang, index, message)` hears of each
 * name that cannot be (that name is kept as written, so the syntax check names it too).
 */
export function withFamilies<N extends Partial<Record<string, NameSpec[]>>>(
  names: N,
  families: Families,
  report: (lang: string, index: number, message: string) => void = () => {},
): N {
  const out: Partial<Record<string, NameSpec[]>> = {};
  for (const [lang, specs] of Object.entries(names)) {
    if (!specs) continue;
    out[lang] = specs.map((spec, i) => {
      const text = typeof spec === 'string' ? spec : spec.text;
      const { text: spelled, problem } = substituteFamilies(text, families);
      if (problem) report(lang, i, problem);
      if (spelled === text) return spec;
      return typeof spec === 'string' ? spelled : { ...spec, text: spelled };
    });
  }
  return out as N;
}

/**
 * `contexts` with every family reference in a phrase field spelled out; `report(rule, message)`
 * hears of each phrase that cannot be (the message starts with the field and index, "near[2]: …";
 * that phrase is kept as written and so never matches).
 */
export function contextsWithFamilies(
  contexts: Record<string, ContextRule>,
  families: Families,
  report: (rule: string, message: string) => void = () => {},
): Record<string, ContextRule> {
  return Object.fromEntries(
    Object.entries(contexts).map(([id, rule]) => {
      let out = rule;
      for (const field of PHRASE_FIELDS) {
        const phrases = rule[field];
        if (!phrases?.some((p) => /[<>]/.test(p))) continue;
        out = {
          ...out,
          [field]: spellPhrases(phrases, families, (i, problem) => report(id, `${field}[${i}]: ${problem}`)),
        };
      }
      return [id, out];
    }),
  );
}

/** `lists` with every family reference in their words spelled out; `report(list, "words[i]: …")` as above. */
export function wordListsWithFamilies(
  lists: Record<string, WordList>,
  families: Families,
  report: (list: string, message: string) => void = () => {},
): Record<string, WordList> {
  return Object.fromEntries(
    Object.entries(lists).map(([id, list]) => {
      if (!list.words.some((w) => /[<>]/.test(w))) return [id, list];
      const words = spellPhrases(list.words, families, (i, problem) => report(id, `words[${i}]: ${problem}`));
      return [id, { ...list, words }];
    }),
  );
}

/** Phrases with their family references spelled out; `report(index, problem)` hears of each that cannot be. */
function spellPhrases(
  phrases: readonly string[],
  families: Families,
  report: (index: number, problem: string) => void,
): string[] {
  return phrases.map((phrase, i) => {
    const { text, problem } = substituteFamilies(phrase, families);
    if (problem) report(i, problem);
    return text;
  });
}
