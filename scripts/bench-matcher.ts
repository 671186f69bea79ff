/**
 * `npm run bench:matcher`: the matcher against two baselines on ~1 MB of news text, in one run.
 *
 *   ours       compileMatcher(full dataset) -> one pass over the tokens (src/matcher)
 *   regex      one RegExp per dataset name (its forms as an alternation, Unicode boundaries), looped
 *   per-term   mark.js-style: one RegExp per literal term (every expanded form), looped
 *
 * Then the same with the names multiplied by 10 (distinct made-up variants of every name), to show
 * how each approach's cost grows with the dataset. Also: build time and size of the automaton, and
 * how long loading the serialised automaton takes (what a page does with the build's page index).
 * Cold start: a fresh `node` process per run (cold JIT, as in a new tab) times compiling the names,
 * or parsing and loading the serialised automaton as the content script does, and the first find()
 * on the seed article.
 * Text: the dev set's articles (English and Ukrainian), paragraphs shuffled with a fixed seed, to 1 MB.
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '../src/data/load.ts';
import { toNameIndex } from '../src/data/name-index.ts';
import { compileMatcher, loadMatcher, type MatchSource, serializeMatcher } from '../src/matcher/index.ts';
import { compilePattern, type Step } from '../src/matcher/pattern.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TARGET = 1_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Median CPU time of `fn` (user + system, from process.cpuUsage): on a shared, loaded machine the
 * wall clock mostly measures waiting for a core, CPU time measures the work.
 */
function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let value = fn(); // warm-up, also the value we report
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    value = fn();
    const d = process.cpuUsage(c);
    times.push((d.user + d.system) / 1000);
  }
  return { ms: median(times), value };
}

/** ~1 MB of article text: dev-set paragraphs in a seeded shuffle. */
function newsText(): string {
  const dir = path.join(ROOT, 'test/devset');
  const paras: string[] = [];
  for (const f of fs.readdirSync(dir)) {
    if (!/\.(txt|html)$/.test(f)) continue;
    let raw = fs.readFileSync(path.join(dir, f), 'utf8');
    if (f.endsWith('.html'))
      raw = raw.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');
    paras.push(...raw.split(/\n\s*\n|\n/).filter((p) => p.trim().length > 40));
  }
  const seed = fs.readFileSync(
    path.join(ROOT, '../shared/sources/unn-2025-04-25-cnn-stumbling-blocks.txt'),
    'utf8',
  );
  paras.push(...seed.split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  let x = 42;
  const rnd = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
  const out: string[] = [];
  let size = 0;
  while (size < TARGET) {
    const p = paras[Math.floor(rnd() * paras.length)]!;
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n');
}

/** The dataset's names with every name also present in 9 made-up variants (distinct, never in the text). */
function times10(src: MatchSource): MatchSource {
  const entries = src.entries.flatMap((e) =>
    Array.from({ length: 10 }, (_, k) => ({
      ...e,
      id: k === 0 ? e.id : `${e.id}~${k}`,
      names: Object.fromEntries(
        Object.entries(e.names).map(([lang, specs]) => [
          lang,
          (specs ?? []).map((s) => {
            if (k === 0) return s;
            const text = typeof s === 'string' ? s : s.text;
            return { ...(typeof s === 'string' ? {} : s), text: `Zq${k}x ${text}` };
          }),
        ]),
      ),
    })),
  );
  return { entries, contexts: src.contexts };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** A form's steps as a RegExp source: words separated by spaces, gaps as up to N words. */
function stepsSource(steps: Step[]): string {
  let src = '';
  for (const s of steps) {
    if (s.t === 'word') src += `${src && !src.endsWith('\\s+') ? '\\s+' : ''}${esc(s.form)}`;
    else if (s.t === 'hyphen') src += '[-\\s]?';
    else src += `(?:\\s+[\\p{L}\\p{N}'’-]+){0,${s.max}}\\s+`;
  }
  return src;
}

function names(src: MatchSource): { text: string; forms: string[] }[] {
  const out: { text: string; forms: string[] }[] = [];
  for (const e of src.entries)
    for (const specs of Object.values(e.names))
      for (const s of specs ?? []) {
        const text = typeof s === 'string' ? s : s.text;
        out.push({ text, forms: compilePattern(text, 'any').map(stepsSource) });
      }
  return out;
}

/** A name written in the name syntax, translated directly to a RegExp source (groups stay groups). */
function nameSource(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '(' || c === '{' || c === '[') out += '(?:';
    else if (c === ')' || c === '}') out += ')';
    else if (c === ']') {
      // "[the] initial": the space after an optional word is optional with it.
      if (name[i + 1] === ' ') {
        out += '\\s+)?';
        i++;
      } else out += ')?';
    } else if (c === '|') out += '|';
    else if (c === '~' && /\d/.test(name[i + 1] ?? '')) {
      let n = '';
      while (/\d/.test(name[i + 1] ?? '')) n += name[++i];
      out += `(?:[\\p{L}\\p{N}'’-]+\\s+){0,${n}}`;
      if (name[i + 1] === ' ') i++;
    } else if (c === ' ') out += '\\s+';
    else if (c === "'") out += "['’ʼ]";
    else if (c === '-') out += '[-‐–\\s]?';
    else out += esc(c);
  }
  return out;
}

/** RegExps compiled at a time: with all of a baseline's alive at once, V8 runs out of room for compiled code. */
const CHUNK = 400;
/** A two-byte string (as the news text is): running a RegExp on it compiles the code the text needs. */
const TWO_BYTE_SAMPLE = 'й';

/**
 * One RegExp per source, looped over the text, a chunk of RegExps at a time. Only the loops over the
 * text are timed (`execMs`): each chunk is compiled and run on a short sample first, outside the
 * clock, so the figure is searching, as it was when every RegExp stayed compiled between runs.
 */
function regexLoop(sources: string[]) {
  let execMs = 0;
  const run = (text: string) => {
    let found = 0;
    execMs = 0;
    for (let i = 0; i < sources.length; i += CHUNK) {
      const res = sources.slice(i, i + CHUNK).map((src) => new RegExp(src, 'giu'));
      for (const re of res) for (let k = 0; k < 2; k++) re.test(TWO_BYTE_SAMPLE);
      const c = process.cpuUsage();
      for (const re of res) {
        re.lastIndex = 0;
        while (re.exec(text)) found++;
      }
      const d = process.cpuUsage(c);
      execMs += (d.user + d.system) / 1000;
    }
    return found;
  };
  return { run, count: sources.length, execMs: () => execMs };
}

/** Median search time of `runs` runs of a RegExp loop (plus a warm-up run), and its matches. */
function timeLoop(
  loop: ReturnType<typeof regexLoop>,
  text: string,
  runs: number,
): { ms: number; value: number } {
  let value = loop.run(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    value = loop.run(text);
    times.push(loop.execMs());
  }
  return { ms: median(times), value };
}

/** Baseline (a): one RegExp per name, looped over the text. */
function regexPerName(src: MatchSource) {
  const sources: string[] = [];
  for (const e of src.entries)
    for (const specs of Object.values(e.names))
      for (const spec of specs ?? [])
        sources.push(`${B}(?:${nameSource(typeof spec === 'string' ? spec : spec.text)})${E}`);
  return regexLoop(sources);
}

/** Baseline (b): mark.js-style, one RegExp per literal term (every expanded form), looped. */
function regexPerTerm(src: MatchSource) {
  return regexLoop(names(src).flatMap((n) => n.forms.map((f) => `${B}${f}${E}`)));
}

const SEED = path.join(ROOT, '../shared/sources/unn-2025-04-25-cnn-stumbling-blocks.txt');

interface Cold {
  /** Compiling the names, or parsing and loading the serialised automaton. */
  startMs: number;
  firstFindMs: number;
}

/** The serialised automaton a cold 'load' run reads (written by the parent before the runs). */
const SERIAL_FILE = path.join(os.tmpdir(), `standpoint-bench-matcher-${process.pid}.json`);

/** In a fresh process: compile or load, then the first find, wall clock, cold code. */
function coldRun(mode: 'compile' | 'load', serialFile: string): Cold {
  const { dataset } = loadDataset(path.join(ROOT, 'data'));
  const src = toNameIndex(dataset!) as MatchSource;
  const json = mode === 'load' ? fs.readFileSync(serialFile, 'utf8') : '';
  const seed = fs.readFileSync(SEED, 'utf8');
  const t0 = performance.now();
  const matcher = mode === 'load' ? loadMatcher(JSON.parse(json)) : compileMatcher(src);
  const t1 = performance.now();
  const found = matcher.find(seed).length;
  const t2 = performance.now();
  if (found === 0) throw new Error('cold run: nothing found in the seed article');
  return { startMs: t1 - t0, firstFindMs: t2 - t1 };
}

if (process.argv[2] === '--cold') {
  console.log(JSON.stringify(coldRun(process.argv[3] as 'compile' | 'load', process.argv[4]!)));
  process.exit(0);
}

/** Medians of `runs` fresh processes of coldRun. */
function cold(runs: number, mode: 'compile' | 'load', serialFile: string): Cold {
  const all: Cold[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, import.meta.filename, '--cold', mode, serialFile],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`cold run failed: ${r.stderr}`);
    all.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Cold);
  }
  return { startMs: median(all.map((c) => c.startMs)), firstFindMs: median(all.map((c) => c.firstFindMs)) };
}

const { dataset, problems } = loadDataset(path.join(ROOT, 'data'));
if (!dataset) throw new Error(`dataset did not load: ${problems.map((p) => p.message).join('; ')}`);
const src1 = toNameIndex(dataset) as MatchSource;
const src10 = times10(src1);
const text = newsText();
const runs = Number(process.env.BENCH_RUNS ?? 5);

console.log(
  `Text: ${(text.length / 1e6).toFixed(2)} M characters of dev-set news paragraphs (English + Ukrainian)`,
);
console.log(
  `Names: ${src1.entries.length} entries (x10: ${src10.entries.length}); CPU time, median of ${runs} runs (per-term: 1 run)\n`,
);

const build1 = time(runs, () => compileMatcher(src1));
const build10 = time(runs, () => compileMatcher(src10));
const serial = serializeMatcher(src1);
const serialJson = JSON.stringify(serial);
const load1 = time(runs, () => loadMatcher(JSON.parse(serialJson)));
const ours1 = time(runs, () => build1.value.find(text).length);
const ours10 = time(runs, () => build10.value.find(text).length);
const re1 = regexPerName(src1);
const rx1 = timeLoop(re1, text, runs);
const rx10 = timeLoop(regexPerName(src10), text, Math.max(1, Math.floor(runs / 2)));
const reT1 = regexPerTerm(src1);
const pt1 = timeLoop(reT1, text, 1);

const s = build1.value.stats;
const fmt = (ms: number) => `${ms.toFixed(1).padStart(8)} ms`;
const rows: [string, number, number, string][] = [
  ['ours (token trie, one pass)', ours1.ms, ours10.ms, `${ours1.value} mentions`],
  ['(a) RegExp per name, looped', rx1.ms, rx10.ms, `${rx1.value} raw matches, ${re1.count} RegExps`],
  ['(b) mark.js-style per term', pt1.ms, Number.NaN, `${pt1.value} raw matches, ${reT1.count} terms`],
];
console.log('approach                         names x1     names x10    x10/x1   vs ours (x1)');
for (const [name, a, b, note] of rows)
  console.log(
    `${name.padEnd(30)} ${fmt(a)}  ${Number.isNaN(b) ? '         n/a' : fmt(b)}  ${Number.isNaN(b) ? '  n/a' : (b / a).toFixed(2).padStart(5)}×  ${(a / ours1.ms).toFixed(1).padStart(6)}×   ${note}`,
  );
console.log(
  `\n(b) with names x10 is not run: ${reT1.count * 10} RegExps over 1 MB; it grows like (a) x10, linearly in terms.`,
);
console.log(
  `\nAutomaton: ${s.nodes} nodes, ${s.edges} edges, ${s.forms} expanded name forms from ${s.entries} entries; ` +
    `serialised ${(serialJson.length / 1024).toFixed(0)} KB`,
);
console.log(
  `Build: compile ${build1.ms.toFixed(1)} ms (names x10: ${build10.ms.toFixed(1)} ms); load serialised ${load1.ms.toFixed(1)} ms`,
);
console.log(`Throughput: ${(text.length / 1e6 / (ours1.ms / 1000)).toFixed(1)} MB/s`);

const coldRuns = Number(process.env.BENCH_COLD_RUNS ?? 5);
fs.writeFileSync(SERIAL_FILE, serialJson);
const compiled = cold(coldRuns, 'compile', SERIAL_FILE);
const loaded = cold(coldRuns, 'load', SERIAL_FILE);
fs.rmSync(SERIAL_FILE, { force: true });
console.log(
  `\nCold start (fresh process per run, wall clock, median of ${coldRuns}; seed article ${fs.readFileSync(SEED, 'utf8').length} chars):`,
);
console.log(
  `  compileMatcher: ${compiled.startMs.toFixed(1)} ms; first find ${compiled.firstFindMs.toFixed(1)} ms`,
);
console.log(
  `  parse + loadMatcher (content script): ${loaded.startMs.toFixed(1)} ms; first find ${loaded.firstFindMs.toFixed(1)} ms`,
);
