/**
 * The matcher: compile the dataset's names once into a token trie, then find mentions in any text
 * in one pass. Pure and DOM-free: used by the content script, the CLI and the tests alike.
 * `startCompile` compiles in slices with injected yields, so start-up is never one long task.
 *
 *   tokenize.ts  text -> normalised word tokens with original offsets (parallel arrays)
 *   pattern.ts   name syntax -> expanded forms (steps)
 *   insert.ts    name -> trie paths, segment by segment (never listing every form)
 *   trie.ts      forms -> automaton (serialisable)
 *   scan.ts      one pass over the tokens -> candidates (contexts checked: context.ts, actor.ts)
 *   select.ts    longest-leftmost + nested
 */
import type { EntryKind } from '../data/types.ts';
import { BLOCKER, BLOCKERS } from './blockers.ts';
import { type CompiledContext, compileContext } from './context.ts';
import { addPattern } from './insert.ts';
import { type ChunkCache, compilePattern } from './pattern.ts';
import { indexSteps, scan, scanIndex } from './scan.ts';
import { select } from './select.ts';
import { tokenizeList } from './tokenize.ts';
import {
  deserializeTrie,
  LANGS,
  type SerialTrie,
  serializeTrie,
  TrieBuilder,
  type TrieNode,
} from './trie.ts';
import type { FindOptions, Matcher, MatchSource, Mention } from './types.ts';

export { detectLang } from './lang.ts';
export { PatternError } from './pattern.ts';
export type { FindOptions, MatchEntry, Matcher, MatchSource, Mention } from './types.ts';

/** The compiled matcher as plain data: what `serializeMatcher` writes and `loadMatcher` reads. */
export interface CompiledMatcher {
  entries: { id: string; kind: EntryKind }[];
  contexts: CompiledContext[];
  trie: SerialTrie;
}

interface Parts {
  entries: { id: string; kind: EntryKind }[];
  contexts: CompiledContext[];
  trie: TrieNode[];
  /** Expanded name forms, counted only when asked (the benchmark): compiling never lists them. */
  forms: () => number;
}

/** Distinct literal forms of every name (blockers not counted), as `compilePattern` expands them. */
function countForms(source: MatchSource): number {
  const cache: ChunkCache = new Map();
  let forms = 0;
  for (const entry of source.entries)
    for (const [lang, specs] of Object.entries(entry.names)) {
      if (!(LANGS as readonly string[]).includes(lang)) continue;
      for (const spec of specs ?? []) {
        const s = typeof spec === 'string' ? { text: spec } : spec;
        forms += compilePattern(s.text, s.case ?? 'auto', cache).length;
      }
    }
  return forms;
}

/**
 * Compile step by step: one name at a time, so a caller can pause between names (the generator
 * yields after each) and no single step is long. Returns the finished parts.
 */
function* building(source: MatchSource): Generator<void, Parts, void> {
  const builder = new TrieBuilder();
  const cache: ChunkCache = new Map();
  const ctxIds = Object.keys(source.contexts);
  // A rule's word lists expand like names (a few ms each on a cold page): a step per rule.
  const contexts: CompiledContext[] = [];
  for (const id of ctxIds) {
    contexts.push(compileContext(source.contexts[id]!));
    yield;
  }
  const entries = source.entries.map((e) => ({ id: e.id, kind: e.kind }));
  for (let index = 0; index < source.entries.length; index++) {
    const entry = source.entries[index]!;
    for (const [lang, specs] of Object.entries(entry.names)) {
      const langIdx = (LANGS as readonly string[]).indexOf(lang);
      if (langIdx < 0) continue;
      for (const spec of specs ?? []) {
        const s = typeof spec === 'string' ? { text: spec } : spec;
        const context = s.context === undefined ? -1 : ctxIds.indexOf(s.context);
        if (s.context !== undefined && context < 0)
          throw new Error(`${entry.id}: unknown context "${s.context}"`);
        addPattern(builder, s.text, s.case ?? 'auto', { entry: index, context, lang: langIdx }, cache);
        yield;
      }
    }
  }
  for (const name of BLOCKERS)
    addPattern(builder, name, 'auto', { entry: BLOCKER, context: -1, lang: 0 }, cache);
  // The scan's index, in steps of its own (scanIndex finds it built), then makeMatcher's slice.
  yield;
  yield* indexSteps(builder.nodes);
  return { entries, contexts, trie: builder.nodes, forms: () => countForms(source) };
}

function build(source: MatchSource): Parts {
  const steps = building(source);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function makeMatcher(parts: Parts): Matcher {
  const { entries, contexts, trie } = parts;
  const edges = trie.reduce((sum, n) => sum + n.next.size + n.gaps.length, 0);
  // The scan's first-word set and per-node flags: part of start-up, not of the first find().
  scanIndex(trie);
  const kindOf = (e: number) => entries[e]!.kind;
  return {
    stats: {
      nodes: trie.length,
      edges,
      get forms() {
        return parts.forms();
      },
      entries: entries.length,
    },
    find,
  };

  function find(text: string, opts?: FindOptions): Mention[] {
    const lang = opts?.lang ?? 'auto';
    const want = lang === 'auto' ? -1 : (LANGS as readonly string[]).indexOf(lang);
    const from = opts?.from ?? 0;
    const to = opts?.to ?? text.length;
    // A range that cuts a line is matched as a copy (see FindOptions).
    const atBreak = (i: number) => i === 0 || i === text.length || text.charCodeAt(i - 1) === 10;
    if (!atBreak(from) || !atBreak(to)) {
      const found = find(text.slice(from, to), { lang });
      for (const m of found) {
        m.start += from;
        m.end += from;
      }
      return found;
    }
    const tokens = tokenizeList(text, from, to);
    const cands = scan(
      text,
      tokens,
      trie,
      contexts,
      (l, entry) => entry === BLOCKER || want < 0 || l === want,
    );
    return select(cands, kindOf).map((p) => {
      const e = entries[p.entry]!;
      const m: Mention = {
        id: e.id,
        kind: e.kind,
        start: p.start,
        end: p.end,
        text: text.slice(p.start, p.end),
      };
      if (p.nested) m.nested = true;
      return m;
    });
  }
}

/** Compile every name of the dataset into one matcher. Throws on a malformed name or unknown context. */
export function compileMatcher(source: MatchSource): Matcher {
  return makeMatcher(build(source));
}

/** How `startCompile` shares the main thread: work for `sliceMs`, then await `yield()`. */
export interface CompileSchedule {
  /** Gives the thread back (the content script passes `yieldToMain`); the matcher stays DOM-free. */
  yield: () => Promise<void>;
  /** Longest stretch of compiling between two yields, in ms (default 8). */
  sliceMs?: number;
  /** Clock in ms (default `performance.now`). */
  now?: () => number;
}

/** A compile running in slices: `ready` resolves when done; `now()` finishes it at once if needed. */
export interface PendingMatcher {
  readonly ready: Promise<Matcher>;
  /** The matcher, compiling whatever is left synchronously: for a caller that cannot wait. */
  now(): Matcher;
}

const clock = () => globalThis.performance?.now() ?? Date.now();

/**
 * Compile in slices of a few ms with a yield between them, so compiling the names is never one
 * long task on page load. The result is exactly `compileMatcher(source)`.
 */
export function startCompile(source: MatchSource, schedule: CompileSchedule): PendingMatcher {
  const steps = building(source);
  let done: Matcher | null = null;
  let failed: { error: unknown } | null = null;
  const advance = (until: number, time: () => number): boolean => {
    if (failed) throw failed.error;
    if (done) return true;
    try {
      for (;;) {
        const r = steps.next();
        if (r.done) {
          done = makeMatcher(r.value);
          return true;
        }
        if (time() >= until) return false;
      }
    } catch (error) {
      failed = { error };
      throw error;
    }
  };
  const time = schedule.now ?? clock;
  const slice = schedule.sliceMs ?? 8;
  const ready = (async () => {
    // Not even the first slice in the caller's task: that is the content script's own evaluation.
    do await schedule.yield();
    while (!advance(time() + slice, time));
    return done!;
  })();
  // A caller that only uses now() must not see an unhandled rejection from `ready`.
  ready.catch(() => {});
  return {
    ready,
    now() {
      advance(Number.POSITIVE_INFINITY, () => 0);
      return done!;
    },
  };
}

/** Compile to plain JSON-safe data, e.g. at build time. */
export function serializeMatcher(source: MatchSource): CompiledMatcher {
  const parts = build(source);
  return { entries: parts.entries, contexts: parts.contexts, trie: serializeTrie(parts.trie) };
}

/** Rebuild a matcher from `serializeMatcher` output without parsing any pattern. */
export function loadMatcher(data: CompiledMatcher): Matcher {
  const trie = deserializeTrie(data.trie);
  return makeMatcher({ entries: data.entries, contexts: data.contexts, trie, forms: () => Number.NaN });
}
