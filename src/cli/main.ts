/**
 * `standpoint <command> …`: a small router over a table of commands. Each row names the words
 * that select it and loads its module only when run, so `data check` never pays for the matcher.
 * To add a command, add a row to COMMANDS.
 */
import { type CliIO, processIO } from './io.ts';

export interface Command {
  /** The words that select the command, e.g. ['data', 'check']. */
  path: string[];
  usage: string;
  summary: string;
  run: (argv: string[], io: CliIO) => Promise<number>;
}

export const COMMANDS: Command[] = [
  {
    path: ['data', 'check'],
    usage: 'standpoint data check',
    summary: 'validate data/; one line per problem (file: entry: what is wrong), exit 1 if any',
    run: async (argv, io) => (await import('./data-check.ts')).runDataCheck(argv, io),
  },
  {
    path: ['data', 'list'],
    usage: 'standpoint data list [--json]',
    summary: 'list entries and positions (--json: the machine-readable dataset summary)',
    run: async (argv, io) => (await import('./data-list.ts')).runDataList(argv, io),
  },
  {
    path: ['data', 'coverage'],
    usage: 'standpoint data coverage [--json]',
    summary: 'table of parties x proposals: where positions exist, where they are missing and why',
    run: async (argv, io) => (await import('./data-coverage.ts')).runDataCoverage(argv, io),
  },
  {
    path: ['annotate'],
    usage: 'standpoint annotate [--json] [--lang auto|en|uk|ru] [--page] <file.html | file.txt | URL | ->',
    summary: 'find the mentions in a page or text, as the extension would',
    run: async (argv, io) => (await import('./annotate.ts')).runAnnotate(argv, io),
  },
];

/** Usage text listing every command. */
export function usage(): string {
  const rows = COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`);
  return `usage: standpoint <command>\n\n${rows.join('\n')}\n\noptions: --data <dir> reads another data/ directory\n`;
}

/** Runs the command named by `argv`; returns the process exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const args = [...argv];
  const dataAt = args.indexOf('--data');
  if (dataAt !== -1) {
    const dir = args[dataAt + 1];
    if (!dir) {
      io.err('standpoint: --data needs a directory\n');
      return 2;
    }
    io = { ...io, dataDir: dir };
    args.splice(dataAt, 2);
  }
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    (args.length === 0 ? io.err : io.out)(usage());
    return args.length === 0 ? 2 : 0;
  }
  const command = COMMANDS.filter((c) => c.path.every((word, i) => args[i] === word)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  if (!command) {
    io.err(`standpoint: unknown command "${args.join(' ')}"\n\n${usage()}`);
    return 2;
  }
  return command.run(args.slice(command.path.length), io);
}
