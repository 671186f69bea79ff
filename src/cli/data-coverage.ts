/**
 * `standpoint data coverage [--json]`: parties x proposals (and plans), showing where dated
 * positions exist, which missing cells are declared gaps (with why) and which are simply missing.
 */
import { loadDataset } from '../data/load.ts';
import { CORE_PARTIES } from '../data/taxonomy.ts';
import type { Dataset, Stance } from '../data/types.ts';
import type { CliIO } from './io.ts';

export interface CoverageCell {
  party: string;
  subject: string;
  /** Positions of the party itself or of people who represent it. */
  count: number;
  /** Stance of the most recent position. */
  latest?: Stance;
  gap?: string;
  /** The party authored this plan. */
  author?: boolean;
}

export interface Coverage {
  parties: string[];
  proposals: string[];
  plans: string[];
  cells: CoverageCell[];
}

/** Computes the coverage grid; columns are the core parties plus any party that has a position. */
export function coverageOf(dataset: Dataset): Coverage {
  const speaksFor = new Map<string, string>();
  for (const e of dataset.entries) {
    if (e.kind === 'party') speaksFor.set(e.id, e.type === 'person' && e.represents ? e.represents : e.id);
  }
  const partyOf = (id: string) => speaksFor.get(id) ?? id;
  const parties: string[] = [...CORE_PARTIES];
  for (const p of dataset.positions) {
    const party = partyOf(p.party);
    if (!parties.includes(party)) parties.push(party);
  }
  const proposals = dataset.entries.filter((e) => e.kind === 'proposal').map((e) => e.id);
  const plans = dataset.entries.filter((e) => e.kind === 'plan').map((e) => e.id);
  const cells: CoverageCell[] = [];
  for (const subject of [...proposals, ...plans]) {
    for (const party of parties) {
      const held = dataset.positions
        .filter((p) => p.subject === subject && partyOf(p.party) === party)
        .sort((a, b) => a.date.localeCompare(b.date));
      const gap = dataset.gaps.find((g) => g.party === party && g.subject === subject)?.why;
      const entry = dataset.entries.find((e) => e.id === subject);
      const author = entry?.kind === 'plan' && entry.authors.includes(party);
      cells.push({
        party,
        subject,
        count: held.length,
        ...(held.length ? { latest: held[held.length - 1]!.stance } : {}),
        ...(gap ? { gap } : {}),
        ...(author ? { author } : {}),
      });
    }
  }
  return { parties, proposals, plans, cells };
}

const SHORT: Record<Stance, string> = {
  supports: 'supp',
  opposes: 'opp',
  conditional: 'cond',
  mixed: 'mixed',
  unclear: 'uncl',
};

function grid(cov: Coverage, subjects: string[], title: string): string[] {
  const width = Math.max(title.length, ...subjects.map((s) => s.length));
  const col = 10;
  const head = `${title.padEnd(width)} ${cov.parties.map((p) => p.padEnd(col)).join('')}`;
  const rows = subjects.map((subject) => {
    const cells = cov.parties.map((party) => {
      const c = cov.cells.find((x) => x.subject === subject && x.party === party)!;
      const text = c.count ? `${c.count} ${SHORT[c.latest!]}` : c.gap ? 'gap' : c.author ? 'author' : '-';
      return text.padEnd(col);
    });
    return `${subject.padEnd(width)} ${cells.join('')}`;
  });
  return [head, '-'.repeat(head.length), ...rows];
}

/** The coverage report as text: two grids, then every missing core cell with its reason. */
export function coverageText(cov: Coverage): string {
  const lines = [
    'Positions per party (count, stance of the latest). "-" = missing, "gap" = declared in data/gaps.json,',
    '"author" = no separate position, but the party wrote the plan',
    '',
    ...grid(cov, cov.proposals, 'proposal'),
    '',
    ...grid(cov, cov.plans, 'plan'),
    '',
  ];
  const core = new Set<string>(CORE_PARTIES);
  const missing = cov.cells.filter(
    (c) => c.count === 0 && core.has(c.party) && cov.proposals.includes(c.subject),
  );
  const declared = missing.filter((c) => c.gap);
  const undeclared = missing.filter((c) => !c.gap);
  lines.push(
    `Proposals x ${CORE_PARTIES.join('/')}: ${missing.length} missing, ${declared.length} declared as gaps`,
  );
  for (const c of declared) lines.push(`  gap      ${c.party} x ${c.subject}: ${c.gap}`);
  for (const c of undeclared)
    lines.push(`  MISSING  ${c.party} x ${c.subject}: no position and no declared gap`);
  return `${lines.join('\n')}\n`;
}

/** Prints the coverage report; always exits 0 unless the dataset cannot be loaded. */
export async function runDataCoverage(argv: string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a !== '--json');
  if (unknown) {
    io.err(`standpoint data coverage: unexpected argument "${unknown}"\n`);
    return 2;
  }
  const { dataset, problems } = loadDataset(io.dataDir);
  for (const p of problems) io.err(`${p.file}: ${p.entry}: ${p.message}\n`);
  if (!dataset) return 1;
  const cov = coverageOf(dataset);
  io.out(json ? `${JSON.stringify(cov, null, 2)}\n` : coverageText(cov));
  return 0;
}
