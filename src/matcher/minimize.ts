/**
 * Merges the trie's equivalent nodes into one, so the automaton is a graph with no repeated tails.
 *
 * A name's alternatives multiply its paths: "{security|safety} guarantee{|s} for Ukrain{e|ian}"
 * is eight paths in a trie, each with its own copy of every word after the fork. Two nodes that end
 * the same names and go on along the same edges to equivalent nodes are interchangeable for the scan
 * (it reads only a node's edges and outputs, never its parent), so they become one node. This is the
 * classic minimisation of an acyclic automaton; the result is numbered so that every edge still goes
 * to a later node, which the page index's step encoding needs (packed.ts).
 */
import type { TrieNode } from './trie.ts';

/** The same automaton with equivalent nodes merged; node 0 stays the root. */
export function minimizeTrie(nodes: readonly TrieNode[]): TrieNode[] {
  // A child is always made after its parent (TrieBuilder), so going from the last node back, every
  // child has its class before its parent asks for it.
  const classOf = new Int32Array(nodes.length);
  const firstOf: number[] = [];
  const bySignature = new Map<string, number>();
  for (let at = nodes.length - 1; at >= 0; at--) {
    const node = nodes[at]!;
    let sig = '';
    for (const o of node.out) sig += `${o.entry},${o.context},${o.lang};`;
    sig += '|';
    for (const key of [...node.next.keys()].sort())
      sig += `${key}\u0000${classOf[node.next.get(key)!]}\u0001`;
    sig += '|';
    for (const [max, target] of node.gaps) sig += `${max}:${classOf[target]};`;
    let c = bySignature.get(sig);
    if (c === undefined) {
      c = firstOf.length;
      firstOf.push(at);
      bySignature.set(sig, c);
    }
    classOf[at] = c;
  }
  // Number the classes so that every edge points forward (Kahn's order from the root).
  const count = firstOf.length;
  // Each class's edges, as classes: its first node's children along words and gaps.
  const targets = firstOf.map((at) => {
    const node = nodes[at]!;
    return [...[...node.next.values()].map((n) => classOf[n]!), ...node.gaps.map(([, n]) => classOf[n]!)];
  });
  const indegree = new Int32Array(count);
  for (const edges of targets) for (const t of edges) indegree[t]!++;
  const root = classOf[0]!;
  const order: number[] = [root];
  const place = new Int32Array(count);
  for (let i = 0; i < order.length; i++) {
    const c = order[i]!;
    place[c] = i;
    for (const t of targets[c]!) if (--indegree[t]! === 0) order.push(t);
  }
  if (order.length !== count)
    throw new Error(`minimizeTrie: ${count - order.length} nodes unreachable or in a cycle`);
  return order.map((c) => {
    const node = nodes[firstOf[c]!]!;
    return {
      next: new Map([...node.next].map(([key, child]) => [key, place[classOf[child]!]!])),
      gaps: node.gaps.map(([max, target]) => [max, place[classOf[target]!]!] as [number, number]),
      out: node.out,
    };
  });
}
