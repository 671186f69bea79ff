/**
 * Context rules from the dataset (`meta.json` contexts): a name counts only where its rule holds.
 *   near     one of these words/phrases within `window` words                -> required
 *   actor    the built-in city-as-government heuristic (actor/)               -> required
 *   seat     the built-in government-building rule: not a venue (actor/seat.ts) -> vetoes
 *   notNear  none of these within the window                                 -> vetoes
 *   unlessNear  one of these nearer than the vetoing notNear word lifts the veto
 *   followedBy  one of these starts right after the name, in its sentence       -> required
 *   notFollowedBy  none of these starts right after it; one written "- X" closes the clause after a
 *                  spaced dash ("Весь Донбас — Україна.")                               -> vetoes
 *   notPrecededBy  none of these ends right before it, in its sentence          -> vetoes
 *   notInside  none of these lies wholly inside the mention (in its `~N` gaps)  -> vetoes
 *   notNearer  one of these nearer than every `near` word                        -> vetoes
 *   notNearWide  none of these within `wideWindow` words (unlessNear as for notNear) -> vetoes
 *   nearClauses  `near` only in the name's sentence: before it across at most so many clause
 *                breaks, or after it in its clause
 *   oneClause  no clause break (comma, bracket, colon, semicolon) inside the name itself  -> vetoes
 *   nearInside  a `near` word in the name's own `~N` gap counts as well
 *   supportWindow  with no `near` word, the same entry found without doubt within so many words
 *                  instead (scan.ts); without it, anywhere in the text
 * When both `near` and `actor` are given, either one is enough. A capital that is no actor by its own
 * words but stands in a comma list answers with its list mates' token ranges (actor/lists.ts
 * `listMates`): the scan decides by them after its pass.
 */
import type { MatchRule } from '../data/types.ts';
import { PHRASE_FIELDS, type PhraseField } from '../data/word-lists.ts';
import { isActor, isSeat, listMates } from './actor/index.ts';
import { decodeSteps, encodeSteps } from './int-code.ts';
import { compilePattern, shapeOf } from './pattern.ts';
import { DASH_HASH, Gap, hashKey, type TokenList } from './tokenize.ts';

export const DEFAULT_WINDOW = 8;

/** A context rule ready to evaluate: phrases as lists of lower-cased token keys. */
export interface CompiledContext {
  near: string[][];
  notNear: string[][];
  unlessNear: string[][];
  followedBy: string[][];
  notFollowedBy: string[][];
  notPrecededBy: string[][];
  notInside: string[][];
  notNearer: string[][];
  notNearWide: string[][];
  window: number;
  wideWindow: number;
  actor: boolean;
  seat: boolean;
  /** Words within which a sure mention of the same entry supports a mention with no `near` word (scan.ts); -1: any distance. */
  supportWindow: number;
  /** Clause breaks a `near` word before the name may lie across, in its sentence; -1: any (the window alone). */
  nearClauses: number;
  /** No clause break inside the mention (its `~N` gaps stay in one clause). */
  oneClause: boolean;
  /** A `near` word inside the mention (in its `~N` gaps) counts. */
  nearInside: boolean;
}

/**
 * A Latin acronym that a name would keep exact (pattern.ts `shapeOf`: "US", "UN", "EU", not "NATO")
 * keeps its case in a context phrase too: "give us two months" holds no "US". Written "=US" in the
 * phrase. Cyrillic ones stay caseless: UNN writes «рф» for «РФ».
 */
function exactAcronym(form: string): boolean {
  return shapeOf(form) === 'exact' && !/\p{Script=Cyrillic}/u.test(form);
}

/** Is phrase word `w` token t: its key, or for an "=ACRONYM" its exact form. */
function wordIs(tokens: TokenList, t: number, w: string): boolean {
  return w.charCodeAt(0) === 61 ? tokens.formIs(t, w.slice(1)) : tokens.keyIs(t, w);
}

/** The hash of phrase word `w` as the tokenizer hashes the token it stands for. */
function wordHash(w: string): number {
  return hashKey(w.charCodeAt(0) === 61 ? w.slice(1).toLowerCase() : w);
}

/**
 * A rule's phrases as lists of word keys. A hyphen opening a phrase is kept as the word "-": such a
 * phrase in `notFollowedBy` is a predicate after a spaced dash (`dashPredicate`); elsewhere hyphens fall.
 */
function phrases(list: string[] | undefined): string[][] {
  const out: string[][] = [];
  for (const p of list ?? []) {
    const dash = /^-\s/.test(p);
    for (const steps of compilePattern(dash ? p.slice(2) : p, 'any')) {
      const words = steps.flatMap((s) =>
        s.t === 'word' ? [exactAcronym(s.form) ? `=${s.form}` : s.key] : [],
      );
      out.push(dash ? ['-', ...words] : words);
    }
  }
  return out;
}

/** A compiled rule from its phrase lists, however they were read, and its other settings. */
function assemble(
  list: (field: PhraseField) => string[][],
  rule: {
    window?: number;
    wideWindow?: number;
    actor?: boolean;
    seat?: boolean;
    supportWindow?: number;
    nearClauses?: number;
    oneClause?: boolean;
    nearInside?: boolean;
  },
): CompiledContext {
  return {
    near: list('near'),
    notNear: list('notNear'),
    unlessNear: list('unlessNear'),
    followedBy: list('followedBy'),
    notFollowedBy: list('notFollowedBy'),
    notPrecededBy: list('notPrecededBy'),
    notInside: list('notInside'),
    notNearer: list('notNearer'),
    notNearWide: list('notNearWide'),
    window: rule.window ?? DEFAULT_WINDOW,
    wideWindow: rule.wideWindow ?? rule.window ?? DEFAULT_WINDOW,
    actor: rule.actor === true,
    seat: rule.seat === true,
    supportWindow: rule.supportWindow ?? -1,
    nearClauses: rule.nearClauses ?? -1,
    oneClause: rule.oneClause === true,
    nearInside: rule.nearInside === true,
  };
}

/** Compile one dataset context rule. */
export function compileContext(rule: MatchRule): CompiledContext {
  return assemble((field) => phrases(rule[field]), rule);
}

/**
 * The context rules as the page index stores them: every distinct phrase once, its words joined by
 * spaces (a word key holds none), and each rule's lists as indexes into that table. The word lists
 * (@ukraine and the like) are written into ~20 rules each, so storing them per rule cost 630 KB.
 * A list is int-code.ts `encodeSteps` of its indexes: the table is numbered in the order the rules
 * first use its phrases, so a list mostly counts up by one, one character an index (206 KB as
 * JSON arrays of numbers, 52 KB so).
 */
export interface PackedContexts {
  phrases: string[];
  rules: (Partial<Record<PhraseField, string>> & {
    window: number;
    wideWindow?: number;
    actor?: true;
    seat?: true;
    supportWindow?: number;
    nearClauses?: number;
    oneClause?: true;
    nearInside?: true;
  })[];
}

export function packContexts(contexts: CompiledContext[]): PackedContexts {
  const phrases: string[] = [];
  const at = new Map<string, number>();
  const ref = (ph: string[]) => {
    if (ph.some((w) => w.includes(' ')))
      throw new Error(`a context phrase word holds a space: ${ph.join('|')}`);
    const key = ph.join(' ');
    let i = at.get(key);
    if (i === undefined) {
      i = phrases.push(key) - 1;
      at.set(key, i);
    }
    return i;
  };
  const rules = contexts.map((ctx) => {
    const rule: PackedContexts['rules'][number] = { window: ctx.window };
    for (const f of PHRASE_FIELDS) if (ctx[f].length > 0) rule[f] = encodeSteps(ctx[f].map(ref));
    if (ctx.notNearWide.length > 0) rule.wideWindow = ctx.wideWindow;
    if (ctx.actor) rule.actor = true;
    if (ctx.seat) rule.seat = true;
    if (ctx.supportWindow >= 0) rule.supportWindow = ctx.supportWindow;
    if (ctx.nearClauses >= 0) rule.nearClauses = ctx.nearClauses;
    if (ctx.oneClause) rule.oneClause = true;
    if (ctx.nearInside) rule.nearInside = true;
    return rule;
  });
  return { phrases, rules };
}

export function unpackContexts(packed: PackedContexts): CompiledContext[] {
  // Rules share the phrase arrays, as they share the table.
  const phrases = packed.phrases.map((key) => (key === '' ? [] : key.split(' ')));
  return packed.rules.map((rule) =>
    assemble((field) => {
      const list = rule[field];
      return list === undefined ? [] : decodeSteps(list).map((i) => phrases[i]!);
    }, rule),
  );
}

/** A phrase list ready for the window check: hashed, so most tokens cost one bit test. */
interface Phrases {
  list: string[][];
  hashes: Int32Array[];
  /** One bit per (first-word hash & 0xffff) of the non-empty phrases. */
  first: Uint8Array;
}

const PHRASES = new WeakMap<string[][], Phrases>();

/** The hashed view of a phrase list, built once per list. */
function phrasesOf(list: string[][]): Phrases {
  let p = PHRASES.get(list);
  if (!p) {
    const hashes = list.map((ph) => Int32Array.from(ph, wordHash));
    const first = new Uint8Array(0x10000 >> 3);
    for (const h of hashes) if (h.length > 0) first[(h[0]! & 0xffff) >> 3]! |= 1 << (h[0]! & 7);
    p = { list, hashes, first };
    PHRASES.set(list, p);
  }
  return p;
}

function phraseWithin(
  tokens: TokenList,
  from: number,
  to: number,
  skipFrom: number,
  skipTo: number,
  list: string[][],
) {
  const { first, hashes } = phrasesOf(list);
  const hash = tokens.hash;
  const n = tokens.length;
  for (let t = from; t <= to; t++) {
    if (t >= skipFrom && t <= skipTo) continue;
    const h = hash[t]!;
    if ((first[(h & 0xffff) >> 3]! & (1 << (h & 7))) === 0) continue;
    for (let p = 0; p < list.length; p++) {
      const ph = list[p]!;
      const hs = hashes[p]!;
      // An empty phrase holds wherever another phrase's first word is (as a plain key lookup did).
      let ok = ph.length > 0 || list.some((q) => q.length > 0 && wordIs(tokens, t, q[0]!));
      for (let k = 0, u = t; k < ph.length; k++, u++) {
        // A hyphen written tight between two words stands for the phrase's space, as in names
        // ("cease-fire" for "cease fire", "28-point" for "28 point").
        if (k > 0 && u < n && hash[u] === DASH_HASH && tokens.tightHyphen(u)) u++;
        if (u >= n || hash[u] !== hs[k] || (u >= skipFrom && u <= skipTo) || !wordIs(tokens, u, ph[k]!)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
  }
  return false;
}

/** What crossing into another sentence adds to a distance: the mention's own sentence binds closer. */
const SENTENCE_STEP = 3;

/**
 * How far from tokens[i..j] the nearest phrase of the list starts, within `max` words on either side:
 * words counted, plus SENTENCE_STEP for each sentence end crossed (Infinity: none).
 */
function distanceTo(tokens: TokenList, i: number, j: number, max: number, list: string[][]): number {
  return Math.min(walk(-1), walk(1));
  /** The nearest phrase on one side: before the mention (dir -1) or after it (1). */
  function walk(dir: -1 | 1): number {
    for (let d = 1, step = 0; d <= max; d++) {
      const t = dir < 0 ? i - d : j + d;
      if (t < 0 || t >= tokens.length) break;
      // The gap between t and its neighbour towards the mention.
      if (tokens.at(dir < 0 ? t + 1 : t)!.gap >= Gap.Sentence) step += SENTENCE_STEP;
      if (phraseWithin(tokens, t, t, i, j, list)) return d + step;
    }
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * A `notNear` veto is lifted when an `unlessNear` phrase is nearer than the vetoing one: "a ceasefire
 * in Ukraine" after "Gaza" in the sentence before is this war's; "the 20-point plan for Gaza" before
 * "Ukraine" in the next sentence, or the "Gaza ceasefire" of "Gaza ceasefire, Russia-Ukraine war",
 * is not.
 */
function rescued(
  ctx: CompiledContext,
  tokens: TokenList,
  i: number,
  j: number,
  window: number,
  vetoes: string[][],
): boolean {
  if (ctx.unlessNear.length === 0) return false;
  const veto = distanceTo(tokens, i, j, window, vetoes);
  return distanceTo(tokens, i, j, window, ctx.unlessNear) < veto;
}

/** Is one of `vetoes` within `window` words of tokens[i..j], with no `unlessNear` phrase nearer? */
function vetoed(
  ctx: CompiledContext,
  tokens: TokenList,
  i: number,
  j: number,
  window: number,
  vetoes: string[][],
): boolean {
  if (vetoes.length === 0) return false;
  const from = Math.max(0, i - window);
  const to = Math.min(tokens.length - 1, j + window);
  return phraseWithin(tokens, from, to, i, j, vetoes) && !rescued(ctx, tokens, i, j, window, vetoes);
}

/**
 * Is a `notNearer` phrase (a cue of another time) at least as near as every `near` phrase? "The US
 * proposal" in a paragraph on the Geneva talks is not April's plan, though "London" is in the window.
 */
function anotherNearer(ctx: CompiledContext, tokens: TokenList, i: number, j: number): boolean {
  const other = distanceTo(tokens, i, j, ctx.window, ctx.notNearer);
  return other !== Number.POSITIVE_INFINITY && other <= distanceTo(tokens, i, j, ctx.window, ctx.near);
}

/**
 * What separates token k from the one before: 0 spaces or quotation marks only, 1 a clause break (a comma, bracket,
 * colon or semicolon), 2 a sentence end (. ! ? …) or a line break.
 */
function breakBefore(tokens: TokenList, k: number): 0 | 1 | 2 {
  const gap = tokens.gap[k]!;
  if (gap === Gap.Space) return 0;
  if (gap === Gap.Soft) return tokens.quote[k] === 1 ? 0 : 1;
  if (gap >= Gap.Line) return 2;
  return /[.!?…]/.test(tokens.text.slice(tokens.end[k - 1]!, tokens.start[k]!)) ? 2 : 1;
}

/**
 * A `near` phrase in the mention's sentence, within `window` words: before it across at most
 * `clauses` clause breaks (a comma, bracket, colon or semicolon; quotation marks alone are none), or after it in its clause.
 */
function nearInClauses(
  tokens: TokenList,
  i: number,
  j: number,
  window: number,
  clauses: number,
  list: string[][],
): boolean {
  for (let t = i - 1, breaks = 0; t >= 0 && t >= i - window; t--) {
    const b = breakBefore(tokens, t + 1);
    if (b === 2 || (b === 1 && ++breaks > clauses)) break;
    if (phraseWithin(tokens, t, t, i, j, list)) return true;
  }
  for (let t = j + 1; t < tokens.length && t <= j + window; t++) {
    if (breakBefore(tokens, t) > 0) break;
    if (phraseWithin(tokens, t, t, i, j, list)) return true;
  }
  return false;
}

/** Does one of the phrases start at the token after tokens[i..j], with no sentence end between? */
function followed(tokens: TokenList, i: number, j: number, list: string[][]): boolean {
  const next = j + 1;
  if (next >= tokens.length || tokens.gap[next]! >= Gap.Sentence) return false;
  return phraseWithin(
    tokens,
    next,
    next,
    i,
    j,
    list.filter((ph) => ph[0] !== '-'),
  );
}

/**
 * A phrase of `list` written with a leading hyphen ("- Україна") closes the clause after a spaced dash
 * right after tokens[i..j]: "X — Y." or "X — Y, said …", the dash standing for "is" («Весь Донбас —
 * Україна»). Not where the clause runs on past it ("весь Донбас — Україна відмовляється").
 */
function dashPredicate(tokens: TokenList, j: number, list: string[][]): boolean {
  const dash = j + 1;
  if (dash + 1 >= tokens.length || tokens.hash[dash] !== DASH_HASH || tokens.tightHyphen(dash)) return false;
  if (tokens.gap[dash]! >= Gap.Sentence || tokens.gap[dash + 1]! >= Gap.Sentence) return false;
  for (const ph of list) {
    // ph[0] is the hyphen, standing on the dash; the rest follows it.
    const end = dash + ph.length - 1;
    if (ph[0] !== '-' || ph.length < 2 || end >= tokens.length) continue;
    let ok = true;
    for (let k = 1; k < ph.length && ok; k++) {
      const u = dash + k;
      ok = (k === 1 || tokens.gap[u]! < Gap.Sentence) && wordIs(tokens, u, ph[k]!);
    }
    if (ok && (end + 1 >= tokens.length || tokens.gap[end + 1]! >= Gap.Soft)) return true;
  }
  return false;
}

/** Does one of the phrases end at the token before tokens[i], with no sentence end between? */
function preceded(tokens: TokenList, i: number, list: string[][]): boolean {
  if (i === 0 || tokens.gap[i]! >= Gap.Sentence) return false;
  for (const ph of list) {
    const start = i - ph.length;
    if (ph.length === 0 || start < 0) continue;
    let ok = true;
    for (let k = 0; k < ph.length && ok; k++) {
      // The phrase must lie inside the mention's sentence.
      if (k > 0 && tokens.gap[start + k]! >= Gap.Sentence) ok = false;
      else ok = wordIs(tokens, start + k, ph[k]!);
    }
    if (ok) return true;
  }
  return false;
}

/** Does one of the phrases lie wholly inside tokens[i..j], past its first word (a name's own gap)? */
function inside(tokens: TokenList, i: number, j: number, list: string[][]): boolean {
  for (const ph of list) {
    if (ph.length === 0) continue;
    for (let s = i + 1; s + ph.length - 1 <= j; s++) {
      let ok = true;
      for (let k = 0; k < ph.length && ok; k++) ok = wordIs(tokens, s + k, ph[k]!);
      if (ok) return true;
    }
  }
  return false;
}

/**
 * Does the rule hold for the mention covering tokens[i..j]? 'support' means only the `near` words
 * are missing: the mention still counts if the same entry is found unambiguously elsewhere in the
 * text ("Keith Kellogg ... Kellogg said"), which scan.ts decides after the pass. A list of token
 * ranges: a capital in a comma list, counted if its list mates are parties found there (scan.ts).
 */
export function contextHolds(
  ctx: CompiledContext,
  text: string,
  tokens: TokenList,
  i: number,
  j: number,
): 'yes' | 'no' | 'support' | [number, number][] {
  // The window may cross lines: a headline's context is often the paragraph under it.
  const from = Math.max(0, i - ctx.window);
  const to = Math.min(tokens.length - 1, j + ctx.window);
  if (vetoed(ctx, tokens, i, j, ctx.window, ctx.notNear)) return 'no';
  if (vetoed(ctx, tokens, i, j, ctx.wideWindow, ctx.notNearWide)) return 'no';
  if (ctx.seat && !isSeat(tokens, i, j)) return 'no';
  if (ctx.notNearer.length > 0 && anotherNearer(ctx, tokens, i, j)) return 'no';
  if (ctx.followedBy.length > 0 && !followed(tokens, i, j, ctx.followedBy)) return 'no';
  if (
    ctx.notFollowedBy.length > 0 &&
    (followed(tokens, i, j, ctx.notFollowedBy) || dashPredicate(tokens, j, ctx.notFollowedBy))
  )
    return 'no';
  if (ctx.notPrecededBy.length > 0 && preceded(tokens, i, ctx.notPrecededBy)) return 'no';
  if (ctx.notInside.length > 0 && inside(tokens, i, j, ctx.notInside)) return 'no';
  if (ctx.oneClause) for (let k = i + 1; k <= j; k++) if (breakBefore(tokens, k) > 0) return 'no';
  const wantsNear = ctx.near.length > 0;
  if (!wantsNear && !ctx.actor) return 'yes';
  if (
    wantsNear &&
    (ctx.nearClauses >= 0
      ? nearInClauses(tokens, i, j, ctx.window, ctx.nearClauses, ctx.near)
      : phraseWithin(tokens, from, to, i, j, ctx.near))
  )
    return 'yes';
  if (wantsNear && ctx.nearInside && j - i > 1 && phraseWithin(tokens, i, j, -1, -1, ctx.near)) return 'yes';
  if (ctx.actor && isActor(text, tokens, i, j)) return 'yes';
  if (ctx.actor && !wantsNear) {
    const mates = listMates(text, tokens, i, j);
    if (mates) return mates;
  }
  // A city that is not an actor is a place: no document-level rescue for the actor rule.
  return wantsNear && !ctx.actor ? 'support' : 'no';
}
