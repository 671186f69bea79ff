/**
 * Checks that span files: duplicate ids, dangling references, dates after `asOf`, a positions file
 * out of date order, `unclear` without a reason, aliases claimed twice, and taxonomy ids that must
 * exist. Schema checks of a single file happen in `load.ts` before anything reaches here.
 */
import { expandName, foldAlias, nameSyntaxProblem } from './expand-name.ts';
import { TAXONOMY } from './taxonomy.ts';
import type { DataProblem, Dataset, Entry, Lang, Source } from './types.ts';

/** Where each loaded item came from, so problems can name the file. */
export interface Origins {
  entryFile: Map<Entry, string>;
  positionFile: Map<object, string>;
  gapsFile: string;
  metaFile: string;
}

const KIND_DIR = { party: 'parties', plan: 'plans', proposal: 'proposals' } as const;

/** Returns every cross-file problem in `data`. */
export function checkDataset(data: Dataset, origins: Origins): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (file: string, entry: string, message: string) => problems.push({ file, entry, message });
  const byId = new Map<string, Entry>();
  const fileOf = (e: Entry) => origins.entryFile.get(e) ?? `data/entries/${KIND_DIR[e.kind]}/${e.id}.json`;

  for (const e of data.entries) {
    const first = byId.get(e.id);
    if (first) add(fileOf(e), e.id, `duplicate id "${e.id}" (also in ${fileOf(first)})`);
    else byId.set(e.id, e);
  }
  const isKind = (id: string, ...kinds: Entry['kind'][]) => {
    const e = byId.get(id);
    return e !== undefined && kinds.includes(e.kind);
  };
  const isParty = (id: string) => isKind(id, 'party');

  const checkDate = (file: string, entry: string, field: string, date: string) => {
    if (date > data.asOf) add(file, entry, `${field} ${date} is after the dataset's asOf ${data.asOf}`);
  };
  const checkSources = (file: string, entry: string, field: string, sources: Source[]) => {
    sources.forEach((s, i) => {
      checkDate(file, entry, `${field}[${i}].date`, s.date);
    });
  };

  for (const e of data.entries) {
    const file = fileOf(e);
    for (const [lang, names] of Object.entries(e.names)) {
      names?.forEach((n, i) => {
        const syntax = nameSyntaxProblem(typeof n === 'string' ? n : n.text);
        if (syntax) add(file, e.id, `names.${lang}[${i}]: ${syntax}`);
        if (typeof n !== 'string' && n.context !== undefined && !(n.context in data.contexts)) {
          add(
            file,
            e.id,
            `names.${lang}[${i}]: unknown context "${n.context}" (not in data/meta.json contexts)`,
          );
        }
      });
    }
    if (e.kind === 'party' && e.represents !== undefined) {
      if (!isParty(e.represents)) add(file, e.id, `represents "${e.represents}", which is not a party id`);
      else if (e.represents === e.id) add(file, e.id, 'represents itself');
    }
    if (e.kind === 'party' && e.type === 'person' && e.represents === undefined) {
      add(file, e.id, 'a person must say whom they represent');
    }
    if (e.kind === 'plan') {
      checkDate(file, e.id, 'date', e.date);
      checkSources(file, e.id, 'sources', e.sources);
      e.authors.forEach((a, i) => {
        if (!isParty(a)) add(file, e.id, `authors[${i}] "${a}" is not a party id`);
      });
      if (e.supersedes !== undefined && !isKind(e.supersedes, 'plan')) {
        add(file, e.id, `supersedes "${e.supersedes}", which is not a plan id`);
      }
      e.points.forEach((p, i) => {
        if (!isKind(p.proposal, 'proposal'))
          add(file, e.id, `points[${i}].proposal "${p.proposal}" is not a proposal id`);
        checkSources(file, e.id, `points[${i}].sources`, p.sources);
      });
    }
  }

  const positionIds = new Map<string, string>();
  // A subject's file reads oldest first, so its diff shows where a new position falls in time.
  const latestDate = new Map<string, string>();
  data.positions.forEach((p, i) => {
    const file = origins.positionFile.get(p) ?? `data/positions/${p.subject}.json`;
    const entry = p.id || `positions[${i}]`;
    const seen = positionIds.get(p.id);
    if (seen) add(file, entry, `duplicate id "${p.id}" (also in ${seen})`);
    else positionIds.set(p.id, file);
    if (!isParty(p.party)) add(file, entry, `party "${p.party}" is not a party id`);
    if (!isKind(p.subject, 'proposal', 'plan'))
      add(file, entry, `subject "${p.subject}" is not a proposal or plan id`);
    const expected = `data/positions/${p.subject}.json`;
    if (origins.positionFile.has(p) && file !== expected) {
      add(file, entry, `subject "${p.subject}" belongs in ${expected}`);
    }
    const latest = latestDate.get(file);
    if (latest !== undefined && p.date < latest) {
      add(
        file,
        entry,
        `date ${p.date} comes after a position dated ${latest}: a positions file is oldest first`,
      );
    } else latestDate.set(file, p.date);
    if (p.stance === 'unclear' && !p.reason) add(file, entry, 'stance "unclear" needs a reason');
    checkDate(file, entry, 'date', p.date);
    checkSources(file, entry, 'sources', p.sources);
    // A source cannot report a position taken after it was published.
    if (p.sources.length > 0 && p.sources.every((s) => s.date < p.date)) {
      add(file, entry, `date ${p.date} is later than every source's date`);
    }
  });

  data.gaps.forEach((g, i) => {
    const entry = `gaps[${i}]`;
    if (!isParty(g.party)) add(origins.gapsFile, entry, `party "${g.party}" is not a party id`);
    if (!isKind(g.subject, 'proposal', 'plan')) {
      add(origins.gapsFile, entry, `subject "${g.subject}" is not a proposal or plan id`);
    }
  });

  problems.push(...checkAliases(data, fileOf));

  for (const [dir, ids] of Object.entries(TAXONOMY)) {
    for (const id of ids) {
      if (!byId.has(id))
        add(`data/entries/${dir}/${id}.json`, id, 'taxonomy id is missing (see taxonomy.md)');
    }
  }
  return problems;
}

interface Claim {
  entry: Entry;
  name: string;
  contextual: boolean;
}

/** An alias claimed by two entries of one language must be disambiguated by a context rule. */
function checkAliases(data: Dataset, fileOf: (e: Entry) => string): DataProblem[] {
  const claims = new Map<string, Claim[]>();
  for (const entry of data.entries) {
    for (const [lang, names] of Object.entries(entry.names) as [Lang, typeof entry.names.en][]) {
      for (const n of names ?? []) {
        const spec = typeof n === 'string' ? { text: n } : n;
        for (const phrase of expandName(spec.text)) {
          const key = `${lang}\u0000${foldAlias(phrase, spec.case)}`;
          const list = claims.get(key) ?? [];
          list.push({ entry, name: phrase, contextual: spec.context !== undefined });
          claims.set(key, list);
        }
      }
    }
  }
  const problems: DataProblem[] = [];
  const reported = new Set<string>();
  for (const [key, list] of claims) {
    const bare = list.filter((c) => !c.contextual);
    const owners = [...new Set(bare.map((c) => c.entry))];
    if (owners.length < 2) continue;
    const [lang] = key.split('\u0000');
    const [first, ...rest] = owners as [Entry, ...Entry[]];
    for (const other of rest) {
      const pair = `${first.id}|${other.id}|${lang}`;
      if (reported.has(pair)) continue;
      reported.add(pair);
      const name = bare.find((c) => c.entry === other)?.name ?? '';
      problems.push({
        file: fileOf(other),
        entry: other.id,
        message: `alias "${name}" (${lang}) is also claimed by "${first.id}"; add a context rule to one of them`,
      });
    }
  }
  return problems;
}
