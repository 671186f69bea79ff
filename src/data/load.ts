/**
 * Reads `data/` from disk (Node only), validates every file and the whole, and returns the
 * dataset with a precise list of problems (`file: entry: what is wrong`). Used by the build
 * (scripts/vite-plugin-dataset.ts), the CLI and the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { checkDataset, type Origins } from './checks.ts';
import {
  contextsWithFamilies,
  type Families,
  familyProblem,
  withFamilies,
  wordListsWithFamilies,
} from './families.ts';
import { describeIssue } from './issues.ts';
import { EntrySchema, FamiliesFileSchema, GapSchema, MetaSchema, PositionSchema } from './schema.ts';
import type { ContextRule, CoverageGap, DataProblem, Dataset, Entry, Position, WordList } from './types.ts';
import { expandWordLists, resolveWordLists } from './word-lists.ts';

const ENTRY_DIRS = { parties: 'party', people: 'party', plans: 'plan', proposals: 'proposal' } as const;

/**
 * Loads and validates the dataset in `dataDir`. `dataset` is present whenever meta.json is
 * readable (holding only the items that passed their schema); `problems` is empty only when the
 * whole dataset is valid.
 */
export function loadDataset(dataDir: string): { dataset?: Dataset; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const rel = (file: string) =>
    path.join(path.basename(dataDir), path.relative(dataDir, file)).split(path.sep).join('/');
  const add = (file: string, entry: string, message: string) =>
    problems.push({ file: rel(file), entry, message });

  const readJson = (file: string, entry: string): unknown => {
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      add(file, entry, 'file is missing');
      return undefined;
    }
    try {
      return JSON.parse(raw);
    } catch (err) {
      add(file, entry, `invalid JSON: ${(err as Error).message}`);
      return undefined;
    }
  };
  const validate = <S extends v.GenericSchema>(schema: S, value: unknown, file: string, entry: string) => {
    const result = v.safeParse(schema, value);
    if (result.success) return result.output as v.InferOutput<S>;
    for (const issue of result.issues) add(file, entry, describeIssue(issue));
    return undefined;
  };

  const metaFile = path.join(dataDir, 'meta.json');
  const meta = validate(MetaSchema, readJson(metaFile, 'meta'), metaFile, 'meta');

  const origins: Origins = {
    entryFile: new Map(),
    positionFile: new Map(),
    gapsFile: rel(path.join(dataDir, 'gaps.json')),
    metaFile: rel(metaFile),
  };

  // Verb families first: every name below is read with its `<family>` references spelled out.
  const familiesFile = path.join(dataDir, 'families.json');
  let families: Families = {};
  if (fs.existsSync(familiesFile)) {
    const file = validate(FamiliesFileSchema, readJson(familiesFile, 'families'), familiesFile, 'families');
    families = file?.families ?? {};
    for (const [id, family] of Object.entries(families)) {
      const problem = familyProblem(id, family);
      if (problem) add(familiesFile, `families.${id}`, problem);
    }
  }

  const entries: Entry[] = [];
  for (const [dir, kind] of Object.entries(ENTRY_DIRS)) {
    for (const file of jsonFiles(path.join(dataDir, 'entries', dir))) {
      const stem = path.basename(file, '.json');
      const raw = readJson(file, stem);
      if (raw === undefined) continue;
      const label = isRecord(raw) && typeof raw.id === 'string' ? raw.id : stem;
      const entry = validate(EntrySchema, raw, file, label);
      if (!entry) continue;
      entry.names = withFamilies(entry.names, families, (lang, i, message) =>
        add(file, entry.id, `names.${lang}[${i}]: ${message}`),
      );
      if (entry.id !== stem) add(file, entry.id, `file name "${stem}.json" does not match id "${entry.id}"`);
      if (entry.kind !== kind) add(file, entry.id, `kind "${entry.kind}" does not belong in entries/${dir}/`);
      const isPerson = entry.kind === 'party' && entry.type === 'person';
      if (dir === 'people' && !isPerson) add(file, entry.id, 'entries/people/ holds only type "person"');
      if (dir === 'parties' && isPerson) add(file, entry.id, 'a person belongs in entries/people/');
      origins.entryFile.set(entry, rel(file));
      entries.push(entry);
    }
  }

  const positions: Position[] = [];
  for (const file of jsonFiles(path.join(dataDir, 'positions'))) {
    const stem = path.basename(file, '.json');
    const raw = readJson(file, stem);
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      add(file, stem, 'must be a JSON array of positions');
      continue;
    }
    raw.forEach((item: unknown, i) => {
      const label = isRecord(item) && typeof item.id === 'string' && item.id ? item.id : `positions[${i}]`;
      const position = validate(PositionSchema, item, file, label);
      if (!position) return;
      origins.positionFile.set(position, rel(file));
      positions.push(position);
    });
  }

  const gaps: CoverageGap[] = [];
  const gapsFile = path.join(dataDir, 'gaps.json');
  if (fs.existsSync(gapsFile)) {
    const raw = readJson(gapsFile, 'gaps');
    if (raw !== undefined && !Array.isArray(raw)) add(gapsFile, 'gaps', 'must be a JSON array of gaps');
    else if (Array.isArray(raw)) {
      raw.forEach((item: unknown, i) => {
        const gap = validate(GapSchema, item, gapsFile, `gaps[${i}]`);
        if (gap) gaps.push(gap);
      });
    }
  }

  if (!meta) return { problems };
  const contexts = contextRules(meta, families, (where, message) => add(metaFile, where, message));
  const dataset: Dataset = { asOf: meta.asOf, contexts, entries, positions, gaps };
  problems.push(...checkDataset(dataset, origins));
  return { dataset, problems };
}

/**
 * meta.json's context rules as the matcher reads them: families spelled out first, in the rules' own
 * phrases and in the word lists, so a problem names the place as written in meta.json
 * (`report("contexts.<rule>" | "wordLists.<list>", message)`); then the lists that name other lists
 * are resolved, and every list is expanded into the rules.
 */
export function contextRules(
  meta: { contexts: Record<string, ContextRule>; wordLists?: Record<string, WordList> },
  families: Families,
  report: (where: string, message: string) => void,
): Record<string, ContextRule> {
  return expandWordLists(
    contextsWithFamilies(meta.contexts, families, (rule, message) => report(`contexts.${rule}`, message)),
    resolveWordLists(
      wordListsWithFamilies(meta.wordLists ?? {}, families, (list, message) =>
        report(`wordLists.${list}`, message),
      ),
      (list, message) => report(`wordLists.${list}`, message),
    ),
    (rule, message) => report(`contexts.${rule}`, message),
  );
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
