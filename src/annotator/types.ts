/**
 * The shapes the annotator consumes from its neighbours, kept structural so the engine can be driven
 * by the real matcher/extractor or by a test double.
 */
import type { EntryKind } from '../data/types.ts';

/** One mention found by the matcher, as offsets into the extracted text. */
export interface Mention {
  id: string;
  kind: EntryKind;
  start: number;
  end: number;
  text: string;
  /** Set when this mention lies inside a longer one (e.g. "Ukraine" in "Ukraine's counterproposal"). */
  nested?: unknown;
}

/** What the annotator needs from a compiled matcher. */
export interface Matcher {
  /**
   * Mentions in `text`, or only in `text[range.from, range.to)` (offsets still into `text`): long
   * pages are matched range by range, never copied piece by piece.
   */
  find(text: string, range?: { from: number; to: number }): Mention[];
}

/** One text node's share of the extracted text. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  /** `node.data` as it was read; the engine fills it in when the extractor does not. */
  data?: string;
  /** Its innermost block element, when the extractor knows it (src/extract does). */
  block?: Element;
  /** Inside a link or another place never marked, when the extractor was asked to tell (`flag`). */
  flagged?: boolean;
}

/** The text of a DOM subtree as the page presents it, with the nodes it came from. */
export interface ExtractedText {
  text: string;
  segments: TextSegment[];
}

export type Extractor = (root: Element) => ExtractedText;

/** Result of one annotate() pass. */
export interface AnnotateResult {
  state: 'annotated' | 'no-article' | 'no-matches' | 'disabled' | 'too-large';
  markCount: number;
  /** Mentions actually marked, per entry id. */
  counts: Map<string, { kind: EntryKind; count: number; label: string }>;
}
