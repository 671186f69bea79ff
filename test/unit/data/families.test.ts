/**
 * Verb families (data/families.json, src/data/families.ts): `<family-id>` in a name stands for
 * `(<forms>)`, spelled out where the names are read, so the validator, the form count, the labels
 * and the matcher all see every form; a broken family or reference is a `data check` error naming
 * the file, the entry and the reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { expandName } from '../../../src/data/expand-name.ts';
import {
  contextsWithFamilies,
  type Families,
  familyProblem,
  substituteFamilies,
  withFamilies,
  wordListsWithFamilies,
} from '../../../src/data/families.ts';
import { loadDataset } from '../../../src/data/load.ts';
import type { Entry } from '../../../src/data/types.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { copyData, line } from './helpers.ts';

const FAMILIES: Families = {
  'uk-give-up': { forms: 'відда{ти|сть|ла}', description: 'віддати' },
  'en-cede': { forms: 'ced{e|es|ed}', description: 'cede' },
};

describe('substituting families', () => {
  it('spells a reference out as a group, which joins the text around it', () => {
    expect(substituteFamilies('<uk-give-up> Донбас', FAMILIES)).toEqual({
      text: '(відда{ти|сть|ла}) Донбас',
    });
    expect(expandName(substituteFamilies('<en-cede> Donbas', FAMILIES).text)).toEqual([
      'cede Donbas',
      'cedes Donbas',
      'ceded Donbas',
    ]);
    expect(substituteFamilies('no reference here', FAMILIES)).toEqual({ text: 'no reference here' });
  });

  it('names an unknown family and a stray bracket', () => {
    expect(substituteFamilies('<uk-give-upp> Донбас', FAMILIES).problem).toBe(
      'unknown family <uk-give-upp> (not in data/families.json)',
    );
    expect(substituteFamilies('<uk-give-up Донбас', FAMILIES).problem).toMatch(/stray "<" or ">"/);
  });

  it('refuses a family that refers to another, malformed forms, a word gap and a bad id', () => {
    expect(familyProblem('uk-a', { forms: '<uk-give-up>', description: 'x' })).toMatch(
      /refer to another family <uk-give-up>/,
    );
    expect(familyProblem('uk-a', { forms: 'відда{ти|сть', description: 'x' })).toMatch(
      /^malformed forms: .*never closed/,
    );
    expect(familyProblem('uk-a', { forms: 'give ~2 up', description: 'x' })).toMatch(/word gap/);
    expect(familyProblem('UK_A', { forms: 'give', description: 'x' })).toMatch(/lowercase words/);
    expect(familyProblem('uk-a', { forms: 'give{|s} up', description: 'x' })).toBeUndefined();
  });

  it('keeps a name object’s rules and reports a bad reference by language and index', () => {
    const reports: string[] = [];
    const names = withFamilies(
      {
        en: ['<en-cede> Donbas', { text: '<en-cede> Donetsk', context: 'ukraine-near' }],
        uk: ['<nope> Донбас'],
      },
      FAMILIES,
      (lang, i, message) => reports.push(`${lang}[${i}]: ${message}`),
    );
    expect(names.en).toEqual([
      '(ced{e|es|ed}) Donbas',
      { text: '(ced{e|es|ed}) Donetsk', context: 'ukraine-near' },
    ]);
    expect(reports).toEqual(['uk[0]: unknown family <nope> (not in data/families.json)']);
  });

  it('lets the matcher find every form of the family', () => {
    const entries = [
      {
        id: 'x',
        kind: 'proposal',
        names: withFamilies({ en: ['<en-cede> Donbas'], uk: ['<uk-give-up> Донбас'] }, FAMILIES),
      },
    ] as Pick<Entry, 'id' | 'kind' | 'names'>[];
    const matcher = compileMatcher({ entries, contexts: {} });
    for (const text of ['Kyiv cedes Donbas.', 'Kyiv ceded Donbas.', 'Україна віддала Донбас.'])
      expect(
        matcher.find(text, { lang: 'auto' }).map((m) => m.id),
        text,
      ).toEqual(['x']);
  });
});

describe('families in context rules', () => {
  it('spells a reference out in every phrase field of a rule, and in a word list', () => {
    const reports: string[] = [];
    const out = contextsWithFamilies(
      {
        a: {
          near: ['<en-cede> Donbas', 'Kyiv'],
          notNearer: ['<en-cede>'],
          notPrecededBy: ['Russia <en-cede>'],
          window: 5,
          description: 'a',
        },
        b: { actor: true, description: 'b' },
      },
      FAMILIES,
      (rule, m) => reports.push(`${rule}: ${m}`),
    );
    expect(out.a).toEqual({
      near: ['(ced{e|es|ed}) Donbas', 'Kyiv'],
      notNearer: ['(ced{e|es|ed})'],
      notPrecededBy: ['Russia (ced{e|es|ed})'],
      window: 5,
      description: 'a',
    });
    expect(out.b).toEqual({ actor: true, description: 'b' });
    const lists = wordListsWithFamilies(
      { l: { description: 'l', words: ['Kyiv', '<uk-give-up>'] } },
      FAMILIES,
      (list, m) => reports.push(`${list}: ${m}`),
    );
    expect(lists.l!.words).toEqual(['Kyiv', '(відда{ти|сть|ла})']);
    expect(reports).toEqual([]);
  });

  it('names the rule, the field and the index of a bad reference', () => {
    const reports: string[] = [];
    const out = contextsWithFamilies(
      { a: { near: ['Kyiv'], unlessNear: ['x', '<en-ceed> Donbas'], description: 'a' } },
      FAMILIES,
      (rule, m) => reports.push(`${rule}: ${m}`),
    );
    expect(reports).toEqual(['a: unlessNear[1]: unknown family <en-ceed> (not in data/families.json)']);
    expect(out.a!.unlessNear).toEqual(['x', '<en-ceed> Donbas']);
    wordListsWithFamilies({ l: { description: 'l', words: ['<en-cede'] } }, FAMILIES, (list, m) =>
      reports.push(`${list}: ${m}`),
    );
    expect(reports[1]).toMatch(/^l: words\[0\]: a stray "<" or ">"/);
  });

  it('lets a rule’s phrase find every form of the family', () => {
    const entries = [
      { id: 'x', kind: 'proposal', names: { en: [{ text: 'Donbas', context: 'c' }] } },
    ] as Pick<Entry, 'id' | 'kind' | 'names'>[];
    const contexts = contextsWithFamilies(
      { c: { near: ['<en-cede>'], window: 3, description: 'c' } },
      FAMILIES,
    );
    const matcher = compileMatcher({ entries, contexts });
    const ids = (text: string) => matcher.find(text, { lang: 'auto' }).map((m) => m.id);
    for (const text of ['Kyiv ceded Donbas.', 'Kyiv cedes Donbas.', 'Kyiv will cede Donbas.'])
      expect(ids(text), text).toEqual(['x']);
    expect(ids('Kyiv defends Donbas.')).toEqual([]);
  });
});

describe('data check and families', () => {
  let copy: ReturnType<typeof copyData>;
  afterEach(() => copy?.cleanup());
  const problemsAfter = (edit: (c: ReturnType<typeof copyData>) => void) => {
    copy = copyData();
    edit(copy);
    return loadDataset(copy.dir).problems.map(line);
  };
  const ENTRY = 'entries/proposals/ceasefire.json';
  const addName = (c: ReturnType<typeof copyData>, name: string) => {
    const e = c.read<{ names: { en: unknown[] } }>(ENTRY);
    e.names.en.push(name);
    c.write(ENTRY, e);
  };
  const setFamily = (c: ReturnType<typeof copyData>, id: string, forms: string) => {
    const f = c.read<{ families: Families }>('families.json');
    f.families[id] = { forms, description: 'a test family' };
    c.write('families.json', f);
  };

  it('loads the real families and spells them out in the entries it returns', () => {
    copy = copyData();
    const { dataset, problems } = loadDataset(copy.dir);
    expect(problems).toEqual([]);
    const names = JSON.stringify(dataset!.entries.map((e) => e.names));
    expect(names).not.toMatch(/<[a-z]+-[a-z-]+>/);
    expect(JSON.stringify(dataset!.contexts)).not.toMatch(/<[a-z]+-[a-z-]+>/);
    const donbas = dataset!.entries.find((e) => e.id === 'donbas-withdrawal')!;
    expect(JSON.stringify(donbas.names.uk)).toContain('(відда{');
  });

  it('refuses an unknown family, naming the file, the entry and the name', () => {
    expect(problemsAfter((c) => addName(c, '<en-ceed> ceasefire'))).toContain(
      `data/${ENTRY}: ceasefire: names.en[${copy.read<{ names: { en: unknown[] } }>(ENTRY).names.en.length - 1}]: unknown family <en-ceed> (not in data/families.json)`,
    );
  });

  it('refuses a family that refers to another family', () => {
    const problems = problemsAfter((c) => setFamily(c, 'en-test', '<en-cede>'));
    expect(problems).toContain(
      'data/families.json: families.en-test: forms refer to another family <en-cede>: a family lists its own forms only',
    );
  });

  it('refuses malformed forms, and a name that uses them', () => {
    const problems = problemsAfter((c) => {
      setFamily(c, 'en-test', 'ced{e|es');
      addName(c, '<en-test> a truce');
    });
    expect(
      problems.some((p) =>
        /^data\/families\.json: families\.en-test: malformed forms: .*never closed/.test(p),
      ),
    ).toBe(true);
    expect(
      problems.some((p) =>
        /^data\/entries\/proposals\/ceasefire\.json: ceasefire: names\.en\[\d+\]: family <en-test> is malformed/.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  it('counts a family’s forms against the limit of a name', () => {
    const problems = problemsAfter((c) => {
      setFamily(c, 'en-test', '(a|b|c|d|e|f|g|h){a|b|c|d|e|f|g|h}');
      addName(c, '<en-test> <en-test> truce');
    });
    expect(problems.some((p) => /ceasefire: names\.en\[\d+\]: name ".*" has 4096 forms/.test(p))).toBe(false);
    const more = problemsAfter((c) => {
      setFamily(c, 'en-test', '(a|b|c|d|e|f|g|h){a|b|c|d|e|f|g|h|i}');
      addName(c, '<en-test> <en-test> truce');
    });
    expect(
      more.some((p) => /ceasefire: names\.en\[\d+\]: name ".*" has 5184 forms, more than 4096/.test(p)),
    ).toBe(true);
  });

  it('refuses an unknown family in a context rule and in a word list, naming the rule and the place', () => {
    let ruleId = '';
    let nearIndex = 0;
    let listId = '';
    const problems = problemsAfter((c) => {
      const meta = c.read<{
        contexts: Record<string, { near?: string[] }>;
        wordLists: Record<string, { words: string[] }>;
      }>('meta.json');
      const rule = Object.entries(meta.contexts).find(([, r]) => r.near)!;
      rule[1].near!.push('<en-ceed> Donbas');
      const list = Object.keys(meta.wordLists)[0]!;
      meta.wordLists[list]!.words.unshift('<nope>');
      c.write('meta.json', meta);
      ruleId = rule[0];
      nearIndex = rule[1].near!.length - 1;
      listId = list;
    });
    expect(problems).toContain(
      `data/meta.json: contexts.${ruleId}: near[${nearIndex}]: unknown family <en-ceed> (not in data/families.json)`,
    );
    expect(problems).toContain(
      `data/meta.json: wordLists.${listId}: words[0]: unknown family <nope> (not in data/families.json)`,
    );
  });
  it('loads a context rule that uses a family, spelled out', () => {
    copy = copyData();
    const meta = copy.read<{ contexts: Record<string, { near?: string[] }> }>('meta.json');
    const [id, rule] = Object.entries(meta.contexts).find(([, r]) => r.near)!;
    rule.near!.push('<en-cede> Donbas');
    copy.write('meta.json', meta);
    const cede = copy.read<{ families: Families }>('families.json').families['en-cede']!.forms;
    const { dataset, problems } = loadDataset(copy.dir);
    expect(problems.map(line)).toEqual([]);
    expect(dataset!.contexts[id]!.near).toContain(`(${cede}) Donbas`);
  });

  it('refuses a families file with unknown fields', () => {
    const problems = problemsAfter((c) => c.writeRaw('families.json', '{ "families": {}, "extra": 1 }'));
    expect(problems.some((p) => p.startsWith('data/families.json: families: '))).toBe(true);
  });
});
