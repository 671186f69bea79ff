/**
 * One pass over the tokens: from each token, walk the trie as far as the text allows. The work per
 * token is bounded by the longest name and the widest `~N` gap, never by the number of names.
 */
import type { CompiledContext } from './context.ts';
import { contextHolds } from './context.ts';
import { Gap, type TokenList } from './tokenize.ts';
import type { Output, TrieNode } from './trie.ts';

/** A possible mention before longest-leftmost selection: tokens s..last and what matched. */
export interface Candidate {
  start: number;
  end: number;
  entry: number;
}

/** Per node: does it have exact-form ("=US") edges, Capitalised ("^russia") edges? */
const EXACT = 1;
const CAP = 2;

interface TrieIndex {
  /** Lower-cased first words of every name (edge keys without their case prefix). */
  starts: Set<string>;
  flags: Uint8Array;
}

const INDEX = new WeakMap<TrieNode[], TrieIndex>();

/** What the scan looks up before building any key string, cached per trie (built at compile time). */
export function scanIndex(trie: TrieNode[]): TrieIndex {
  let index = INDEX.get(trie);
  if (!index) {
    const flags = new Uint8Array(trie.length);
    trie.forEach((node, at) => {
      for (const k of node.next.keys()) flags[at]! |= k[0] === '=' ? EXACT : k[0] === '^' ? CAP : 0;
    });
    const starts = new Set(
      [...trie[0]!.next.keys()].map((k) => (k[0] === '^' || k[0] === '=' ? k.slice(1) : k).toLowerCase()),
    );
    index = { starts, flags };
    INDEX.set(trie, index);
  }
  return index;
}

/** Every (context-checked, language-filtered) match of every name in the token stream. */
export function scan(
  text: string,
  tokens: TokenList,
  trie: TrieNode[],
  contexts: CompiledContext[],
  langAllowed: (lang: number, entry: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  const keys = tokens.keys;
  const gaps = tokens.gap;
  const { starts, flags } = scanIndex(trie);
  let s = 0;
  // Entries found without doubt somewhere in the text, and mentions waiting for that support.
  const sure = new Set<number>();
  const pending: Candidate[] = [];
  const emit = (o: Output, last: number) => {
    if (!langAllowed(o.lang, o.entry)) return;
    const verdict = o.context >= 0 ? contextHolds(contexts[o.context]!, text, tokens, s, last) : 'yes';
    if (verdict === 'no') return;
    const cand = { start: tokens.start[s]!, end: tokens.end[last]!, entry: o.entry };
    if (verdict === 'support') pending.push(cand);
    else {
      out.push(cand);
      sure.add(o.entry);
    }
  };
  const walk = (at: number, t: number, last: number, afterGap: boolean): void => {
    const node = trie[at]!;
    if (last >= s) for (const o of node.out) emit(o, last);
    if (t < n && (at === 0 || (afterGap ? gaps[t]! < Gap.Sentence : gaps[t] === Gap.Space))) {
      // The keys a token can follow, in this order: plain key, exact form, Capitalised key. The
      // last two are strings built only where the node has such edges.
      const key = keys[t]!;
      let child = node.next.get(key);
      if (child !== undefined) walk(child, t + 1, t, false);
      const f = flags[at]!;
      if (f !== 0) {
        const form = tokens.form(t);
        if (f & EXACT) {
          child = node.next.get(`=${form}`);
          if (child !== undefined) walk(child, t + 1, t, false);
        }
        const c = form[0] ?? '';
        if (f & CAP && c !== c.toLowerCase()) {
          child = node.next.get(`^${key}`);
          if (child !== undefined) walk(child, t + 1, t, false);
        }
      }
    }
    for (const [max, target] of node.gaps) {
      for (let k = 0; k <= max; k++) {
        if (k > 0) {
          const skipped = t + k - 1;
          if (skipped >= n || gaps[skipped]! >= Gap.Sentence) break;
        }
        walk(target, t + k, last, true);
      }
    }
  };
  for (s = 0; s < n; s++) {
    // Fast reject without allocating: most tokens start no name at all.
    if (!starts.has(keys[s]!)) continue;
    walk(0, s, s - 1, false);
  }
  for (const c of pending) if (sure.has(c.entry)) out.push(c);
  return out;
}
