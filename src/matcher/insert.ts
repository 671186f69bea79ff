/**
 * Add a name to the trie without listing its forms one by one. The name is cut into segments at
 * its top-level spaces and gaps (no token spans those), each segment is expanded and tokenised on
 * its own, and the segments' variants are added from every trie node the previous segment reached.
 * The work follows the trie's size, not the product of the alternatives: "угод{а|и|і|у|ою} (про|
 * щодо) ..." tokenises 5 + 2 + ... variants instead of 160 whole forms. Same trie paths and outputs
 * as adding every form of `compilePattern` (leading and trailing hyphens/gaps dropped the same way).
 */
import { MAX_FORMS } from '../data/name-syntax.ts';
import {
  type CaseRule,
  type ChunkCache,
  expand,
  formSteps,
  type Node,
  PatternError,
  parse,
  type Step,
} from './pattern.ts';
import { edgeKey, type Output, type TrieBuilder } from './trie.ts';

type Segment = { t: 'nodes'; nodes: Node[] } | { t: 'gap'; max: number };

/** Top-level sequence -> segments, split at spaces in text and at gaps. */
function segments(nodes: Node[]): Segment[] {
  const out: Segment[] = [];
  let cur: Node[] = [];
  const close = () => {
    if (cur.length > 0) out.push({ t: 'nodes', nodes: cur });
    cur = [];
  };
  for (const node of nodes) {
    if (node.t === 'gap') {
      close();
      out.push({ t: 'gap', max: node.max });
    } else if (node.t === 'text') {
      const parts = node.s.split(' ');
      parts.forEach((part, k) => {
        if (k > 0) close();
        if (part !== '') cur.push({ t: 'text', s: part });
      });
    } else cur.push(node);
  }
  close();
  return out;
}

/** A place the name has reached: a trie node, plus hyphens/gaps waiting for the next word. */
interface Reach {
  node: number;
  pending: Step[];
}

function pendingSig(pending: Step[]): string {
  let sig = '';
  for (const s of pending) sig += s.t === 'gap' ? `~${s.max},` : '-,';
  return sig;
}

/** Apply waiting hyphens/gaps from `node` (a hyphen forks: with "-" and without). */
function applyPending(builder: TrieBuilder, node: number, pending: Step[]): number[] {
  let at = [node];
  for (const step of pending) {
    const next: number[] = [];
    for (const from of at) {
      if (step.t === 'gap') next.push(builder.gapChild(from, step.max));
      else next.push(builder.child(from, '-'), from);
    }
    at = [...new Set(next)];
  }
  return at;
}

/** Add every form of name `text` to `builder`, ending in `output`. Throws PatternError like compilePattern. */
export function addPattern(
  builder: TrieBuilder,
  text: string,
  caseRule: CaseRule,
  output: Output,
  cache: ChunkCache,
): void {
  const segs = segments(parse(text));
  // Expand every segment first: a pattern over the form limit fails before touching the trie.
  const variants: (Step[][] | null)[] = [];
  let forms = 1;
  for (const seg of segs) {
    if (seg.t === 'gap') {
      variants.push(null);
      continue;
    }
    const expanded = expand(seg.nodes);
    forms *= expanded.length;
    if (forms > MAX_FORMS) throw new PatternError(`more than ${MAX_FORMS} forms`);
    const seen = new Set<string>();
    const list: Step[][] = [];
    for (const form of expanded) {
      const { steps, sig } = formSteps(form, caseRule, cache);
      if (!seen.has(sig)) {
        seen.add(sig);
        list.push(steps);
      }
    }
    variants.push(list);
  }
  let reach: Reach[] = [{ node: 0, pending: [] }];
  segs.forEach((seg, k) => {
    if (seg.t === 'gap') {
      // Before any word (node 0) a gap is leading: dropped, as compilePattern trims it.
      reach = reach.map((r) => (r.node === 0 ? r : { node: r.node, pending: [...r.pending, seg] }));
      return;
    }
    const next = new Map<string, Reach>();
    for (const r of reach)
      for (const steps of variants[k]!) {
        let at: Reach[] = [r];
        for (const step of steps) {
          if (step.t !== 'word') {
            at = at.map((a) => (a.node === 0 ? a : { node: a.node, pending: [...a.pending, step] }));
            continue;
          }
          const key = edgeKey(step);
          const moved = new Map<number, Reach>();
          for (const a of at) {
            const from = a.node === 0 ? [0] : applyPending(builder, a.node, a.pending);
            for (const f of from) {
              const to = builder.child(f, key);
              moved.set(to, { node: to, pending: [] });
            }
          }
          at = [...moved.values()];
        }
        for (const a of at) next.set(`${a.node}|${pendingSig(a.pending)}`, a);
      }
    reach = [...next.values()];
  });
  const ends = new Set<number>();
  for (const r of reach) if (r.node !== 0) ends.add(r.node);
  for (const end of ends) builder.addOutput(end, output);
}
