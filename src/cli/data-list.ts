/** `standpoint data list [--json]`: the dataset's entries and positions, for people or scripts. */
import { loadDataset } from '../data/load.ts';
import { toNameIndex } from '../data/name-index.ts';
import type { Dataset, Entry, NameSpec } from '../data/types.ts';
import type { CliIO } from './io.ts';

const nameText = (n: NameSpec) => (typeof n === 'string' ? n : n.text);

/** The `--json` shape: stable keys first (asOf, entries, positions), extra detail after. */
export function listJson(dataset: Dataset) {
  return {
    asOf: dataset.asOf,
    entries: dataset.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      names: Object.fromEntries(
        Object.entries(e.names).map(([lang, list]) => [lang, (list ?? []).map(nameText)]),
      ),
      ...(e.kind === 'party' && e.represents ? { represents: e.represents } : {}),
      ...entryDetail(e),
      description: e.description,
    })),
    positions: dataset.positions.map((p) => ({
      id: p.id,
      party: p.party,
      subject: p.subject,
      stance: p.stance,
      date: p.date,
      summary: p.summary,
      sources: p.sources,
      ...(p.reason ? { reason: p.reason } : {}),
    })),
    gaps: dataset.gaps,
    contexts: dataset.contexts,
  };
}

function entryDetail(e: Entry) {
  if (e.kind === 'party') return { type: e.type, ...(e.role ? { role: e.role } : {}) };
  if (e.kind === 'plan') {
    return {
      date: e.date,
      authors: e.authors,
      status: e.status,
      ...(e.supersedes ? { supersedes: e.supersedes } : {}),
      points: e.points,
      sources: e.sources,
    };
  }
  return e.thisWarOnly ? { thisWarOnly: true } : {};
}

/** Human-readable listing: one line per entry, then positions grouped by subject. */
export function listText(dataset: Dataset): string {
  const lines = [`asOf ${dataset.asOf}`, '', 'Entries:'];
  for (const e of toNameIndex(dataset).entries) {
    const extra = e.represents ? ` (for ${e.represents})` : e.thisWarOnly ? ' (this war only)' : '';
    lines.push(`  ${e.kind.padEnd(8)} ${e.id.padEnd(30)} ${e.label.en} / ${e.label.uk}${extra}`);
  }
  lines.push('', 'Positions:');
  for (const p of dataset.positions) {
    lines.push(`  ${p.date}  ${p.party.padEnd(10)} ${p.stance.padEnd(11)} ${p.subject}: ${p.summary.en}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Prints the listing; exits 1 (with the problems on stderr) if the dataset does not load cleanly. */
export async function runDataList(argv: string[], io: CliIO): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a !== '--json');
  if (unknown) {
    io.err(`standpoint data list: unexpected argument "${unknown}"\n`);
    return 2;
  }
  const { dataset, problems } = loadDataset(io.dataDir);
  for (const p of problems) io.err(`${p.file}: ${p.entry}: ${p.message}\n`);
  if (!dataset) return 1;
  io.out(json ? `${JSON.stringify(listJson(dataset), null, 2)}\n` : listText(dataset));
  return problems.length > 0 ? 1 : 0;
}
