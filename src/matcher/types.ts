import type { EntryKind, Lang, MatchRule, NameSpec } from '../data/types.ts';

/** One mention found in a text. Offsets are UTF-16 indices into the text given to `find`. */
export interface Mention {
  id: string;
  kind: EntryKind;
  start: number;
  end: number;
  text: string;
  /** True when the mention lies inside a longer plan/proposal mention. */
  nested?: boolean;
}

/** Which names to use: one language, or every language the matcher was compiled with ('auto'). */
export interface FindOptions {
  lang?: Lang | 'auto';
  /**
   * Match only `text[from, to)`; offsets stay those of the whole text. A caller matching a long text
   * piece by piece passes ranges instead of copies (reading a slice of a long string is slower on a
   * fresh page's unoptimised code). Where a range does not start and end at a line break or at an end
   * of the text, the piece is copied, so the result is always that of `find(text.slice(from, to))`
   * with its offsets moved by `from`.
   */
  from?: number;
  to?: number;
}

/** A compiled matcher: cost per call grows with the text, not with the number of names. */
export interface Matcher {
  find(text: string, opts?: FindOptions): Mention[];
  /** Figures for the benchmark and the README: trie nodes, edges, expanded name forms. */
  readonly stats: { nodes: number; edges: number; forms: number; entries: number };
}

/** The names of one entry, per language, as the matcher needs them. */
export interface MatchEntry {
  id: string;
  kind: EntryKind;
  names: Partial<Record<string, NameSpec[]>>;
}

/** What the matcher is compiled from: entries' names plus the dataset's context rules. */
export interface MatchSource {
  entries: MatchEntry[];
  contexts: Record<string, MatchRule>;
}
