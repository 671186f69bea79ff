/**
 * Context rules from the dataset (`meta.json` contexts): a name counts only where its rule holds.
 *   near     one of these words/phrases within `window` words                -> required
 *   actor    the built-in city-as-government heuristic (actor.ts)             -> required
 *   notNear  none of these within the window                                 -> vetoes
 * When both `near` and `actor` are given, either one is enough.
 */
import type { ContextRule } from '../data/types.ts';
import { isActor } from './actor.ts';
import { compilePattern } from './pattern.ts';
import type { TokenList } from './tokenize.ts';

export const DEFAULT_WINDOW = 8;

/** A context rule ready to evaluate: phrases as lists of lower-cased token keys. */
export interface CompiledContext {
  near: string[][];
  notNear: string[][];
  window: number;
  actor: boolean;
}

function phrases(list: string[] | undefined): string[][] {
  const out: string[][] = [];
  for (const p of list ?? [])
    for (const steps of compilePattern(p, 'any'))
      out.push(steps.flatMap((s) => (s.t === 'word' ? [s.key] : [])));
  return out;
}

/** Compile one dataset context rule. */
export function compileContext(rule: ContextRule): CompiledContext {
  return {
    near: phrases(rule.near),
    notNear: phrases(rule.notNear),
    window: rule.window ?? DEFAULT_WINDOW,
    actor: rule.actor === true,
  };
}

const FIRST = new WeakMap<string[][], Set<string>>();

/** First words of a phrase list, cached, so most window tokens are rejected with one lookup. */
function firstWords(list: string[][]): Set<string> {
  let set = FIRST.get(list);
  if (!set) {
    set = new Set(list.map((ph) => ph[0] ?? ''));
    FIRST.set(list, set);
  }
  return set;
}

function phraseWithin(
  tokens: TokenList,
  from: number,
  to: number,
  skipFrom: number,
  skipTo: number,
  list: string[][],
) {
  const first = firstWords(list);
  const keys = tokens.keys;
  for (let t = from; t <= to; t++) {
    if (t >= skipFrom && t <= skipTo) continue;
    if (!first.has(keys[t]!)) continue;
    for (const ph of list) {
      let ok = true;
      for (let k = 0; k < ph.length; k++) {
        const key = keys[t + k];
        if (key === undefined || key !== ph[k] || (t + k >= skipFrom && t + k <= skipTo)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
  }
  return false;
}

/**
 * Does the rule hold for the mention covering tokens[i..j]? 'support' means only the `near` words
 * are missing: the mention still counts if the same entry is found unambiguously elsewhere in the
 * text ("Keith Kellogg ... Kellogg said"), which scan.ts decides after the pass.
 */
export function contextHolds(
  ctx: CompiledContext,
  text: string,
  tokens: TokenList,
  i: number,
  j: number,
): 'yes' | 'no' | 'support' {
  // The window may cross lines: a headline's context is often the paragraph under it.
  const from = Math.max(0, i - ctx.window);
  const to = Math.min(tokens.length - 1, j + ctx.window);
  if (ctx.notNear.length > 0 && phraseWithin(tokens, from, to, i, j, ctx.notNear)) return 'no';
  const wantsNear = ctx.near.length > 0;
  if (!wantsNear && !ctx.actor) return 'yes';
  if (wantsNear && phraseWithin(tokens, from, to, i, j, ctx.near)) return 'yes';
  if (ctx.actor && isActor(text, tokens, i, j)) return 'yes';
  // A city that is not an actor is a place: no document-level rescue for the actor rule.
  return wantsNear && !ctx.actor ? 'support' : 'no';
}
