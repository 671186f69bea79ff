/** `standpoint data check`: validates the dataset the same way the build does. */
import { loadDataset } from '../data/load.ts';
import type { CliIO } from './io.ts';

/** Prints one `file: entry: what is wrong` line per problem; returns 1 if there are any. */
export async function runDataCheck(argv: string[], io: CliIO): Promise<number> {
  if (argv.length > 0) {
    io.err(`standpoint data check: unexpected argument "${argv[0]}"\n`);
    return 2;
  }
  const { dataset, problems } = loadDataset(io.dataDir);
  if (problems.length > 0 || !dataset) {
    for (const p of problems) io.out(`${p.file}: ${p.entry}: ${p.message}\n`);
    io.err(`standpoint data check: ${problems.length} problem(s)\n`);
    return 1;
  }
  io.out(
    `data check: ok (${dataset.entries.length} entries, ${dataset.positions.length} positions, ` +
      `${dataset.gaps.length} declared gaps, asOf ${dataset.asOf})\n`,
  );
  return 0;
}
