/**
 * Test helpers: a private copy of data/ that a test may break, problem formatting, and lookups into
 * the real data/ for the tests that pin what it says.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { loadDataset } from '../../../src/data/load.ts';
import type { DataProblem, Dataset, PlanEntry } from '../../../src/data/types.ts';

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

/** The real data/, loaded once by a test file (in its beforeAll): it must load without a problem. */
export function loadRealDataset(): Dataset {
  const result = loadDataset(DATA);
  expect(result.problems.map(line)).toEqual([]);
  return result.dataset!;
}

/** A position by id; throws when a test pins one that is gone. */
export function positionById(dataset: Dataset, id: string) {
  const p = dataset.positions.find((x) => x.id === id);
  if (!p) throw new Error(`no position ${id}`);
  return p;
}

/** A plan's point on a proposal; throws when a test pins one that is gone. */
export function planPoint(dataset: Dataset, plan: string, proposal: string) {
  const entry = dataset.entries.find((e) => e.id === plan) as PlanEntry | undefined;
  const p = entry?.points.find((x) => x.proposal === proposal);
  if (!p) throw new Error(`no point ${proposal} in ${plan}`);
  return p;
}

/** Every position of `party` on `subject`, in file order (oldest first). */
export function positionsOf(dataset: Dataset, party: string, subject: string) {
  return dataset.positions.filter((p) => p.party === party && p.subject === subject);
}

/** The publishers of a position's sources, in order. */
export const publishersOf = (sources: { publisher: string }[]) => sources.map((s) => s.publisher);

/**
 * Lookups on the real data/ for a test file that pins its facts: the dataset is loaded (and checked
 * to load without a problem) on the first lookup, once per file.
 */
export function realDatasetLookups() {
  let loaded: Dataset | undefined;
  const dataset = () => (loaded ??= loadRealDataset());
  return {
    dataset,
    position: (id: string) => positionById(dataset(), id),
    positions: (party: string, subject: string) => positionsOf(dataset(), party, subject),
    point: (plan: string, proposal: string) => planPoint(dataset(), plan, proposal),
  };
}
