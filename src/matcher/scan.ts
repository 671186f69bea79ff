/**
 * One pass over the tokens: from each token, walk the trie as far as the text allows. The work per
 * token is bounded by the longest name and the widest `~N` gap, never by the number of names.
 */
import type { CompiledContext } from './context.ts';
import { contextHolds } from './context.ts';
import { namesNoParty } from './titles.ts';
import { DASH_HASH, Gap, hashKey, type TokenList } from './tokenize.ts';
import type { TrieNode } from './trie.ts';

/** A possible mention before longest-leftmost selection: tokens s..last and what matched. */
export interface Candidate {
  start: number;
  end: number;
  entry: number;
}

/**
 * The trie's edges merged per (node, lower-case word) and kept in one open-addressing hash table,
 * so a token costs one probe by its hash per node, with the word compared in place and no string
 * built: the probe at the root is also the first-word filter. Each record holds the three ways a
 * word can follow a node (trie.ts): any case, Capitalised, exact forms.
 */
export interface TrieIndex {
  /** Slot -> record, -1 empty. */
  slots: Int32Array;
  mask: number;
  /** One bit per (hash & 0xffff) of the root's words: most tokens are rejected by one bit test. */
  rootBits: Uint8Array;
  node: Int32Array;
  hash: Int32Array;
  key: string[];
  /** Child along the any-case edge, or -1. */
  any: Int32Array;
  /** Child along the Capitalised ("^key") edge, or -1. */
  cap: Int32Array;
  /** Exact-form ("=Form") edges: forms and children, or null. */
  exactForm: (string[] | null)[];
  exactChild: (number[] | null)[];
  /** Outputs of node `at`: indices outStart[at]..outStart[at + 1] into the out* arrays. */
  outStart: Int32Array;
  outEntry: Int32Array;
  outContext: Int32Array;
  outLang: Int32Array;
  /** `~N` edges of node `at`: gapStart[at]..gapStart[at + 1] into gapMax/gapTarget. */
  gapStart: Int32Array;
  gapMax: Int32Array;
  gapTarget: Int32Array;
}

/** Slot of (node, word hash), in small-integer arithmetic only (hashes are 25-bit): no boxed numbers. */
function slotOf(node: number, hash: number, mask: number): number {
  return (hash ^ (hash >>> 13) ^ ((node * 2531) & 0x3fffffff)) & mask;
}

function rootBit(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** Builds the scan's index from a finished trie (at build time, or by compileMatcher). */
export function indexTrie(trie: TrieNode[]): TrieIndex {
  const node: number[] = [];
  const hash: number[] = [];
  const key: string[] = [];
  const any: number[] = [];
  const cap: number[] = [];
  const exactForm: (string[] | null)[] = [];
  const exactChild: (number[] | null)[] = [];
  const outStart = new Int32Array(trie.length + 1);
  const gapStart = new Int32Array(trie.length + 1);
  const outEntry: number[] = [];
  const outContext: number[] = [];
  const outLang: number[] = [];
  const gapMax: number[] = [];
  const gapTarget: number[] = [];
  for (let at = 0; at < trie.length; at++) {
    const nd = trie[at]!;
    const byKey = new Map<string, number>();
    for (const [k, child] of nd.next) {
      const shape = k[0];
      const word = shape === '=' ? k.slice(1).toLowerCase() : shape === '^' ? k.slice(1) : k;
      let r = byKey.get(word);
      if (r === undefined) {
        r = node.length;
        byKey.set(word, r);
        node.push(at);
        hash.push(hashKey(word));
        key.push(word);
        any.push(-1);
        cap.push(-1);
        exactForm.push(null);
        exactChild.push(null);
      }
      if (shape === '=') {
        if (exactForm[r] === null) {
          exactForm[r] = [];
          exactChild[r] = [];
        }
        exactForm[r]!.push(k.slice(1));
        exactChild[r]!.push(child);
      } else if (shape === '^') cap[r] = child;
      else any[r] = child;
    }
    for (const o of nd.out) {
      outEntry.push(o.entry);
      outContext.push(o.context);
      outLang.push(o.lang);
    }
    outStart[at + 1] = outEntry.length;
    for (const [max, target] of nd.gaps) {
      gapMax.push(max);
      gapTarget.push(target);
    }
    gapStart[at + 1] = gapMax.length;
  }
  return withSlots({
    node: Int32Array.from(node),
    hash: Int32Array.from(hash),
    key,
    any: Int32Array.from(any),
    cap: Int32Array.from(cap),
    exactForm,
    exactChild,
    outStart,
    outEntry: Int32Array.from(outEntry),
    outContext: Int32Array.from(outContext),
    outLang: Int32Array.from(outLang),
    gapStart,
    gapMax: Int32Array.from(gapMax),
    gapTarget: Int32Array.from(gapTarget),
  });
}

/**
 * Adds the hash table and the root's bit filter to an index's records. Both are derived, so the
 * packed form (packed.ts) leaves them out and a page rebuilds them in one loop over the records.
 */
export function withSlots(records: Omit<TrieIndex, 'slots' | 'mask' | 'rootBits'>): TrieIndex {
  const { node, hash } = records;
  let size = 16;
  while (size < node.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  const rootBits = new Uint8Array(0x10000 >> 3);
  for (let r = 0; r < node.length; r++) {
    const h = hash[r]!;
    let s = slotOf(node[r]!, h, mask);
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = r;
    if (node[r] === 0) rootBits[rootBit(h) >> 3]! |= 1 << (rootBit(h) & 7);
  }
  // One object literal with every field (no spread): the scan reads these fields in its hottest loop,
  // and a spread-built object's shape made a cold first pass markedly slower.
  return {
    slots,
    mask,
    rootBits,
    node,
    hash,
    key: records.key,
    any: records.any,
    cap: records.cap,
    exactForm: records.exactForm,
    exactChild: records.exactChild,
    outStart: records.outStart,
    outEntry: records.outEntry,
    outContext: records.outContext,
    outLang: records.outLang,
    gapStart: records.gapStart,
    gapMax: records.gapMax,
    gapTarget: records.gapTarget,
  };
}

/** The record of token t's word among the edges of `at`, or -1. */
function lookup(ix: TrieIndex, tokens: TokenList, at: number, t: number): number {
  const h = tokens.hash[t]!;
  const { slots, mask } = ix;
  for (let s = slotOf(at, h, mask); ; s = (s + 1) & mask) {
    const r = slots[s]!;
    if (r < 0) return -1;
    if (ix.node[r] === at && ix.hash[r] === h && tokens.keyIs(t, ix.key[r]!)) return r;
  }
}

/** The state of one scan: a class, so the walk is a method call with no closure per find(). */
class Scanner {
  readonly out: Candidate[] = [];
  /** Entries found without doubt somewhere in the text, and mentions waiting for that support. */
  readonly sure = new Set<number>();
  readonly pending: Candidate[] = [];
  /**
   * Mentions waiting for support from a sure mention of their entry within some words, with that
   * window and their first token; and where each such entry was found without doubt (entry, token).
   */
  readonly pendingNear: { cand: Candidate; at: number; within: number }[] = [];
  readonly sureAt: number[] = [];
  /** Is `entry` found without doubt within `within` tokens of token `at`? */
  sureWithin(entry: number, at: number, within: number): boolean {
    for (let k = 0; k < this.sureAt.length; k += 2)
      if (this.sureAt[k] === entry && Math.abs(this.sureAt[k + 1]! - at) <= within) return true;
    return false;
  }
  /** Capitals in a comma list, waiting for a party among their list mates (token ranges). */
  readonly listed: { cand: Candidate; mates: [number, number][] }[] = [];
  /** The token the current walk started from. */
  s = 0;

  constructor(
    readonly ix: TrieIndex,
    readonly text: string,
    readonly tokens: TokenList,
    readonly contexts: CompiledContext[],
    readonly langAllowed: (lang: number, entry: number) => boolean,
  ) {}

  /**
   * Walks from every token that can start a name. The loop alone, in a method of its own: V8
   * optimises a long loop while it runs (on-stack replacement), and code after the loop, not run yet
   * then, had no type feedback and undid that optimisation when reached (bench: `--js-flags=--trace-deopt`).
   */
  run(): void {
    const { ix, tokens } = this;
    const n = tokens.length;
    const hash = tokens.hash;
    const bits = ix.rootBits;
    for (let s = 0; s < n; s++) {
      // First-word filter: one bit test; most tokens start no name and stop here, with no string work.
      const b = rootBit(hash[s]!);
      if ((bits[b >> 3]! & (1 << (b & 7))) === 0) continue;
      const r = lookup(ix, tokens, 0, s);
      if (r < 0) continue;
      this.s = s;
      this.walk(0, s, s - 1, false, r);
    }
  }

  /** Output `o` of the index ends a name at token `last`. */
  emit(o: number, last: number): void {
    const ix = this.ix;
    const entry = ix.outEntry[o]!;
    if (!this.langAllowed(ix.outLang[o]!, entry)) return;
    const s = this.s;
    if (s === last && inWebAddress(this.text, this.tokens.start[s]!, this.tokens.end[s]!)) return;
    if (s === last && namesNoParty(this.text, this.tokens, s)) return;
    const context = ix.outContext[o]!;
    const verdict =
      context >= 0 ? contextHolds(this.contexts[context]!, this.text, this.tokens, s, last) : 'yes';
    if (verdict === 'no') return;
    const cand: Candidate = { start: this.tokens.start[s]!, end: this.tokens.end[last]!, entry };
    if (verdict === 'support') {
      const within = this.contexts[context]!.supportWindow;
      if (within < 0) this.pending.push(cand);
      else this.pendingNear.push({ cand, at: s, within });
    } else if (verdict !== 'yes') this.listed.push({ cand, mates: verdict });
    else {
      this.out.push(cand);
      this.sure.add(entry);
      this.sureAt.push(entry, s);
    }
  }

  /**
   * `walk(child, t, last, false)`, except that a child with no outputs and no gaps (most of them) is
   * entered only when token t continues it: most walks end right there, and this saves the call.
   */
  follow(child: number, t: number, last: number): void {
    const ix = this.ix;
    if (ix.outStart[child] !== ix.outStart[child + 1] || ix.gapStart[child] !== ix.gapStart[child + 1]) {
      this.walk(child, t, last, false, -1);
      return;
    }
    const tokens = this.tokens;
    // A child is never the root, so the token must go on the name, as walk checks.
    if (t >= tokens.length || !tokens.continuesName(t)) return;
    const r = lookup(ix, tokens, child, t);
    if (r >= 0) this.walk(child, t, last, false, r);
    // A hyphen: walk may read it as the name's space ("security-guarantees").
    else if (tokens.hash[t] === DASH_HASH) this.walk(child, t, last, false, -1);
  }

  /** Follow word token w, whose record at the current node is `r`: any case, exact form, Capitalised. */
  step(r: number, w: number): void {
    const ix = this.ix;
    const tokens = this.tokens;
    const any = ix.any[r]!;
    if (any >= 0) this.follow(any, w + 1, w);
    const forms = ix.exactForm[r];
    if (forms !== null) {
      const children = ix.exactChild[r]!;
      for (let e = 0; e < forms!.length; e++)
        if (tokens.formIs(w, forms![e]!)) this.follow(children[e]!, w + 1, w);
    }
    const cap = ix.cap[r]!;
    if (cap >= 0 && tokens.capitalised(w)) this.follow(cap, w + 1, w);
  }

  /** Follow token t (and gaps) from node `at`; `r` is t's record at `at` when already looked up. */
  walk(at: number, t: number, last: number, afterGap: boolean, r: number): void {
    const ix = this.ix;
    const tokens = this.tokens;
    if (last >= this.s)
      for (let o = ix.outStart[at]!, end = ix.outStart[at + 1]!; o < end; o++) this.emit(o, last);
    const gaps = tokens.gap;
    // Inside a name, the next word must go on the name (continuesName); across a `~N` gap, it may
    // follow anything short of a sentence end.
    if (t < tokens.length && (at === 0 || (afterGap ? gaps[t]! < Gap.Sentence : tokens.continuesName(t)))) {
      if (r < 0) r = lookup(ix, tokens, at, t);
      if (r >= 0) this.step(r, t);
      // The word after a hyphen written tight inside a name, which stands for the name's space ("a
      // security-guarantees document" for "security guarantees"). Also where another name goes on
      // with a hyphen from here: "all-Ukrainian" must not hide "all for all" from "all-for-all".
      if (at !== 0 && tokens.hash[t] === DASH_HASH && tokens.tightHyphen(t)) {
        const after = lookup(ix, tokens, at, t + 1);
        if (after >= 0) this.step(after, t + 1);
      }
    }
    for (let e = ix.gapStart[at]!, end = ix.gapStart[at + 1]!; e < end; e++) {
      const max = ix.gapMax[e]!;
      const target = ix.gapTarget[e]!;
      // A gap counts words, and a word written with a tight hyphen ("long-range", «де-факто») is one,
      // so `~1` crosses «области де-факто российскими» as it crosses "regions formally Russian".
      let words = 0;
      for (let k = 0; ; k++) {
        if (k > 0) {
          const skipped = t + k - 1;
          if (skipped >= tokens.length || gaps[skipped]! >= Gap.Sentence) break;
          if (!tokens.joinsWord(skipped) && ++words > max) break;
        }
        this.walk(target, t + k, last, true, -1);
      }
    }
  }
}

/**
 * A one-word name inside a web address is never the party: a photo credit's "kremlin.ru", the
 * "www.kremlin.ru" of a link written out, a country code written tight after a dot ("RTVI.US",
 * "euractiv.EU"). So: a word followed by a dot and a lower-case Latin letter with no space
 * ("kremlin.ru", "nato.int"), or written right after a letter or digit and a dot, when it is in lower
 * case or two or three capitals. "the Kremlin.Putin said", a missing space before a sentence, stays.
 */
function inWebAddress(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) === 46 /* . */ && next >= 97 && next <= 122) return true;
  if (start < 2 || text.charCodeAt(start - 1) !== 46 || !/[\p{L}\p{N}]/u.test(text[start - 2]!)) return false;
  let upper = 0;
  let lower = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else return false;
  }
  return lower === end - start || (upper === end - start && upper >= 2 && upper <= 3);
}

/** Every (context-checked, language-filtered) match of every name in the token stream. */
export function scan(
  text: string,
  tokens: TokenList,
  ix: TrieIndex,
  contexts: CompiledContext[],
  langAllowed: (lang: number, entry: number) => boolean,
  isParty: (entry: number) => boolean = () => false,
): Candidate[] {
  const sc = new Scanner(ix, text, tokens, contexts, langAllowed);
  sc.run();
  const out = sc.out;
  for (const c of sc.pending) if (sc.sure.has(c.entry)) out.push(c);
  for (const { cand, at, within } of sc.pendingNear)
    if (sc.sureWithin(cand.entry, at, within)) out.push(cand);
  if (sc.listed.length > 0) resolveLists(sc.listed, out, tokens, isParty);
  return out;
}

/**
 * "among Kyiv, Washington and Europe": a capital in a comma list counts as its government when every
 * other item of the list ends in a party found there (a country, a bloc, a capital counted as its
 * government: "the EU", "the United States") or is another such capital, and at least one is a party
 * found on its own words. So a list of places alone ("in London, Paris and Berlin") or with a city
 * ("Kyiv, Kharkiv and Russia") stays places.
 */
function resolveLists(
  listed: { cand: Candidate; mates: [number, number][] }[],
  out: Candidate[],
  tokens: TokenList,
  isParty: (entry: number) => boolean,
): void {
  /** The latest start among the mentions that end at each offset. */
  const starts = (cands: Candidate[]) => {
    const byEnd = new Map<number, number>();
    for (const c of cands) byEnd.set(c.end, Math.max(byEnd.get(c.end) ?? -1, c.start));
    return byEnd;
  };
  const sure = starts(out.filter((c) => isParty(c.entry)));
  const waiting = starts(listed.map((l) => l.cand));
  /** A mention that ends the item at tokens s..e ("EU" in "the EU"). */
  const ends = (byEnd: Map<number, number>, [s, e]: [number, number]) =>
    (byEnd.get(tokens.end[e]!) ?? -1) >= tokens.start[s]!;
  for (const l of listed) {
    if (l.mates.every((m) => ends(sure, m) || ends(waiting, m)) && l.mates.some((m) => ends(sure, m)))
      out.push(l.cand);
  }
}
