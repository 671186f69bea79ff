import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import { toNameIndex } from '../../../src/data/name-index.ts';
import { expandWordLists, resolveWordLists } from '../../../src/data/word-lists.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { DATA } from './helpers.ts';

const lists = {
  ukraine: { description: 'Ukraine', words: ['Ukraine', '(Kyiv|Kiev)'] },
  russia: { description: 'Russia', words: ['Russia'] },
};

describe('resolveWordLists', () => {
  it('spells out a list named inside another, however deep, and leaves plain lists as they are', () => {
    const problems: string[] = [];
    const out = resolveWordLists(
      {
        relief: { description: 'r', words: ['relief', '@sanctions'] },
        sanctions: { description: 's', words: ['sanctions', '@curbs'] },
        curbs: { description: 'c', words: ['curbs', 'restrictions'] },
      },
      (list, m) => problems.push(`${list}: ${m}`),
    );
    expect(out.relief!.words).toEqual(['relief', 'sanctions', 'curbs', 'restrictions']);
    expect(out.sanctions!.words).toEqual(['sanctions', 'curbs', 'restrictions']);
    expect(out.curbs).toEqual({ description: 'c', words: ['curbs', 'restrictions'] });
    expect(problems).toEqual([]);
  });

  it('reports, naming the list and the word, a list that does not exist and a list that names itself', () => {
    const problems: string[] = [];
    const out = resolveWordLists(
      {
        a: { description: 'a', words: ['one', '@b'] },
        b: { description: 'b', words: ['two', '@a'] },
        c: { description: 'c', words: ['@c', 'three', '@nope'] },
      },
      (list, m) => problems.push(`${list}: ${m}`),
    );
    expect(problems).toEqual([
      'b: words[1]: word list "@a" names itself (@a -> @b -> @a)',
      'c: words[0]: word list "@c" names itself (@c -> @c)',
      'c: words[2]: unknown word list "@nope" (word lists: @a, @b, @c)',
    ]);
    expect(out.a!.words).toEqual(['one', 'two']);
    expect(out.c!.words).toEqual(['three']);
  });

  it("hands a rule the inner list's words through the outer list", () => {
    const resolved = resolveWordLists(
      {
        outer: { description: 'o', words: ['peace', '@inner'] },
        inner: { description: 'i', words: ['Kyiv'] },
      },
      () => {},
    );
    const out = expandWordLists({ r: { near: ['@outer'], description: 'r' } }, resolved, () => {});
    expect(out.r!.near).toEqual(['peace', 'Kyiv']);
  });
});

describe('expandWordLists', () => {
  it('replaces each "@list" with the list, in near and notNear, and leaves the rest as it is', () => {
    const problems: string[] = [];
    const out = expandWordLists(
      {
        a: { near: ['@ukraine', 'peace'], notNear: ['@russia'], window: 20, description: 'a' },
        b: { actor: true, description: 'b' },
      },
      lists,
      (rule, m) => problems.push(`${rule}: ${m}`),
    );
    expect(out.a).toEqual({
      near: ['Ukraine', '(Kyiv|Kiev)', 'peace'],
      notNear: ['Russia'],
      window: 20,
      description: 'a',
    });
    expect(out.b).toEqual({ actor: true, description: 'b' });
    expect(problems).toEqual([]);
  });

  it('reports an unknown list with the rule, the place and the lists there are', () => {
    const problems: string[] = [];
    const out = expandWordLists({ a: { near: ['peace', '@ukrane'], description: 'a' } }, lists, (rule, m) =>
      problems.push(`${rule}: ${m}`),
    );
    expect(problems).toEqual(['a: near[1]: unknown word list "@ukrane" (word lists: @ukraine, @russia)']);
    expect(out.a!.near).toEqual(['peace']);
    const none: string[] = [];
    expandWordLists({ a: { notNear: ['@x'], description: 'a' } }, {}, (rule, m) =>
      none.push(`${rule}: ${m}`),
    );
    expect(none).toEqual(['a: notNear[0]: unknown word list "@x" (meta.json has no wordLists)']);
  });

  it('serves the real rules: a phrase from the shared Ukraine list works in every rule that names it', () => {
    const { dataset, problems } = loadDataset(DATA);
    expect(problems).toEqual([]);
    const users = Object.entries(dataset!.contexts).filter(([, r]) => r.near?.includes('Zelensk{y|yy|iy}'));
    expect(users.map(([id]) => id).sort()).toEqual([
      'arms-sale-frame',
      'arms-system-ukraine',
      'arms-ukraine-not-elsewhere',
      'arms-ukraine-wanted',
      'army-cut-ukraine',
      'backstop-near',
      'captive-exchange-near',
      'captive-people-near',
      'captive-release-near',
      'children-list-near',
      'children-war-near',
      'coalition-force-near',
      'day-pause-near',
      'demilitarization-not-site',
      'disarmament-ukraine',
      'elections-beside-sure',
      'elections-ukraine-near',
      'en-black-sea-truce',
      'en-elections-not-abroad',
      'en-guarantee-qualified-near',
      'en-pause-near',
      'eu-force-near',
      'force-ukraine-not-elsewhere',
      'guarantee-attack-ukraine',
      'guarantee-term-near',
      'guarantors-ukraine',
      'jets-not-civil',
      'land-given-near',
      'memorandum-2025-06',
      'memorandum-2025-06-genitive',
      'non-aggression-near',
      'nuclear-renounce-near',
      'nuclear-status-near',
      'peacekeepers-ukraine',
      'referendum-ukraine',
      'referendums-ukraine',
      'ru-kellogg-near',
      'security-deal-with-us',
      'ti-ukraine-regains',
      'tomahawk-cyr-ukraine',
      'tomahawk-ukraine',
      'uk-elections-not-abroad',
      'ukraine-eu-applicant',
      'ukraine-joining-not-russia',
      'ukraine-near',
      'ukraine-near-held-not-by-russia',
      'ukraine-near-not-nato-own',
      'ukraine-near-not-psa',
      'ukraine-near-not-russia-leaving',
      'ukraine-near-not-russia-sending',
      'ukraine-near-not-russian-forces',
      'ukraine-not-other-applicants',
      'ukraine-war-near',
      'ukraine-war-one-clause',
      'war-amnesty-near',
      'war-fire-near',
    ]);
    for (const [, rule] of Object.entries(dataset!.contexts))
      for (const p of [...(rule.near ?? []), ...(rule.notNear ?? [])])
        expect(p.startsWith('@'), p).toBe(false);
    // "military aid" carries ukraine-near: near Zelensky or Kyiv it counts, near Israel it does not.
    const m = compileMatcher(toNameIndex(dataset!));
    const ids = (t: string) => m.find(t).map((x) => x.id);
    expect(ids('Zelensky asked for more military aid.')).toContain('military-aid');
    expect(ids('Kyiv asked for more military aid.')).toContain('military-aid');
    expect(ids('Israel asked for more military aid.')).not.toContain('military-aid');
    // Every name of the dataset, whole: past 5 s on a slow, shared machine.
  }, 60_000);
});
