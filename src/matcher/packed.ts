/**
 * The scan's index as JSON-safe data, so it can be built once (at build time) and handed to every
 * page: unpacking is a few typed-array copies and one loop to rebuild the hash table, where
 * compiling the names again costs each page hundreds of ms of CPU.
 *
 * Sizes matter here: the background parses this JSON, and a store's linter refuses a JSON file over
 * 5 MiB (addons-linter FILE_TOO_LARGE; test/unit/audit/bundle-size.test.ts holds the limit). Per-node
 * output counts travel as counts, mostly zero; the few nodes with `~N` edges as (step, count) pairs;
 * the records' node numbers as steps from the previous record, mostly 0 or 1; child nodes as steps
 * from their parent (minimize.ts numbers the nodes so that a child always comes after its parent: a
 * step is at least 1 and the many "none" are 0); each record's key as a number into one list of its distinct words; the outputs'
 * entry, context and language as runs, since one entry's names are added together and its outputs
 * sit side by side (the outputs are a few times more than their runs); and no record's hash, which is its
 * key's (`hashKey`) and is computed again when unpacking.
 *
 * Every long list of numbers is one string of int-code.ts, not a JSON array: ~260,000 values a
 * list cost one byte each (two for most word numbers) instead of their digits and a comma, which halved
 * the file (en-uk-ru 4.48 to 2.34 MB on 1 December 2026, the contexts' lists included). It also
 * loads faster: JSON.parse reads a string in one native pass where it built an array element by
 * element (31 to 4 ms), and the decoding loops that replace that cost less (unpackIndex 13 to 18
 * ms; JSON.parse and unpackIndex together 43–50 to 26–29 ms, Node, warm). The short lists (the
 * outputs' runs) stay arrays.
 *
 * The largest cut came from the automaton itself: merging the trie's equivalent nodes
 * (minimize.ts, 6 December 2026) took the Russian pages' index from 651,120 nodes to 11,292 and the
 * file from 5.20 to 1.25 MB, the same mentions found on every dev-set article.
 */
import { decodeInts, encodeInts } from './int-code.ts';
import { type TrieIndex, withSlots } from './scan.ts';
import { hashKey } from './tokenize.ts';

/** Lists of non-negative integers are strings of int-code.ts (`encodeInts`), one character a value mostly. */
export interface PackedIndex {
  /** Records' trie nodes, each as the difference from the previous record's (records run in node order). */
  nodeSteps: string;
  /** The distinct words of the records' keys, the most frequent first. */
  words: string[];
  /** Each record's key, as its place in `words` (some 11,000 words stand for ~50,000 keys). */
  key: string;
  /** Each record's any-case and Capitalised child node, as its step from the record's node (0 where it has none). */
  any: string;
  cap: string;
  /** The records that have exact-form edges. */
  exact: {
    /** Each such record as its step from the previous one. */
    steps: string;
    /** How many exact forms each has. */
    counts: string;
    /** Their forms, record after record. */
    forms: string[];
    /** Each form's child node, as its step from the record's node. */
    children: string;
  };
  /** Per trie node: how many outputs. */
  outCount: string;
  /** The nodes with `~N` edges: steps from the previous such node and how many edges, in turn. */
  gapNodes: string;
  /** The outputs' entries, contexts and languages, each as runs: [value, how many, value, how many, …]. */
  outEntry: number[];
  outContext: number[];
  outLang: number[];
  gapMax: string;
  /** Each `~N` edge's target, as its step from the node the edge leaves. */
  gapTarget: string;
}

export function packIndex(ix: TrieIndex): PackedIndex {
  const nodeSteps: number[] = [];
  let prev = 0;
  for (const n of ix.node) {
    nodeSteps.push(n - prev);
    prev = n;
  }
  const exactSteps: number[] = [];
  const exactCounts: number[] = [];
  const exactForms: string[] = [];
  const exactChildren: number[] = [];
  let lastExact = 0;
  ix.exactForm.forEach((forms, r) => {
    if (!forms) return;
    const children = ix.exactChild[r]!;
    if (children.length !== forms.length)
      throw new Error(`record ${r}: ${forms.length} exact forms, ${children.length} children`);
    exactSteps.push(r - lastExact);
    lastExact = r;
    exactCounts.push(forms.length);
    exactForms.push(...forms);
    for (const child of children) exactChildren.push(stepTo(child, ix.node[r]!));
  });
  const counts = (start: Int32Array) =>
    Array.from({ length: start.length - 1 }, (_, i) => start[i + 1]! - start[i]!);
  const gapNodes: number[] = [];
  const gapTarget: number[] = [];
  let lastGapNode = 0;
  counts(ix.gapStart).forEach((edges, n) => {
    if (edges === 0) return;
    gapNodes.push(n - lastGapNode, edges);
    lastGapNode = n;
    for (let e = ix.gapStart[n]!; e < ix.gapStart[n + 1]!; e++) gapTarget.push(stepTo(ix.gapTarget[e]!, n));
  });
  const uses = new Map<string, number>();
  for (const k of ix.key) uses.set(k, (uses.get(k) ?? 0) + 1);
  const words = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const place = new Map(words.map((w, i) => [w, i]));
  return {
    nodeSteps: encodeInts(nodeSteps),
    words,
    key: encodeInts(ix.key.map((k) => place.get(k)!)),
    any: encodeInts(Array.from(ix.any, (child, r) => stepTo(child, ix.node[r]!))),
    cap: encodeInts(Array.from(ix.cap, (child, r) => stepTo(child, ix.node[r]!))),
    exact: {
      steps: encodeInts(exactSteps),
      counts: encodeInts(exactCounts),
      forms: exactForms,
      children: encodeInts(exactChildren),
    },
    outCount: encodeInts(counts(ix.outStart)),
    gapNodes: encodeInts(gapNodes),
    outEntry: runs(ix.outEntry),
    outContext: runs(ix.outContext),
    outLang: runs(ix.outLang),
    gapMax: encodeInts(ix.gapMax),
    gapTarget: encodeInts(gapTarget),
  };
}

/** Running totals of per-node counts: start[i]..start[i + 1] are node i's items. */
function starts(counts: ArrayLike<number>): Int32Array {
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
  if (child <= parent) throw new Error(`automaton node ${child} is not after its parent ${parent}`);
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
function fromSteps(steps: Int32Array, node: Int32Array): Int32Array {
  const out = new Int32Array(steps.length);
  for (let r = 0; r < steps.length; r++) out[r] = steps[r] === 0 ? -1 : node[r]! + steps[r]!;
  return out;
}

function sameLength(what: string, list: ArrayLike<unknown>, length: number) {
  if (list.length !== length) throw new Error(`page index: ${what} has ${list.length} values for ${length}`);
}

export function unpackIndex(p: PackedIndex): TrieIndex {
  const node = decodeInts(p.nodeSteps);
  for (let r = 1; r < node.length; r++) node[r]! += node[r - 1]!;
  const keyPlace = decodeInts(p.key);
  const anySteps = decodeInts(p.any);
  const capSteps = decodeInts(p.cap);
  for (const [what, list] of [
    ['key', keyPlace],
    ['any', anySteps],
    ['cap', capSteps],
  ] as const)
    sameLength(what, list, node.length);
  const exactForm: (string[] | null)[] = new Array(node.length).fill(null);
  const exactChild: (number[] | null)[] = new Array(node.length).fill(null);
  const exactSteps = decodeInts(p.exact.steps);
  const exactCounts = decodeInts(p.exact.counts);
  const exactChildren = decodeInts(p.exact.children);
  sameLength('exact.counts', exactCounts, exactSteps.length);
  sameLength('exact.children', exactChildren, p.exact.forms.length);
  for (let i = 0, r = 0, at = 0; i < exactSteps.length; i++) {
    r += exactSteps[i]!;
    const forms: string[] = [];
    const children: number[] = [];
    for (const end = at + exactCounts[i]!; at < end; at++) {
      forms.push(p.exact.forms[at]!);
      children.push(node[r]! + exactChildren[at]!);
    }
    exactForm[r] = forms;
    exactChild[r] = children;
  }
  const outCount = decodeInts(p.outCount);
  const gapPairs = decodeInts(p.gapNodes);
  const gapCount = new Int32Array(outCount.length);
  const gapTarget = decodeInts(p.gapTarget);
  let e = 0;
  for (let i = 0, n = 0; i < gapPairs.length; i += 2) {
    n += gapPairs[i]!;
    gapCount[n] = gapPairs[i + 1]!;
    for (const end = e + gapCount[n]!; e < end; e++) gapTarget[e]! += n;
  }
  sameLength('gapTarget', gapTarget, e);
  const key = new Array<string>(keyPlace.length);
  for (let r = 0; r < key.length; r++) key[r] = p.words[keyPlace[r]!]!;
  return withSlots({
    node,
    hash: hashes(key),
    key,
    any: fromSteps(anySteps, node),
    cap: fromSteps(capSteps, node),
    exactForm,
    exactChild,
    outStart: starts(outCount),
    outEntry: fromRuns(p.outEntry),
    outContext: fromRuns(p.outContext),
    outLang: fromRuns(p.outLang),
    gapStart: starts(gapCount),
    gapMax: decodeInts(p.gapMax),
    gapTarget,
  });
}
