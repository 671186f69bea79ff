// Each refusal the dataset promises, proven on a private copy of data/ with one thing broken.
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import type { Position } from '../../../src/data/types.ts';
import { copyData, DATA, line } from './helpers.ts';

type Copy = ReturnType<typeof copyData>;
let copy: Copy;
afterEach(() => copy?.cleanup());

/** Loads the broken copy and returns its problems as printed lines. */
function problemsAfter(edit: (c: Copy) => void): string[] {
  copy = copyData();
  edit(copy);
  return loadDataset(copy.dir).problems.map(line);
}

const CEASEFIRE = 'positions/ceasefire.json';
const editFirstPosition = (c: Copy, change: (p: Record<string, unknown>) => void) => {
  const list = c.read<Record<string, unknown>[]>(CEASEFIRE);
  change(list[0]!);
  c.write(CEASEFIRE, list);
  return list[0]!.id as string;
};

describe('the dataset refuses bad data with a precise message', () => {
  it('accepts the untouched copy', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses a duplicate entry id', () => {
    const problems = problemsAfter((c) => {
      c.write('entries/proposals/ceasefire-copy.json', c.read('entries/proposals/ceasefire.json'));
    });
    expect(problems).toContain(
      'data/entries/proposals/ceasefire.json: ceasefire: duplicate id "ceasefire" (also in data/entries/proposals/ceasefire-copy.json)',
    );
  });

  it('refuses a duplicate position id', () => {
    const problems = problemsAfter((c) => {
      const list = c.read<Position[]>(CEASEFIRE);
      c.write(CEASEFIRE, [...list, list[0]]);
    });
    expect(problems.some((p) => /^data\/positions\/ceasefire\.json: .+: duplicate id ".+"/.test(p))).toBe(
      true,
    );
  });

  it('refuses a dangling party reference in a position', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        p.party = 'narnia';
      });
    });
    expect(problems).toContain(`data/positions/ceasefire.json: ${id}: party "narnia" is not a party id`);
  });

  it('refuses dangling references in plans and people', () => {
    const problems = problemsAfter((c) => {
      const plan = c.read<Record<string, unknown>>('entries/plans/us-ua-20-point-plan-2025-12.json');
      c.write('entries/plans/us-ua-20-point-plan-2025-12.json', { ...plan, supersedes: 'no-such-plan' });
      const person = c.read<Record<string, unknown>>('entries/people/kellogg.json');
      c.write('entries/people/kellogg.json', { ...person, represents: 'atlantis' });
      const formula = c.read<{ points: { proposal: string }[] }>('entries/plans/peace-formula-2022.json');
      formula.points[0]!.proposal = 'world-peace';
      c.write('entries/plans/peace-formula-2022.json', formula);
    });
    expect(problems).toContain(
      'data/entries/plans/us-ua-20-point-plan-2025-12.json: us-ua-20-point-plan-2025-12: supersedes "no-such-plan", which is not a plan id',
    );
    expect(problems).toContain(
      'data/entries/people/kellogg.json: kellogg: represents "atlantis", which is not a party id',
    );
    expect(problems).toContain(
      'data/entries/plans/peace-formula-2022.json: peace-formula-2022: points[0].proposal "world-peace" is not a proposal id',
    );
  });

  it('refuses a subject that is neither a proposal nor a plan', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        p.subject = 'trump';
      });
    });
    expect(problems).toContain(
      `data/positions/ceasefire.json: ${id}: subject "trump" is not a proposal or plan id`,
    );
  }, 30_000);

  it('refuses an unknown stance', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        p.stance = 'maybe';
      });
    });
    expect(problems).toEqual([
      `data/positions/ceasefire.json: ${id}: stance: unknown stance (use one of: supports, opposes, conditional, mixed, unclear)`,
    ]);
  });

  it('refuses a missing date', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        delete p.date;
      });
    });
    expect(problems).toEqual([`data/positions/ceasefire.json: ${id}: date is missing`]);
  });

  it('refuses malformed and impossible dates', () => {
    for (const bad of ['25.04.2025', '2025-02-30', '2025-4-25']) {
      let id = '';
      const problems = problemsAfter((c) => {
        id = editFirstPosition(c, (p) => {
          p.date = bad;
        });
      });
      expect(problems).toEqual([
        `data/positions/ceasefire.json: ${id}: date: malformed date "${bad}" (want a real YYYY-MM-DD)`,
      ]);
      copy.cleanup();
    }
    // Three whole-dataset checks in one test: on a slow, shared machine they pass 5 s.
  }, 60_000);

  it('refuses a date after the dataset asOf', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        p.date = '2099-01-01';
      });
    });
    expect(problems).toContain(
      `data/positions/ceasefire.json: ${id}: date 2099-01-01 is after the dataset's asOf ${loadDataset(DATA).dataset!.asOf}`,
    );
  }, 30_000);

  it('refuses a position dated after all its sources', () => {
    let id = '';
    let date = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        date = p.date as string;
        for (const s of p.sources as Record<string, unknown>[]) s.date = '2020-01-01';
      });
    });
    expect(problems).toEqual([
      `data/positions/ceasefire.json: ${id}: date ${date} is later than every source's date`,
    ]);
  });

  it('refuses a positions file out of date order, naming the position that breaks it', () => {
    let id = '';
    let date = '';
    let before = '';
    const problems = problemsAfter((c) => {
      const list = c.read<Position[]>(CEASEFIRE);
      const first = list.shift()!;
      id = first.id;
      date = first.date;
      before = list.at(-1)!.date;
      c.write(CEASEFIRE, [...list, first]);
    });
    expect(problems).toContain(
      `data/positions/ceasefire.json: ${id}: date ${date} comes after a position dated ${before}: a positions file is oldest first`,
    );
  });

  it('refuses a position without a source', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        p.sources = [];
      });
    });
    expect(problems).toEqual([`data/positions/ceasefire.json: ${id}: sources: needs at least one source`]);
  });

  it('refuses a source without a publisher date', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        const [first] = p.sources as Record<string, unknown>[];
        delete first!.date;
      });
    });
    expect(problems).toEqual([`data/positions/ceasefire.json: ${id}: sources[0].date is missing`]);
  });

  it('refuses "unclear" without a reason', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      id = editFirstPosition(c, (p) => {
        p.stance = 'unclear';
        delete p.reason;
      });
    });
    expect(problems).toEqual([`data/positions/ceasefire.json: ${id}: stance "unclear" needs a reason`]);
  });

  it('refuses an alias claimed by two entries of one language without a context rule', () => {
    const problems = problemsAfter((c) => {
      const lavrov = c.read<{ names: { en: unknown[] } }>('entries/people/lavrov.json');
      lavrov.names.en.push('Vladimir Putin');
      c.write('entries/people/lavrov.json', lavrov);
    });
    expect(problems).toEqual([
      'data/entries/people/putin.json: putin: alias "vladimir putin" (en) is also claimed by "lavrov"; add a context rule to one of them',
    ]);
  });

  it('treats apostrophe and dash variants and case as the same alias', () => {
    // Both claims written here: the dataset's own apostrophe names all carry context rules now.
    const problems = problemsAfter((c) => {
      const lavrov = c.read<{ names: { uk: unknown[] } }>('entries/people/lavrov.json');
      lavrov.names.uk.push("п'ята колона");
      c.write('entries/people/lavrov.json', lavrov);
      const rutte = c.read<{ names: { uk: unknown[] } }>('entries/people/rutte.json');
      rutte.names.uk.push('П’ЯТА КОЛОНА');
      c.write('entries/people/rutte.json', rutte);
    });
    expect(problems).toEqual([
      'data/entries/people/rutte.json: rutte: alias "П’ЯТА КОЛОНА" (uk) is also claimed by "lavrov"; add a context rule to one of them',
    ]);
  });

  it('accepts the same alias when one claim carries a context rule', () => {
    const problems = problemsAfter((c) => {
      const lavrov = c.read<{ names: { en: unknown[] } }>('entries/people/lavrov.json');
      lavrov.names.en.push({ text: 'Vladimir Putin', context: 'envoy' });
      c.write('entries/people/lavrov.json', lavrov);
    });
    expect(problems).toEqual([]);
  });

  it('refuses an unknown context rule', () => {
    const problems = problemsAfter((c) => {
      const kellogg = c.read<{ names: { en: unknown[] } }>('entries/people/kellogg.json');
      kellogg.names.en.push({ text: 'the general', context: 'military' });
      c.write('entries/people/kellogg.json', kellogg);
    });
    expect(problems).toEqual([
      'data/entries/people/kellogg.json: kellogg: names.en[2]: unknown context "military" (not in data/meta.json contexts)',
    ]);
  });

  it('refuses a malformed name', () => {
    const problems = problemsAfter((c) => {
      const putin = c.read<{ names: { uk: unknown[] } }>('entries/people/putin.json');
      putin.names.uk.push('Путін{|а|у');
      c.write('entries/people/putin.json', putin);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/entries\/people\/putin\.json: putin: names\.uk\[\d+\]: malformed name "Путін\{\|а\|у": /,
    );
  });

  it('refuses a name with more forms than the matcher compiles, before the build does', () => {
    const problems = problemsAfter((c) => {
      const entry = c.read<{ names: { en: unknown[] } }>('entries/proposals/ceasefire.json');
      // 8 x 8 x 8 x 8 = 4,096 forms is the most a name may have; one more choice is over it.
      const eight = '[(a|b|c|d|e|f|g)]';
      entry.names.en.push(`${eight} ${eight} ${eight} ${eight} ceasefire`);
      entry.names.en.push(`${eight} ${eight} ${eight} ${eight} [the] truce`);
      c.write('entries/proposals/ceasefire.json', entry);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/entries\/proposals\/ceasefire\.json: ceasefire: names\.en\[\d+\]: name ".+ \[the\] truce" has 8192 forms, more than 4096: write a word gap/,
    );
  });

  it('refuses a file whose name differs from its id', () => {
    const problems = problemsAfter((c) => {
      c.write('entries/proposals/truce.json', c.read('entries/proposals/ceasefire.json'));
      c.remove('entries/proposals/ceasefire.json');
    });
    expect(problems).toEqual([
      'data/entries/proposals/truce.json: ceasefire: file name "truce.json" does not match id "ceasefire"',
    ]);
  });

  it('refuses a position filed under another subject', () => {
    let id = '';
    const problems = problemsAfter((c) => {
      const list = c.read<Position[]>(CEASEFIRE);
      const moved = list.shift()!;
      id = moved.id;
      c.write(CEASEFIRE, list);
      const elections = c.read<Position[]>('positions/elections.json');
      c.write(
        'positions/elections.json',
        [...elections, moved].sort((a, b) => a.date.localeCompare(b.date)),
      );
    });
    expect(problems).toEqual([
      `data/positions/elections.json: ${id}: subject "ceasefire" belongs in data/positions/ceasefire.json`,
    ]);
  });

  it('refuses a missing taxonomy id', () => {
    const problems = problemsAfter((c) => {
      c.remove('entries/people/rutte.json');
    });
    expect(problems).toEqual([
      'data/entries/people/rutte.json: rutte: taxonomy id is missing (see taxonomy.md)',
    ]);
  });

  it('refuses broken JSON and unknown fields', () => {
    const problems = problemsAfter((c) => {
      c.writeRaw('entries/proposals/elections.json', '{ "id": "elections", ');
      const nato = c.read<Record<string, unknown>>('entries/parties/nato.json');
      c.write('entries/parties/nato.json', { ...nato, colour: 'blue' });
    });
    expect(
      problems.some((p) => p.startsWith('data/entries/proposals/elections.json: elections: invalid JSON')),
    ).toBe(true);
    expect(problems).toContain('data/entries/parties/nato.json: nato: unknown field "colour"');
  });
});

describe('the topic flag', () => {
  it('takes thisWarOnly on a proposal as true or not at all, and on no other kind', () => {
    const problems = problemsAfter((c) => {
      const proposal = c.read<Record<string, unknown>>('entries/proposals/ceasefire.json');
      c.write('entries/proposals/ceasefire.json', { ...proposal, thisWarOnly: false });
      const party = c.read<Record<string, unknown>>('entries/parties/ukraine.json');
      c.write('entries/parties/ukraine.json', { ...party, thisWarOnly: true });
    });
    expect(
      problems.some(
        (p) =>
          p.startsWith('data/entries/proposals/ceasefire.json: ceasefire:') &&
          p.includes('thisWarOnly is true or left out'),
      ),
    ).toBe(true);
    expect(
      problems.some(
        (p) => p.startsWith('data/entries/parties/ukraine.json: ukraine:') && p.includes('thisWarOnly'),
      ),
    ).toBe(true);
  });
});
