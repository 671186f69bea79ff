/**
 * One pass over the tokens: from each token, walk the trie as far as the text allows. The work per
 * token is bounded by the longest name and the widest `~N` gap, never by the number of names.
 */
import type { CompiledContext } from './context.ts';
import { contextHolds } from './context.ts';
import { Gap, type Token } from './tokenize.ts';
import type { Output, TrieNode } from './trie.ts';

/** A possible mention before longest-leftmost selection: tokens s..last and what matched. */
export interface Candidate {
  start: number;
  end: number;
  entry: number;
}

/** Trie keys a text token can follow: its plain key, the Capitalised key, the exact form. */
function keysOf(tok: Token): string[] {
  const c = tok.form[0] ?? '';
  const keys = [tok.key, `=${tok.form}`];
  if (c !== c.toLowerCase()) keys.push(`^${tok.key}`);
  return keys;
}

const STARTS = new WeakMap<TrieNode[], Set<string>>();

/** Lower-cased first words of every name (edge keys without their case prefix), cached per trie. */
function startWords(trie: TrieNode[]): Set<string> {
  let set = STARTS.get(trie);
  if (!set) {
    set = new Set(
      [...trie[0]!.next.keys()].map((k) => (k[0] === '^' || k[0] === '=' ? k.slice(1) : k).toLowerCase()),
    );
    STARTS.set(trie, set);
  }
  return set;
}

/** Every (context-checked, language-filtered) match of every name in the token stream. */
export function scan(
  text: string,
  tokens: Token[],
  trie: TrieNode[],
  contexts: CompiledContext[],
  langAllowed: (lang: number, entry: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const n = tokens.length;
  const keys: (string[] | undefined)[] = new Array(n);
  const keysAt = (t: number) => {
    let k = keys[t];
    if (!k) {
      k = keysOf(tokens[t]!);
      keys[t] = k;
    }
    return k;
  };
  let s = 0;
  // Entries found without doubt somewhere in the text, and mentions waiting for that support.
  const sure = new Set<number>();
  const pending: Candidate[] = [];
  const emit = (o: Output, last: number) => {
    if (!langAllowed(o.lang, o.entry)) return;
    const verdict = o.context >= 0 ? contextHolds(contexts[o.context]!, text, tokens, s, last) : 'yes';
    if (verdict === 'no') return;
    const cand = { start: tokens[s]!.start, end: tokens[last]!.end, entry: o.entry };
    if (verdict === 'support') pending.push(cand);
    else {
      out.push(cand);
      sure.add(o.entry);
    }
  };
  const walk = (at: number, t: number, last: number, afterGap: boolean): void => {
    const node = trie[at]!;
    if (last >= s) for (const o of node.out) emit(o, last);
    if (t < n) {
      const tok = tokens[t]!;
      if (at === 0 || (afterGap ? tok.gap < Gap.Sentence : tok.gap === Gap.Space)) {
        for (const key of keysAt(t)) {
          const child = node.next.get(key);
          if (child !== undefined) walk(child, t + 1, t, false);
        }
      }
    }
    for (const [max, target] of node.gaps) {
      for (let k = 0; k <= max; k++) {
        if (k > 0) {
          const skipped = tokens[t + k - 1];
          if (!skipped || skipped.gap >= Gap.Sentence) break;
        }
        walk(target, t + k, last, true);
      }
    }
  };
  const starts = startWords(trie);
  for (s = 0; s < n; s++) {
    // Fast reject without allocating: most tokens start no name at all.
    if (!starts.has(tokens[s]!.key)) continue;
    walk(0, s, s - 1, false);
  }
  for (const c of pending) if (sure.has(c.entry)) out.push(c);
  return out;
}
