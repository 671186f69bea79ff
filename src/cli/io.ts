/** What every CLI command gets: output streams, stdin and where the dataset lives. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Reads all of stdin (tests pass a string). */
  stdin: () => Promise<Buffer>;
  /** The `data/` directory of the dataset. */
  dataDir: string;
}

/** The repository's own `data/` directory, found from this file's location. */
export const DEFAULT_DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data');

/** IO bound to the real process streams. */
export function processIO(dataDir = DEFAULT_DATA_DIR): CliIO {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    dataDir,
  };
}
