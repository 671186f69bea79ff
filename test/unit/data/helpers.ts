/** Test helpers: a private copy of data/ that a test may break, and problem formatting. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataProblem } from '../../../src/data/types.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DATA = path.join(ROOT, 'data');
export const SHARED = path.resolve(ROOT, '../shared');

/** Copies data/ into a fresh temp dir (as `<tmp>/data`) and returns helpers to edit it. */
export function copyData() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-data-'));
  const dir = path.join(root, 'data');
  fs.cpSync(DATA, dir, { recursive: true });
  const file = (rel: string) => path.join(dir, rel);
  return {
    root,
    dir,
    read: <T = unknown>(rel: string): T => JSON.parse(fs.readFileSync(file(rel), 'utf8')) as T,
    write: (rel: string, value: unknown) => fs.writeFileSync(file(rel), JSON.stringify(value, null, 2)),
    writeRaw: (rel: string, text: string) => fs.writeFileSync(file(rel), text),
    remove: (rel: string) => fs.rmSync(file(rel)),
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** One problem as the CLI prints it. */
export const line = (p: DataProblem) => `${p.file}: ${p.entry}: ${p.message}`;
