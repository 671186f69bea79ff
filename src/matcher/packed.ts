/**
 * The scan's index as JSON-safe data, so it can be built once (at build time) and handed to every
 * page: unpacking is a few typed-array copies and one loop to rebuild the hash table, where
 * compiling the names again costs each page hundreds of ms of CPU.
 *
 * Sizes matter here (the page parses this JSON): per-node tables travel as counts, mostly zero,
 * and the records' node numbers as steps from the previous record, mostly 0 or 1.
 */
import { type TrieIndex, withSlots } from './scan.ts';

export interface PackedIndex {
  /** Records' trie nodes, each as the difference from the previous record's (records run in node order). */
  nodeSteps: number[];
  hash: number[];
  key: string[];
  any: number[];
  cap: number[];
  /** [record, exact forms, their children] for the records that have exact-form edges. */
  exact: [number, string[], number[]][];
  /** Per trie node: how many outputs, how many `~N` edges. */
  outCount: number[];
  gapCount: number[];
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
  return {
    nodeSteps,
    hash: [...ix.hash],
    key: ix.key,
    any: [...ix.any],
    cap: [...ix.cap],
    exact,
    outCount: counts(ix.outStart),
    gapCount: counts(ix.gapStart),
    outEntry: [...ix.outEntry],
    outContext: [...ix.outContext],
    outLang: [...ix.outLang],
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
  return withSlots({
    node,
    hash: Int32Array.from(p.hash),
    key: p.key,
    any: Int32Array.from(p.any),
    cap: Int32Array.from(p.cap),
    exactForm,
    exactChild,
    outStart: starts(p.outCount),
    outEntry: Int32Array.from(p.outEntry),
    outContext: Int32Array.from(p.outContext),
    outLang: Int32Array.from(p.outLang),
    gapStart: starts(p.gapCount),
    gapMax: Int32Array.from(p.gapMax),
    gapTarget: Int32Array.from(p.gapTarget),
  });
}
