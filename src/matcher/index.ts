/**
 * The matcher: compile the dataset's names once into a token trie, then find mentions in any text
 * in one pass. Pure and DOM-free: used by the content script, the CLI and the tests alike.
 * The extension compiles at build time (`serializeMatcher`); a page only loads the result
 * (`loadMatcher`), so no page pays for compiling the names.
 *
 *   tokenize.ts  text -> normalised word tokens with original offsets (parallel arrays)
 *   pattern.ts   name syntax -> expanded forms (steps)
 *   insert.ts    name -> trie paths, segment by segment (never listing every form)
 *   trie.ts      forms -> automaton
 *   minimize.ts  automaton -> the same with equivalent nodes merged (no repeated tails)
 *   scan.ts      automaton -> flat index; one pass over the tokens -> candidates (contexts checked:
 *                context.ts, actor/)
 *   packed.ts    flat index <-> JSON-safe data
 *   select.ts    longest-leftmost + nested
 */
import type { EntryKind } from '../data/types.ts';
import { BLOCKER, BLOCKERS, RUSSIAN_BLOCKERS } from './blockers.ts';
import {
  type CompiledContext,
  compileContext,
  type PackedContexts,
  packContexts,
  unpackContexts,
} from './context.ts';
import { addPattern } from './insert.ts';
import { minimizeTrie } from './minimize.ts';
import { type PackedIndex, packIndex, unpackIndex } from './packed.ts';
import { type ChunkCache, compilePattern, entryNames } from './pattern.ts';
import { indexTrie, scan, type TrieIndex } from './scan.ts';
import { dropRepeats, select } from './select.ts';
import { tokenizeList } from './tokenize.ts';
import { LANGS, TrieBuilder } from './trie.ts';
import type { FindOptions, Matcher, MatchSource, Mention } from './types.ts';

export { detectLang } from './lang.ts';
export { PatternError } from './pattern.ts';
export type { FindOptions, MatchEntry, Matcher, MatchSource, Mention } from './types.ts';

/** The compiled matcher as plain data: what `serializeMatcher` writes and `loadMatcher` reads. */
export interface CompiledMatcher {
  entries: { id: string; kind: EntryKind }[];
  contexts: PackedContexts;
  index: PackedIndex;
}

interface Parts {
  entries: { id: string; kind: EntryKind }[];
  contexts: CompiledContext[];
  index: TrieIndex;
  /** Expanded name forms, counted only when asked (the benchmark): compiling never lists them. */
  forms: () => number;
}

/** Distinct literal forms of every name (blockers not counted), as `compilePattern` expands them. */
function countForms(source: MatchSource): number {
  const cache: ChunkCache = new Map();
  let forms = 0;
  for (const entry of source.entries)
    for (const name of entryNames(entry)) forms += compilePattern(name.text, name.case, cache).length;
  return forms;
}

function build(source: MatchSource): Parts {
  const builder = new TrieBuilder();
  const cache: ChunkCache = new Map();
  const ctxIds = Object.keys(source.contexts);
  const contexts = ctxIds.map((id) => compileContext(source.contexts[id]!));
  const entries = source.entries.map((e) => ({ id: e.id, kind: e.kind }));
  source.entries.forEach((entry, index) => {
    for (const name of entryNames(entry)) {
      const context = name.context === undefined ? -1 : ctxIds.indexOf(name.context);
      if (name.context !== undefined && context < 0)
        throw new Error(`${entry.id}: unknown context "${name.context}"`);
      addPattern(builder, name.text, name.case, { entry: index, context, lang: name.lang }, cache);
    }
  });
  const russian = source.entries.some((e) => (e.names.ru?.length ?? 0) > 0);
  for (const name of russian ? [...BLOCKERS, ...RUSSIAN_BLOCKERS] : BLOCKERS)
    addPattern(builder, name, 'strict', { entry: BLOCKER, context: -1, lang: 0 }, cache);
  return {
    entries,
    contexts,
    index: indexTrie(minimizeTrie(builder.nodes)),
    forms: () => countForms(source),
  };
}

function makeMatcher(parts: Parts): Matcher {
  const { entries, contexts, index } = parts;
  let edges = index.gapMax.length;
  for (let r = 0; r < index.node.length; r++)
    edges += (index.any[r]! >= 0 ? 1 : 0) + (index.cap[r]! >= 0 ? 1 : 0) + (index.exactForm[r]?.length ?? 0);
  const kindOf = (e: number) => entries[e]!.kind;
  return {
    stats: {
      nodes: index.outStart.length - 1,
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
      index,
      contexts,
      (l, entry) => entry === BLOCKER || want < 0 || l === want,
      (entry) => entry !== BLOCKER && kindOf(entry) === 'party',
    );
    return dropRepeats(select(cands, kindOf), text, kindOf).map((p) => {
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

/** Compile to plain JSON-safe data, e.g. at build time. */
export function serializeMatcher(source: MatchSource): CompiledMatcher {
  const parts = build(source);
  return { entries: parts.entries, contexts: packContexts(parts.contexts), index: packIndex(parts.index) };
}

/** Rebuild a matcher from `serializeMatcher` output without parsing any pattern. */
export function loadMatcher(data: CompiledMatcher): Matcher {
  const index = unpackIndex(data.index);
  return makeMatcher({
    entries: data.entries,
    contexts: unpackContexts(data.contexts),
    index,
    forms: () => Number.NaN,
  });
}
