/**
 * The automaton: a trie over word tokens, built from every expanded name form. Edge keys carry
 * the case constraint so one lookup per constraint decides both the word and its case:
 *   "russia"   any case          "^russia"  Capitalised          "=US"  exactly this form
 * `~N` gaps are edges that skip up to N tokens. The scan reads it flattened (scan.ts `indexTrie`).
 */
import type { Step } from './pattern.ts';

/** What a trie node reports when a name ends there. */
export interface Output {
  /** Index into the compiled entry table. */
  entry: number;
  /** Index into the compiled context table, or -1. */
  context: number;
  /** Language of the name: index into LANGS. */
  lang: number;
}

export interface TrieNode {
  next: Map<string, number>;
  /** [max skipped tokens, target node]. */
  gaps: [number, number][];
  out: Output[];
}

export const LANGS = ['en', 'uk', 'ru'] as const;

/** Edge key for a name word with its case constraint. */
export function edgeKey(step: Extract<Step, { t: 'word' }>): string {
  if (step.shape === 'exact') return `=${step.form}`;
  if (step.shape === 'cap') return `^${step.key}`;
  return step.key;
}

/** A mutable trie being built. */
export class TrieBuilder {
  readonly nodes: TrieNode[] = [{ next: new Map(), gaps: [], out: [] }];

  /** The child of `from` along `key`, created if missing. */
  child(from: number, key: string): number {
    const node = this.nodes[from]!;
    let to = node.next.get(key);
    if (to === undefined) {
      to = this.nodes.length;
      this.nodes.push({ next: new Map(), gaps: [], out: [] });
      node.next.set(key, to);
    }
    return to;
  }

  /** The `~max` gap child of `from`, created if missing. */
  gapChild(from: number, max: number): number {
    const node = this.nodes[from]!;
    const found = node.gaps.find(([m]) => m === max);
    if (found) return found[1];
    const to = this.nodes.length;
    this.nodes.push({ next: new Map(), gaps: [], out: [] });
    node.gaps.push([max, to]);
    return to;
  }

  /** Add one expanded form; an optional hyphen forks the path (with and without "-"). */
  add(steps: Step[], output: Output): void {
    // One path until the first hyphen (most forms have none): no frontier arrays.
    let at = 0;
    let k = 0;
    for (; k < steps.length; k++) {
      const step = steps[k]!;
      if (step.t === 'word') at = this.child(at, edgeKey(step));
      else if (step.t === 'gap') at = this.gapChild(at, step.max);
      else break;
    }
    let frontier = [at];
    for (; k < steps.length; k++) {
      const step = steps[k]!;
      const next: number[] = [];
      for (const from of frontier) {
        if (step.t === 'word') next.push(this.child(from, edgeKey(step)));
        else if (step.t === 'gap') next.push(this.gapChild(from, step.max));
        else next.push(this.child(from, '-'), from);
      }
      frontier = [...new Set(next)];
    }
    for (const end of frontier) this.addOutput(end, output);
  }

  /** Mark `node` as the end of a name (once per entry, context and language). */
  addOutput(node: number, output: Output): void {
    const out = this.nodes[node]!.out;
    for (const o of out)
      if (o.entry === output.entry && o.context === output.context && o.lang === output.lang) return;
    out.push(output);
  }
}
