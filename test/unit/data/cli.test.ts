// The `standpoint data …` commands through the router, with captured output.
import { afterEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { TAXONOMY } from '../../../src/data/taxonomy.ts';
import { copyData, DATA } from './helpers.ts';

function capture(dataDir = DATA) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    stdin: async () => Buffer.from(''),
    dataDir,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.cleanup());

describe('standpoint data check', () => {
  it('passes on the bundled data', async () => {
    const c = capture();
    expect(await main(['data', 'check'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^data check: ok \(\d+ entries, \d+ positions/);
  });

  it('exits 1 with one `file: entry: what is wrong` line per problem', async () => {
    copy = copyData();
    const list = copy.read<{ id: string; stance: string }[]>('positions/elections.json');
    list[0]!.stance = 'perhaps';
    copy.write('positions/elections.json', list);
    copy.remove('entries/people/biden.json');
    const c = capture();
    expect(await main(['data', 'check', '--data', copy.dir], c.io)).toBe(1);
    // Schema problems come first (in file order), then the checks across files.
    expect(c.out().trimEnd().split('\n')).toEqual([
      `data/positions/elections.json: ${list[0]!.id}: stance: unknown stance (use one of: supports, opposes, conditional, mixed, unclear)`,
      'data/entries/people/biden.json: biden: taxonomy id is missing (see taxonomy.md)',
    ]);
    expect(c.err()).toContain('2 problem(s)');
  });
});

describe('standpoint data list --json', () => {
  it('prints asOf, entries with en/uk names and dated, sourced positions', async () => {
    const c = capture();
    expect(await main(['data', 'list', '--json'], c.io)).toBe(0);
    const json = JSON.parse(c.out());
    expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ids = new Set(json.entries.map((e: { id: string }) => e.id));
    for (const id of Object.values(TAXONOMY).flat()) expect(ids.has(id), id).toBe(true);
    for (const e of json.entries) {
      expect(typeof e.names.en[0], e.id).toBe('string');
      expect(typeof e.names.uk[0], e.id).toBe('string');
    }
    expect(json.entries.find((e: { id: string }) => e.id === 'putin').represents).toBe('russia');
    const entry = (id: string) => json.entries.find((e: { id: string }) => e.id === id);
    expect(entry('donbas-withdrawal').thisWarOnly).toBe(true);
    expect(entry('ceasefire')).not.toHaveProperty('thisWarOnly');
    expect(json.positions.length).toBeGreaterThan(40);
    for (const p of json.positions) {
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['party', 'subject', 'stance', 'date', 'summary', 'sources']),
      );
      expect(p.summary.en && p.summary.uk, p.id).toBeTruthy();
      for (const s of p.sources) expect(s.publisher && s.title && s.date, p.id).toBeTruthy();
    }
  });
});

describe('standpoint data list', () => {
  it("says which proposals only this war's news has", async () => {
    const c = capture();
    expect(await main(['data', 'list'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^ {2}proposal +donbas-withdrawal +.+ \(this war only\)$/m);
    expect(c.out()).toMatch(/^ {2}proposal +ceasefire +[^(\n]+$/m);
  });
});

describe('standpoint data coverage', () => {
  it('prints a row per proposal with a column per core party', async () => {
    const c = capture();
    expect(await main(['data', 'coverage'], c.io)).toBe(0);
    const text = c.out();
    expect(text).toMatch(/^proposal +us +ukraine +russia +europe/m);
    for (const id of TAXONOMY.proposals) expect(text).toMatch(new RegExp(`^${id} +\\S`, 'm'));
    expect(text).toMatch(/^ {2}gap {6}russia x amnesty: /m);
  });

  it('marks a missing cell once its positions and gap are removed', async () => {
    copy = copyData();
    copy.write('positions/non-nuclear-status.json', []);
    const c = capture(copy.dir);
    expect(await main(['data', 'coverage'], c.io)).toBe(0);
    expect(c.out()).toContain('MISSING  russia x non-nuclear-status: no position and no declared gap');
    expect(c.out()).toMatch(/^non-nuclear-status +gap +- +- +gap/m);
  });
});

describe('the router', () => {
  it('rejects an unknown command with usage on stderr', async () => {
    const c = capture();
    expect(await main(['data', 'frobnicate'], c.io)).toBe(2);
    expect(c.err()).toContain('unknown command "data frobnicate"');
    expect(c.err()).toContain('standpoint data coverage');
  });
});
