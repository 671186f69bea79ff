/**
 * `npm run bench`: Standpoint against the floor, mark.js and the naive loop, in real headless Chromium,
 * on the four generated pages. Run through scripts/bench.mjs (tsx). Progress goes to stderr; stdout
 * gets the table, or with --json only the JSON contract of issue #7.
 *
 *   --json        print only JSON
 *   --runs N      runs per contestant and page (default 5; medians are reported)
 *   --page NAME   only this page (unn-article | live-blog | heavy | incremental), repeatable
 *   --no-x10      skip the names x10 variant
 *
 * Steps: generate pages -> build the bench bundle (the engine + name index, Vite library mode) and the
 * Chrome extension (for the content-script size) into bench-out/ -> serve everything with the e2e
 * harness -> measure (fresh tab per run; GC before and after for the heap) -> trace one Standpoint run
 * per page (longest task, forced layouts) -> appended paragraphs -> report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { readFamilies, withFamilies } from '../../src/data/families.ts';
import type { ContextRule, Entry } from '../../src/data/types.ts';
import type { MatchSource } from '../../src/matcher/index.ts';
import {
  CHROMIUM_PATH,
  type ChromiumSession,
  launchChromium,
  OTHER_HOST,
  reportsFor,
  startFixtureServer,
} from '../../test/e2e/harness/index.ts';
import { literalNames, multiplyNames } from './names.ts';
import { rng } from './pages/common.mjs';
import { allPages, type BenchPage, extensionOnlyPages } from './pages/index.mjs';
import {
  budgets,
  buildReport,
  fmt,
  type Method,
  median,
  type Report,
  type Run,
  renderTable,
  type Variant,
} from './report.ts';
import { startProfiler, startTrace, summarizeTrace, type TraceSummary } from './trace.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// BENCH_OUT: a private output dir, so two benchmarks on one checkout do not overwrite each other's builds.
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'bench-out');
const log = (...a: unknown[]) => console.error('[bench]', ...a);

function parseArgs(argv: string[]) {
  const opts = {
    json: false,
    runs: 5,
    pages: [] as string[],
    x10: true,
    standpoint: true,
    capMs: 4000,
    profile: false,
    extensionOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--runs') opts.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (a === '--page') opts.pages.push(String(argv[++i]));
    else if (a === '--no-x10') opts.x10 = false;
    else if (a === '--cap') opts.capMs = Math.max(100, Number(argv[++i]) || 4000);
    // Development aid: measure the baselines only (no build needed).
    else if (a === '--baselines-only') opts.standpoint = false;
    // Development aid: floor and Standpoint only, with a CPU profile of Standpoint's pass per page.
    else if (a === '--profile') opts.profile = true;
    // Development aid: only the built extension on the pages (SP_TRACE_EXT=1 explains long tasks).
    else if (a === '--extension-only') opts.extensionOnly = true;
  }
  return opts;
}

/**
 * The dataset's names as the matcher compiles them (entries' names + context rules), read straight
 * from the on-disk layout of src/data/types.ts; the build validates the same files.
 */
function matchSource(): MatchSource {
  const dir = path.join(ROOT, 'data');
  const entries: MatchSource['entries'] = [];
  const families = readFamilies(dir);
  for (const kind of readdirSync(path.join(dir, 'entries')).sort()) {
    for (const file of readdirSync(path.join(dir, 'entries', kind)).sort()) {
      if (!file.endsWith('.json')) continue;
      const e = JSON.parse(readFileSync(path.join(dir, 'entries', kind, file), 'utf8')) as Entry;
      entries.push({ id: e.id, kind: e.kind, names: withFamilies(e.names, families) });
    }
  }
  const metaFile = path.join(dir, 'meta.json');
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
  return { entries, contexts: (meta.contexts ?? {}) as Record<string, ContextRule> };
}

/** Builds the bench bundle: the real engine + matcher + extractor + name index, as one IIFE. */
async function buildBundle(): Promise<string> {
  const outDir = path.join(OUT, 'bundle');
  // Imported here, not at the top: baselines-only runs must work without the dataset loader.
  const { standpointDataset } = await import('../vite-plugin-dataset.ts');
  // The page's bundle, then the worker that stands in for the background (worker-entry.ts).
  for (const [entry, file] of [
    ['entry.ts', 'standpoint-bench.js'],
    ['worker-entry.ts', 'standpoint-bench-worker.js'],
  ] as const)
    await build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      plugins: [standpointDataset(ROOT)],
      build: {
        outDir,
        emptyOutDir: file === 'standpoint-bench.js',
        minify: false,
        lib: {
          entry: path.join(ROOT, 'scripts/bench', entry),
          formats: ['iife'],
          name: 'StandpointBenchBundle',
          fileName: () => file,
        },
      },
    });
  return path.join(outDir, 'standpoint-bench.js');
}

/** Builds the Chrome extension privately and measures its content script(s), raw and gzip. */
function buildExtension(): { dist: string; bytes: number; gzip: number; files: string[] } {
  const base = path.join(OUT, 'ext');
  const once = () =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--target', 'chrome'], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: base },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  // One retry: in a shared checkout a data file can be half-written for a moment.
  let r = once();
  if (r.status !== 0) r = once();
  if (r.status !== 0) throw new Error('bench: the extension build failed');
  const dist = path.join(base, 'chrome');
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const files: string[] = [
    ...new Set<string>((manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? [])),
  ];
  const buf = Buffer.concat(files.map((f) => readFileSync(path.join(dist, f))));
  return { dist, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length, files };
}

/** What in-page.js, names.js and the long-task observer put on the bench page's window. */
type PageRun = Record<string, unknown> & { totalMs: number };
interface BenchWindow {
  __longtasks: [number, number][];
  __benchLiterals: Record<Variant, string[]>;
  /** The bench bundle's own entry points (scripts/bench/entry.ts). */
  StandpointBench: {
    precheck(root: Element, how: 'walk' | 'textContent'): { ms: number; yes: boolean };
    head(): { ms: number; found: number };
  };
  __bench: {
    floor(root: Element): PageRun;
    floorMarks(root: Element, count: number): PageRun;
    floorKeep(root: Element): PageRun;
    naive(root: Element, names: string[], capMs: number): PageRun;
    markjs(root: Element, names: string[], capMs: number): PageRun;
    standpoint(
      root: Element,
      which: Variant,
      opts?: { scan?: boolean; again?: boolean; remote?: boolean },
    ): Promise<PageRun>;
    prepare(which: Variant): number;
    append(
      root: Element,
      htmls: string[],
    ): Promise<{ costs: { ms: number; chars: number }[]; chars: number; marked: number }>;
    scrollThrough(): Promise<{ steps: number; marks: number; ms: number; longTaskMs: number }>;
  };
}

/** Appends a run to its list. */
function record(byKey: Record<string, Run[]>, key: string, run: Run): void {
  const list = byKey[key] ?? [];
  list.push(run);
  byKey[key] = list;
}

// Long tasks as the page sees them, when Standpoint's content script started (the takeover event it
// sends first thing, lifecycle.ts; its long tasks are those from then on, the page's own parsing and
// first layouts come before), and when its first mark appeared (only the added nodes are looked at: a query per batch would cost the page).
const LONGTASKS = `<script>window.__longtasks=[];try{new PerformanceObserver(function(l){for(const e of l.getEntries())window.__longtasks.push([e.startTime,e.duration])}).observe({type:'longtask',buffered:true})}catch(e){}document.addEventListener('standpoint:takeover',function(){window.__spStartedAt=window.__spStartedAt||performance.now()});try{new MutationObserver(function(r,o){for(const m of r)for(const n of m.addedNodes)if(n.nodeName==='STANDPOINT-MARK'){window.__spFirstMarkAt=performance.now();o.disconnect();return}}).observe(document,{childList:true,subtree:true})}catch(e){}</script>`;

/** The page as served for the controlled runs: long-task observer first, bench scripts last. */
function benchHtml(p: BenchPage): string {
  const scripts = ['in-page.js', 'mark.min.js', 'standpoint-bench.js', 'names.js']
    .map((f) => `<script src="/bench/${f}"></script>`)
    .join('');
  return p.html.replace('<head>', `<head>${LONGTASKS}`).replace('</body>', `${scripts}</body>`);
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function openBench(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * Runs one contestant once on a fresh tab. Standpoint runs annotate() alone, on code as cold as the
 * content script's first pass (`split`: a separate one-piece scan first, which is how scan and apply
 * are told apart, and which warms the code up for the pass after it).
 */
async function measure(
  context: BrowserContext,
  url: string,
  root: string,
  method: Method,
  variant: Variant,
  capMs: number,
  split = false,
  marks = 0,
): Promise<Run> {
  const { page, cdp } = await openBench(context, url);
  try {
    const h0 = await heapUsed(cdp);
    const b0 = await taskDuration(cdp);
    const res = await page.evaluate(
      async ({ method, variant, root, capMs, split, marks }) => {
        const w = window as unknown as BenchWindow;
        const el = document.querySelector(root)!;
        const names = w.__benchLiterals[variant];
        const start = performance.now();
        let r: PageRun;
        if (method === 'floor') r = w.__bench.floor(el);
        else if (method === 'floormarks') r = w.__bench.floorMarks(el, marks);
        else if (method === 'floorkeep') r = w.__bench.floorKeep(el);
        else if (method === 'naive') r = w.__bench.naive(el, names, capMs);
        else if (method === 'markjs') r = w.__bench.markjs(el, names, capMs);
        else if (method === 'remote')
          r = await w.__bench.standpoint(el, variant, { scan: false, remote: true });
        else r = await w.__bench.standpoint(el, variant, { scan: split, again: split });
        // Let the browser render what was marked, so the busy time includes it.
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        const longest = (w.__longtasks as [number, number][])
          .filter(([t]) => t >= start - 1)
          .reduce((m, [, d]) => Math.max(m, d), 0);
        return { ...r, longTaskMs: longest };
      },
      { method, variant, root, capMs, split, marks },
    );
    const b1 = await taskDuration(cdp);
    const h1 = await heapUsed(cdp);
    const run: Run = { ...(res as unknown as Run), heapDeltaKb: (h1 - h0) / 1024, busyMs: b1 - b0 };
    if (method === 'standpoint' && variant === 'x1' && !split) {
      // Development aid: SP_TRACE_SCROLL=1 lists what the long tasks of the scrolls are made of.
      const trace = await loadTrace(context, page, 'SP_TRACE_SCROLL');
      Object.assign(run, await deferred(page, cdp));
      await trace?.report(`scrolling ${url}`);
    }
    return run;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * What annotate() left for later: on a long page only the blocks near the viewport are written before
 * it resolves, the rest as the reader scrolls. Scrolls to the end twice; the first time the lazy
 * writes happen, the second time every mark is already there. The main-thread time of the first
 * scroll minus the second is the deferred cost (scrolling and painting themselves cancel out).
 */
async function deferred(page: Page, cdp: CDPSession) {
  const scroll = () => page.evaluate(() => (window as unknown as BenchWindow).__bench.scrollThrough());
  const c0 = await taskDuration(cdp);
  const first = await scroll();
  const c1 = await taskDuration(cdp);
  const second = await scroll();
  const c2 = await taskDuration(cdp);
  return {
    deferredMs: Math.max(0, c1 - c0 - (c2 - c1)),
    deferredLongTaskMs: first.longTaskMs,
    scrollLongTaskMs: second.longTaskMs,
    deferredMarks: first.marks,
  };
}

/** One traced Standpoint run: the precise longest task and forced layouts (tracing slows it a bit). */
async function traceStandpoint(
  context: BrowserContext,
  url: string,
  root: string,
  remote = false,
): Promise<TraceSummary> {
  const { page, cdp } = await openBench(context, url);
  try {
    // The names are loaded before tracing: startup is its own column, this is the pass's longest task.
    // `remote`: the pass as the extension runs it, the names loaded by the worker inside the trace
    // (in its own thread; the page only waits).
    if (!remote) await page.evaluate(() => (window as unknown as BenchWindow).__bench.prepare('x1'));
    const endTrace = await startTrace(
      cdp,
      'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute',
    );
    await page.evaluate(
      async ({ root, remote }) => {
        const w = window as unknown as BenchWindow;
        // Without the bench's separate one-piece scan (it is there only to split scan from apply).
        await w.__bench.standpoint(document.querySelector(root)!, 'x1', { scan: false, remote });
      },
      { root, remote },
    );
    return summarizeTrace(await endTrace());
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * Development aid (--profile): the floor, then one Standpoint run (names loaded before) under the
 * CPU profiler in a fresh tab; prints the times and the functions with the most self time.
 */
async function profileRun(context: BrowserContext, url: string, name: string, root: string): Promise<void> {
  const { page, cdp } = await openBench(context, url);
  try {
    const floor = await page.evaluate(
      (root) => (window as unknown as BenchWindow).__bench.floor(document.querySelector(root)!).totalMs,
      root,
    );
    await page.evaluate(() => (window as unknown as BenchWindow).__bench.prepare('x1'));
    await page.evaluate(() => {
      (globalThis as unknown as { __spT: unknown[] }).__spT = [];
    });
    // SP_PROFILE_SECOND=1: profile (or trace) a second pass instead (the first runs unprofiled, then clear()).
    if (process.env.SP_PROFILE_SECOND)
      await page.evaluate(async (root) => {
        const w = window as unknown as BenchWindow & { __benchAnnotator: { clear(): void } };
        await w.__bench.standpoint(document.querySelector(root)!, 'x1', { scan: false });
        w.__benchAnnotator.clear();
      }, root);
    const prof = !process.env.SP_NOPROF && !process.env.SP_TRACE_PASS;
    // Development aid: SP_TRACE_PASS=1 traces the pass instead and sums the trace's events by name
    // (V8 compiling and optimising, GC, rendering between tasks), nested events counted in each.
    const endTrace = process.env.SP_TRACE_PASS
      ? await startTrace(
          cdp,
          'devtools.timeline,toplevel,v8,v8.execute,disabled-by-default-v8.compile,disabled-by-default-v8.gc',
        )
      : null;
    const endProfile = prof ? await startProfiler(cdp, 50) : null;
    // Cold, as the measured total: no one-piece scan warms the code first. SP_REMOTE=1: the pass as
    // the extension runs it, the matcher in a worker (what is profiled is then the page's share).
    const r = await page.evaluate(
      ({ root, remote }) =>
        (window as unknown as BenchWindow).__bench.standpoint(document.querySelector(root)!, 'x1', {
          scan: false,
          remote,
        }),
      { root, remote: Boolean(process.env.SP_REMOTE) },
    );
    const profile = endProfile ? await endProfile() : { nodes: [], samples: [], timeDeltas: [] };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id)!.callFrame;
      const key = `${f.functionName || '(anon)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    });
    if (endTrace) {
      const events = await endTrace();
      const main = events.find(
        (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
      );
      for (const e of events) {
        if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X') continue;
        self.set(`[trace] ${e.name}`, (self.get(`[trace] ${e.name}`) ?? 0) + (e.dur ?? 0) / 1000);
        if (e.name === 'V8.CompileCode' && process.env.SP_TRACE_PASS === '2')
          log(`  compile ${((e.dur ?? 0) / 1000).toFixed(1)} ${JSON.stringify(e.args).slice(0, 200)}`);
      }
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
    log(
      `${name}: floor ${fmt(floor)} ms; standpoint scan ${fmt(r.scanMs as number)} total ${fmt(r.totalMs)} marked ${r.marked}`,
    );
    // Phase marks, when a local build of the engine pushes [name, time] pairs to __spT.
    const marks = await page.evaluate(() => (globalThis as unknown as { __spT: [string, number][] }).__spT);
    if (marks.length > 1)
      log(
        `  phases: ${marks
          .slice(1)
          .map(([k, t], i) => `${k} ${(t - marks[i]![1]).toFixed(1)}`)
          .join(', ')}`,
      );
    for (const [k, ms] of top) log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** `fn` once in a fresh tab of `url` (its code cold), the tab closed after. */
async function inFreshTab<T>(
  context: BrowserContext,
  url: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const { page } = await openBench(context, url);
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

/**
 * The content script's first check, `runs` times each way, and the headline lookup of a full pass,
 * `runs` times, each cold in a fresh tab (medians).
 */
async function precheckRuns(
  context: BrowserContext,
  url: string,
  root: string,
  runs: number,
): Promise<Report['precheck'][string]> {
  const got: Record<'walk' | 'textContent', { ms: number; yes: boolean }[]> = { walk: [], textContent: [] };
  const heads: { ms: number; found: number }[] = [];
  for (let run = 0; run < runs; run++) {
    for (const how of ['walk', 'textContent'] as const)
      got[how].push(
        await inFreshTab(context, url, (page) =>
          page.evaluate(
            ({ root, how }) =>
              (window as unknown as BenchWindow).StandpointBench.precheck(document.querySelector(root)!, how),
            { root, how },
          ),
        ),
      );
    heads.push(
      await inFreshTab(context, url, (page) =>
        page.evaluate(() => (window as unknown as BenchWindow).StandpointBench.head()),
      ),
    );
  }
  return {
    ms: median(got.walk.map((r) => r.ms)),
    text_content_ms: median(got.textContent.map((r) => r.ms)),
    about_the_war: got.walk.every((r) => r.yes),
    same_answer: got.walk.every((r, i) => r.yes === got.textContent[i]!.yes),
    head_ms: median(heads.map((h) => h.ms)),
    head_parts: heads[0]?.found ?? 0,
  };
}

/** Annotates, then appends paragraphs one by one, timing the engine's rescan of each. */
async function appendRun(context: BrowserContext, url: string, root: string, paragraphs: string[]) {
  const { page, cdp } = await openBench(context, url);
  try {
    return await page.evaluate(
      async ({ root, paragraphs }) => {
        const w = window as unknown as BenchWindow;
        const el = document.querySelector(root)!;
        const full = await w.__bench.standpoint(el, 'x1');
        const chars = el.textContent!.length;
        const start = performance.now();
        const app = await w.__bench.append(el, paragraphs);
        const longest = (w.__longtasks as [number, number][])
          .filter(([t]) => t >= start - 1)
          .reduce((m, [, d]) => Math.max(m, d), 0);
        return { fullMs: full.totalMs, fullChars: chars, ...app, longTaskMs: longest };
      },
      { root, paragraphs },
    );
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Headless Chromium without the extension, OTHER_HOST mapped to the server (baselines-only runs). */
async function plainChromium(port: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1:${port}, MAP * ~NOTFOUND`, '--disable-gpu'],
  });
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
  });
  return { context, close: () => browser.close() };
}

/**
 * The production path: the page served as https://www.unn.ua/bench/<name>, where the built extension's
 * own content script annotates it by itself. Reports the longest task the page saw from load until
 * the marks stop changing, and how long that took.
 */
/** SP_TRACE_EXT=1: traces a page from before its load; `report` logs what its longest tasks held. */
async function loadTrace(context: BrowserContext, page: Page, flag = 'SP_TRACE_EXT') {
  if (!process.env[flag]) return null;
  const cdp = await context.newCDPSession(page);
  const endTrace = await startTrace(
    cdp,
    'devtools.timeline,disabled-by-default-devtools.timeline,toplevel,v8.execute,v8',
  );
  // SP_TRACE_EXT=2: the CPU profiler too, so each long task lists the functions it ran.
  const endProfile = process.env[flag] === '2' ? await startProfiler(cdp, 100) : null;
  return {
    async report(label: string) {
      const samples: { ts: number; fn: string }[] = [];
      if (endProfile) {
        const profile = await endProfile();
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        let ts = profile.startTime;
        profile.samples.forEach((id, i) => {
          ts += profile.timeDeltas[i] ?? 0;
          const f = byId.get(id)!.callFrame;
          samples.push({
            ts,
            fn: `${f.functionName || '(anon)'}@${path.basename(f.url)}:${f.lineNumber + 1}:${f.columnNumber ?? 0}`,
          });
        });
      }
      const events = await endTrace();
      // SP_TRACE_MIN=<ms>: list shorter tasks too (e.g. every task of the content script's start).
      const min = Number(process.env.SP_TRACE_MIN ?? 30);
      const long = events
        .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > min * 1000)
        .sort((a, b) => a.ts - b.ts);
      // A loop, not Math.min(...): a long trace holds more events than the call stack has room for.
      let t0 = Number.POSITIVE_INFINITY;
      for (const e of events) if (e.ts > 0 && e.ts < t0) t0 = e.ts;
      log(`${label}: ${long.length} tasks over ${min} ms`);
      for (const t of long) {
        const end = t.ts + (t.dur ?? 0);
        const inside = events.filter(
          (e) =>
            e !== t &&
            e.tid === t.tid &&
            e.ts >= t.ts &&
            e.ts + (e.dur ?? 0) <= end &&
            (e.dur ?? 0) > Math.min(2000, min * 200),
        );
        const what = inside
          .map((e) => {
            const d = e.args?.data as { functionName?: string; url?: string } | undefined;
            const fn = d?.functionName ? ` ${d.functionName}@${path.basename(d.url ?? '')}` : '';
            return `${e.name}${fn} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
          })
          .slice(0, 10)
          .join(' | ');
        log(`  at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ${what}`);
        if (endProfile) {
          const fns = new Map<string, number>();
          for (const x of samples) if (x.ts >= t.ts && x.ts <= end) fns.set(x.fn, (fns.get(x.fn) ?? 0) + 0.1);
          const top = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 8);
          log(`    ${top.map(([f, ms]) => `${f} ${ms.toFixed(1)}`).join(' | ')}`);
        }
      }
    },
  };
}

/** A bench page loaded where no content script runs: the long tasks of its own load, for comparison. */
async function pageAloneRun(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const trace = await loadTrace(context, page);
  const cdp = await mainThreadMeter(context, page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // As long as extensionRun waits at least (its settle time), so both see the same phases of a
    // load, and polling the page as it does: each poll is a task on the page's main thread too.
    for (const t0 = Date.now(); Date.now() - t0 < 2000; ) {
      await page.evaluate(() => document.querySelectorAll('standpoint-mark').length);
      await page.waitForTimeout(100);
    }
    await trace?.report(`page alone ${url}`);
    const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__longtasks);
    return {
      longest_task_ms: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      long_tasks: tasks.length,
      task_ms: await taskDuration(cdp),
    };
  } finally {
    await page.close();
  }
}

/**
 * The page's main-thread busy time (CDP TaskDuration), counted from before its load: with the
 * extension, the page's own work plus the content script's; without it, the page's alone.
 */
async function mainThreadMeter(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return cdp;
}

/**
 * The keys of the reports the extension's background holds for `url`: how the bench sees that the
 * content script has read a page it leaves unmarked, which carries no trace of Standpoint in its DOM.
 * Asked in the service worker, so the page runs no task for it.
 */
async function reportKeys(session: ChromiumSession, url: string): Promise<string[]> {
  return (await reportsFor(session, url)).map((r) => r.key);
}

async function extensionRun(session: ChromiumSession, url: string, expectMarks = true) {
  const context = session.context;
  // Reports of tabs closed earlier may not be gone yet: only a new one counts.
  const earlier = new Set(expectMarks ? [] : await reportKeys(session, url));
  const page = await context.newPage();
  // Development aid: SP_TRACE_EXT=1 traces the load and prints what the longest tasks were made of.
  const trace = await loadTrace(context, page);
  const cdp = await mainThreadMeter(context, page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const t0 = Date.now();
    let last = -1;
    let stableSince = Date.now();
    // A page that gets no marks: settled 1.5 s after its content script reported it to the
    // background, asked there every 100 ms so that the page runs no task for it. (Until 29 November
    // Playwright's waitForFunction polled the page: its selector engine cost a ~30 ms task,
    // SP_TRACE_EXT=2: InjectedScript, counted as Standpoint's. Until 30 November the bench polled
    // the page for the ready flag, which a page about something else no longer carries.)
    while (!expectMarks && Date.now() - t0 < 60_000) {
      if ((await reportKeys(session, url)).some((k) => !earlier.has(k))) break;
      await page.waitForTimeout(100);
    }
    // Settled: the mark count has not changed for 1.5 s (the live watcher may still add a few).
    while (Date.now() - t0 < 60_000) {
      const count = await page.evaluate(() => document.querySelectorAll('standpoint-mark').length);
      if (count !== last) {
        last = count;
        stableSince = Date.now();
      } else if ((count > 0 || !expectMarks) && Date.now() - stableSince > 1500) break;
      await page.waitForTimeout(100);
    }
    const { all, started, firstMark } = await page.evaluate(() => ({
      all: (window as unknown as BenchWindow).__longtasks,
      started: (window as unknown as { __spStartedAt?: number }).__spStartedAt ?? 0,
      firstMark: (window as unknown as { __spFirstMarkAt?: number }).__spFirstMarkAt ?? Number.NaN,
    }));
    const taskMs = await taskDuration(cdp);
    await trace?.report(`extension ${url}`);
    // A task that ends after the content script started may hold its work; earlier ones cannot.
    const tasks = all.filter(([t, d]) => t + d >= started);
    return {
      marks: last,
      longest_task_ms: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
      long_tasks: tasks.length,
      long_task_total_ms: tasks.reduce((sum, [, d]) => sum + d, 0),
      /** Every long task from the start of the load, the page's own included. */
      load_longest_task_ms: all.reduce((m, [, d]) => Math.max(m, d), 0),
      /** From the content script's start to its first mark in the page. */
      first_mark_ms: firstMark - started,
      /** The page's main-thread busy time until the marks settled, the page's own work included. */
      task_ms: taskMs,
    };
  } finally {
    await page.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(path.join(OUT, 'pages'), { recursive: true });
  const pages = (allPages() as BenchPage[]).filter(
    (p) => opts.pages.length === 0 || opts.pages.includes(p.name),
  );
  for (const p of pages) writeFileSync(path.join(OUT, 'pages', `${p.name}.html`), p.html);
  // Measured with the built extension only (an article about something else, never marked).
  const extensionPages = [
    ...pages.filter((x) => x.name !== 'incremental'),
    ...(extensionOnlyPages() as BenchPage[]).filter(
      (p) => opts.pages.length === 0 || opts.pages.includes(p.name),
    ),
  ];

  log('names…');
  const source = matchSource();
  // Seeded random order: a capped baseline then measures a fair sample of the names (see in-page.js).
  const order = rng(7);
  const literals = {
    x1: order.shuffle(literalNames(source)),
    x10: order.shuffle(literalNames(multiplyNames(source, 10))),
  };
  const x10Source = multiplyNames(source, 10);
  log(`literal names: ${literals.x1.length} (x10: ${literals.x10.length})`);

  log('building the bench bundle and the extension…');
  const bundlePath = opts.standpoint ? await buildBundle() : null;
  const ext = opts.standpoint ? buildExtension() : null;
  if (ext) log(`content script: ${ext.files.join(', ')} ${ext.bytes} B, ${ext.gzip} B gzip`);

  const server = await startFixtureServer();
  const js = (f: string) => readFileSync(f, 'utf8');
  server.addPage(
    OTHER_HOST,
    '/bench/in-page.js',
    js(path.join(ROOT, 'scripts/bench/in-page.js')),
    'text/javascript',
  );
  server.addPage(
    OTHER_HOST,
    '/bench/mark.min.js',
    js(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js')),
    'text/javascript',
  );
  server.addPage(
    OTHER_HOST,
    '/bench/standpoint-bench.js',
    bundlePath ? js(bundlePath) : '',
    'text/javascript',
  );
  server.addPage(
    OTHER_HOST,
    '/bench/standpoint-bench-worker.js',
    bundlePath ? js(path.join(path.dirname(bundlePath), 'standpoint-bench-worker.js')) : '',
    'text/javascript',
  );
  server.addPage(
    OTHER_HOST,
    '/bench/names.js',
    `window.__benchLiterals=${JSON.stringify(literals)};window.__benchX10Source=${JSON.stringify(x10Source)};`,
    'text/javascript',
  );
  for (const p of pages) server.addPage(OTHER_HOST, `/bench/${p.name}.html`, benchHtml(p));
  // The first check is also timed on the pages only the extension rows use (the off-topic article).
  for (const p of extensionPages)
    if (!pages.includes(p)) server.addPage(OTHER_HOST, `/bench/${p.name}.html`, benchHtml(p));

  // With Standpoint: the harness's Chromium with the freshly built extension loaded (bench pages are
  // on OTHER_HOST, where the content script does not run). Baselines only: a plain Chromium.
  const session = ext
    ? await launchChromium({ dist: ext.dist, serverPort: server.port, hosts: server.hosts })
    : await plainChromium(server.port);
  const context = session.context;
  const results: Record<string, Record<string, Run[]>> = {};
  const traces: Record<string, TraceSummary> = {};
  const methods: Method[] = opts.standpoint
    ? ['floor', 'standpoint', 'floormarks', 'floorkeep', 'remote', 'markjs', 'naive']
    : ['floor', 'markjs', 'naive'];
  const x10Methods: Method[] = opts.standpoint ? ['standpoint', 'naive', 'markjs'] : ['naive', 'markjs'];
  try {
    if (opts.profile) {
      for (const p of pages) {
        for (let run = 0; run < opts.runs; run++) {
          await profileRun(context, server.url(OTHER_HOST, `/bench/${p.name}.html`), p.name, p.root);
        }
      }
      return;
    }
    for (const p of opts.extensionOnly ? [] : pages) {
      const url = server.url(OTHER_HOST, `/bench/${p.name}.html`);
      const byKey: Record<string, Run[]> = {};
      results[p.name] = byKey;
      // Interleaved (run 1 of each, then run 2 of each…) so drift on a shared machine hits all alike.
      for (let run = 0; run < opts.runs; run++) {
        for (const m of methods) {
          // mark.js is the slowest by far: three runs are enough to show it.
          if (m === 'markjs' && run >= 3) continue;
          // The floor with marks writes as many as Standpoint's pass of this round wrote.
          const marks = byKey['standpoint:x1']?.at(-1)?.written ?? 0;
          const r = await measure(context, url, p.root, m, 'x1', opts.capMs, false, marks);
          if (m === 'standpoint') {
            // Scan and apply from a second fresh tab (see measure); the total stays the cold pass's.
            const parts = await measure(context, url, p.root, m, 'x1', opts.capMs, true);
            r.scanMs = parts.scanMs;
            r.found = parts.found;
            r.againMs = parts.againMs ?? null;
            r.applyMs = parts.scanMs == null ? null : Math.max(0, r.totalMs - parts.scanMs);
          }
          record(byKey, `${m}:x1`, r);
        }
        log(
          `${p.name} run ${run + 1}/${opts.runs}: ${methods.map((m) => `${m} ${fmt(byKey[`${m}:x1`]?.at(-1)?.[m === 'remote' ? 'pageMs' : 'totalMs'] as number)}`).join(', ')}`,
        );
      }
      if (opts.x10) {
        for (let run = 0; run < Math.min(3, opts.runs); run++) {
          for (const m of x10Methods) {
            const r = await measure(context, url, p.root, m, 'x10', opts.capMs);
            record(byKey, `${m}:x10`, r);
          }
        }
        log(
          `${p.name} x10: ${x10Methods.map((m) => `${m} ${fmt(median(byKey[`${m}:x10`]!.map((r) => r.totalMs)))}`).join(', ')}`,
        );
      }
      if (!opts.standpoint) continue;
      traces[p.name] = await traceStandpoint(context, url, p.root);
      traces[`${p.name}:remote`] = await traceStandpoint(context, url, p.root, true);
      for (const key of [p.name, `${p.name}:remote`])
        log(
          `${key} trace: longest task ${fmt(traces[key]!.longestTaskMs)} ms (${traces[key]!.longestTaskParts.map((x) => `${x.name} ${x.ms}`).join(', ')}), forced layouts ${traces[key]!.forcedLayouts}`,
        );
    }

    // The content script's first check (is the page about the war at all?), cold, in fresh tabs: as
    // shipped, and over the whole textContent as before (the same run, the same pages).
    const precheck: Report['precheck'] = {};
    for (const p of opts.standpoint && !opts.extensionOnly ? extensionPages : []) {
      precheck[p.name] = await precheckRuns(
        context,
        server.url(OTHER_HOST, `/bench/${p.name}.html`),
        p.root,
        opts.runs,
      );
      log(
        `first check on ${p.name}: ${fmt(precheck[p.name]!.ms, 2)} ms (whole textContent: ${fmt(precheck[p.name]!.text_content_ms, 2)} ms), about the war: ${precheck[p.name]!.about_the_war}`,
      );
    }

    // Appended paragraphs: the same 200 paragraphs onto a small page and onto the long live blog.
    const inc = (allPages() as BenchPage[]).find((p) => p.name === 'incremental')!;
    const appended: Record<string, Awaited<ReturnType<typeof appendRun>>> = {};
    for (const base of ['incremental', 'live-blog']) {
      if (!opts.standpoint || opts.extensionOnly || !pages.some((p) => p.name === base)) continue;
      appended[base] = await appendRun(
        context,
        server.url(OTHER_HOST, `/bench/${base}.html`),
        'article',
        inc.appended!,
      );
      log(
        `appended onto ${base}: median ${fmt(median(appended[base]!.costs.map((c: { ms: number }) => c.ms)), 2)} ms per paragraph`,
      );
    }

    // The real content script on the real hostname (only with the extension built).
    const extension: Report['extension'] = {};
    if (ext) {
      for (const p of extensionPages) {
        server.addPage('www.unn.ua', `/bench/${p.name}`, p.html.replace('<head>', `<head>${LONGTASKS}`));
        // The same page where the content script does not run: its own load's long tasks.
        server.addPage(OTHER_HOST, `/alone/${p.name}`, p.html.replace('<head>', `<head>${LONGTASKS}`));
        // A fresh tab per run, alone and with the extension. Times and marks are medians of the
        // runs; long tasks are counted over all runs, and the longest is the longest of any run, as
        // the budget is about any load (a median count beside a maximum read as a contradiction:
        // "longest 51 ms, 0 tasks over 50 ms").
        const alones: Awaited<ReturnType<typeof pageAloneRun>>[] = [];
        const withExt: Awaited<ReturnType<typeof extensionRun>>[] = [];
        for (let run = 0; run < opts.runs; run++) {
          alones.push(await pageAloneRun(context, server.url(OTHER_HOST, `/alone/${p.name}`)));
          withExt.push(
            await extensionRun(
              session as ChromiumSession,
              server.url('www.unn.ua', `/bench/${p.name}`),
              !p.unmarked,
            ),
          );
        }
        const mid = <T>(list: T[], f: (x: T) => number) => median(list.map(f));
        const most = <T>(list: T[], f: (x: T) => number) => Math.max(...list.map(f));
        const sum = <T>(list: T[], f: (x: T) => number) => list.reduce((total, x) => total + f(x), 0);
        const alone = {
          longest_task_ms: most(alones, (x) => x.longest_task_ms),
          long_tasks: sum(alones, (x) => x.long_tasks),
          task_ms: mid(alones, (x) => x.task_ms),
        };
        extension[p.name] = {
          loads: withExt.length,
          marks: mid(withExt, (x) => x.marks),
          longest_task_ms: most(withExt, (x) => x.longest_task_ms),
          long_tasks: sum(withExt, (x) => x.long_tasks),
          long_task_total_ms: sum(withExt, (x) => x.long_task_total_ms),
          load_longest_task_ms: most(withExt, (x) => x.load_longest_task_ms),
          first_mark_ms: mid(withExt, (x) => x.first_mark_ms),
          task_ms: mid(withExt, (x) => x.task_ms),
          page_alone_longest_task_ms: alone.longest_task_ms,
          page_alone_long_tasks: alone.long_tasks,
          page_alone_task_ms: alone.task_ms,
        };
        const e = extension[p.name]!;
        log(
          `extension on ${p.name}: ${e.marks} marks, first at ${fmt(e.first_mark_ms)} ms, longest task ${fmt(e.longest_task_ms)} ms (page alone ${fmt(alone.longest_task_ms)} ms), main thread ${fmt(e.task_ms)} ms (page alone ${fmt(alone.task_ms)} ms)`,
        );
      }
    }

    // The development aid measured nothing else: there is no table to build.
    if (opts.extensionOnly) return;
    const partial = { ...buildReport(pages, results, traces, appended, ext), extension, precheck };
    const report: Report = { ...partial, budgets: budgets(partial) };
    if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(renderTable(report));
    writeFileSync(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2));
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
