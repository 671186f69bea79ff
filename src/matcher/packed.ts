/**
 * The scan's index as JSON-safe data, so it can be built once (at build time) and handed to every
 * page: unpacking is a few typed-array copies and one loop to rebuild the hash table, where
 * compiling the names again costs each page hundreds of ms of CPU.
 *
 * Sizes matter here: the background parses this JSON, and a store's linter refuses a JSON file over
 * 5 MiB (addons-linter FILE_TOO_LARGE; test/unit/audit/bundle-size.test.ts holds the limit). Per-node
 * output counts travel as counts, mostly zero; the few nodes with `~N` edges as (step, count) pairs;
 * the records' node numbers as steps from the previous record, mostly 0 or 1; child nodes as steps
 * from their parent (a child is always made after its parent, so a step is at least 1 and the many
 * "none" are 0); each record's key as a number into one list of its distinct words; the outputs'
 * entry, context and language as runs, since one entry's names are added together and its outputs
 * sit side by side (some 120,000 outputs are under 2,000 runs); and no record's hash, which is its
 * key's (`hashKey`) and is computed again when unpacking.
 */
import { type TrieIndex, withSlots } from './scan.ts';
import { hashKey } from './tokenize.ts';

export interface PackedIndex {
  /** Records' trie nodes, each as the difference from the previous record's (records run in node order). */
  nodeSteps: number[];
  /** The distinct words of the records' keys, the most frequent first. */
  words: string[];
  /** Each record's key, as its place in `words` (a few thousand words stand for ~140,000 keys). */
  key: number[];
  /** Each record's any-case and Capitalised child node, as its step from the record's node (0 where it has none). */
  any: number[];
  cap: number[];
  /** [record, exact forms, their children] for the records that have exact-form edges. */
  exact: [number, string[], number[]][];
  /** Per trie node: how many outputs. */
  outCount: number[];
  /** The nodes with `~N` edges, each as [steps from the previous such node, how many edges]. */
  gapNodes: [number, number][];
  /** The outputs' entries, contexts and languages, each as runs: [value, how many, value, how many, …]. */
  outEntry: number[];
  outContext: number[];
  outLang: number[];
  gapMax: number[];
  gapTarget: number[];
}

export function packIndex(ix: TrieIndex): PackedIndex {
  const nodeSteps: number[] = [];
  let prev = 0;
  for (const n of ix.node) {
    nodeSteps.push(n - prev);
    prev = n;
  }
  const exact: PackedIndex['exact'] = [];
  ix.exactForm.forEach((forms, r) => {
    if (forms) exact.push([r, forms, ix.exactChild[r]!]);
  });
  const counts = (start: Int32Array) =>
    Array.from({ length: start.length - 1 }, (_, i) => start[i + 1]! - start[i]!);
  const gapNodes: [number, number][] = [];
  let lastGapNode = 0;
  counts(ix.gapStart).forEach((edges, n) => {
    if (edges === 0) return;
    gapNodes.push([n - lastGapNode, edges]);
    lastGapNode = n;
  });
  const uses = new Map<string, number>();
  for (const k of ix.key) uses.set(k, (uses.get(k) ?? 0) + 1);
  const words = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const place = new Map(words.map((w, i) => [w, i]));
  return {
    nodeSteps,
    words,
    key: ix.key.map((k) => place.get(k)!),
    any: Array.from(ix.any, (child, r) => stepTo(child, ix.node[r]!)),
    cap: Array.from(ix.cap, (child, r) => stepTo(child, ix.node[r]!)),
    exact,
    outCount: counts(ix.outStart),
    gapNodes,
    outEntry: runs(ix.outEntry),
    outContext: runs(ix.outContext),
    outLang: runs(ix.outLang),
    gapMax: [...ix.gapMax],
    gapTarget: [...ix.gapTarget],
  };
}

/** Running totals of per-node counts: start[i]..start[i + 1] are node i's items. */
function starts(counts: number[]): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
  return start;
}

// Plain loops: a typed array's `from` with a mapping function ran several times slower here.
function hashes(keys: readonly string[]): Int32Array {
  const out = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = hashKey(keys[i]!);
  return out;
}

function stepTo(child: number, parent: number): number {
  if (child < 0) return 0;
  if (child <= parent) throw new Error(`trie node ${child} is not after its parent ${parent}`);
  return child - parent;
}

function runs(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (out.length > 0 && out[out.length - 2] === values[i]) out[out.length - 1]!++;
    else out.push(values[i]!, 1);
  }
  return out;
}

function fromRuns(pairs: readonly number[]): Int32Array {
  let length = 0;
  for (let i = 1; i < pairs.length; i += 2) length += pairs[i]!;
  const out = new Int32Array(length);
  for (let i = 0, at = 0; i < pairs.length; i += 2) {
    out.fill(pairs[i]!, at, at + pairs[i + 1]!);
    at += pairs[i + 1]!;
  }
  return out;
}

/** A child given as its step from the parent back to a node number, -1 where there is none. */
function fromSteps(steps: readonly number[], node: Int32Array): Int32Array {
  const out = new Int32Array(steps.length);
  for (let r = 0; r < steps.length; r++) out[r] = steps[r] === 0 ? -1 : node[r]! + steps[r]!;
  return out;
}

export function unpackIndex(p: PackedIndex): TrieIndex {
  const node = new Int32Array(p.nodeSteps.length);
  for (let r = 0, at = 0; r < node.length; r++) {
    at += p.nodeSteps[r]!;
    node[r] = at;
  }
  const exactForm: (string[] | null)[] = new Array(node.length).fill(null);
  const exactChild: (number[] | null)[] = new Array(node.length).fill(null);
  for (const [r, forms, children] of p.exact) {
    exactForm[r] = forms;
    exactChild[r] = children;
  }
  const gapCount = new Array<number>(p.outCount.length).fill(0);
  for (let i = 0, n = 0; i < p.gapNodes.length; i++) {
    n += p.gapNodes[i]![0];
    gapCount[n] = p.gapNodes[i]![1];
  }
  const key = new Array<string>(p.key.length);
  for (let r = 0; r < key.length; r++) key[r] = p.words[p.key[r]!]!;
  return withSlots({
    node,
    hash: hashes(key),
    key,
    any: fromSteps(p.any, node),
    cap: fromSteps(p.cap, node),
    exactForm,
    exactChild,
    outStart: starts(p.outCount),
    outEntry: fromRuns(p.outEntry),
    outContext: fromRuns(p.outContext),
    outLang: fromRuns(p.outLang),
    gapStart: starts(gapCount),
    gapMax: Int32Array.from(p.gapMax),
    gapTarget: Int32Array.from(p.gapTarget),
  });
}
