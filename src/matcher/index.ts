/**
 * The matcher: compile the dataset's names once into a token trie, then find mentions in any text
 * in one pass. Pure and DOM-free: used by the content script, the CLI and the tests alike.
 *
 *   tokenize.ts  text -> normalised word tokens with original offsets
 *   pattern.ts   name syntax -> expanded forms (steps)
 *   trie.ts      forms -> automaton (serialisable)
 *   scan.ts      one pass over the tokens -> candidates (contexts checked: context.ts, actor.ts)
 *   select.ts    longest-leftmost + nested
 */
import type { EntryKind } from '../data/types.ts';
import { BLOCKER, BLOCKERS } from './blockers.ts';
import { type CompiledContext, compileContext } from './context.ts';
import { compilePattern } from './pattern.ts';
import { scan } from './scan.ts';
import { select } from './select.ts';
import { tokenize } from './tokenize.ts';
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
  forms: number;
}

function build(source: MatchSource): Parts {
  const builder = new TrieBuilder();
  const ctxIds = Object.keys(source.contexts);
  const contexts = ctxIds.map((id) => compileContext(source.contexts[id]!));
  let forms = 0;
  const entries = source.entries.map((e) => ({ id: e.id, kind: e.kind }));
  source.entries.forEach((entry, index) => {
    for (const [lang, specs] of Object.entries(entry.names)) {
      const langIdx = (LANGS as readonly string[]).indexOf(lang);
      if (langIdx < 0) continue;
      for (const spec of specs ?? []) {
        const s = typeof spec === 'string' ? { text: spec } : spec;
        const context = s.context === undefined ? -1 : ctxIds.indexOf(s.context);
        if (s.context !== undefined && context < 0)
          throw new Error(`${entry.id}: unknown context "${s.context}"`);
        for (const steps of compilePattern(s.text, s.case ?? 'auto')) {
          builder.add(steps, { entry: index, context, lang: langIdx });
          forms++;
        }
      }
    }
  });
  for (const name of BLOCKERS)
    for (const steps of compilePattern(name)) builder.add(steps, { entry: BLOCKER, context: -1, lang: 0 });
  return { entries, contexts, trie: builder.nodes, forms };
}

function makeMatcher(parts: Parts): Matcher {
  const { entries, contexts, trie } = parts;
  const edges = trie.reduce((sum, n) => sum + n.next.size + n.gaps.length, 0);
  const kindOf = (e: number) => entries[e]!.kind;
  return {
    stats: { nodes: trie.length, edges, forms: parts.forms, entries: entries.length },
    find(text: string, opts?: FindOptions): Mention[] {
      const lang = opts?.lang ?? 'auto';
      const want = lang === 'auto' ? -1 : (LANGS as readonly string[]).indexOf(lang);
      const tokens = tokenize(text);
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
    },
  };
}

/** Compile every name of the dataset into one matcher. Throws on a malformed name or unknown context. */
export function compileMatcher(source: MatchSource): Matcher {
  return makeMatcher(build(source));
}

/** Compile to plain JSON-safe data, e.g. at build time. */
export function serializeMatcher(source: MatchSource): CompiledMatcher {
  const parts = build(source);
  return { entries: parts.entries, contexts: parts.contexts, trie: serializeTrie(parts.trie) };
}

/** Rebuild a matcher from `serializeMatcher` output without parsing any pattern. */
export function loadMatcher(data: CompiledMatcher): Matcher {
  const trie = deserializeTrie(data.trie);
  return makeMatcher({ entries: data.entries, contexts: data.contexts, trie, forms: Number.NaN });
}
