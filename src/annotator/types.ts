/**
 * The shapes the annotator consumes from its neighbours: the matcher's kept structural, so the
 * engine can be driven by the real matcher or a test double; the text it reads is src/extract's.
 */
import type { EntryKind } from '../data/types.ts';
import type { Extracted, Segment } from '../extract/index.ts';
import type { PackedMentions } from '../matcher/wire.ts';

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

/**
 * What the annotator needs from a compiled matcher: one on the page, asked piece by piece, or one
 * that works elsewhere (the extension's background) and gets the whole text at once.
 */
export type Matcher = PageMatcher | RemoteMatcher;

export interface PageMatcher {
  /**
   * Mentions in `text`, or only in `text[range.from, range.to)` (offsets still into `text`): long
   * pages are matched range by range, never copied piece by piece.
   */
  find(text: string, range?: { from: number; to: number }): Mention[];
}

export interface RemoteMatcher {
  /**
   * Every mention in `text`, cut into pieces as matcher/pieces.ts `findAll` does, packed as they
   * travel (matcher/wire.ts): the engine unpacks them when it has a task for that.
   */
  findAll(text: string): Promise<PackedMentions>;
}

/** One text node's share of the extracted text: src/extract's own (its block and link flag included). */
export type TextSegment = Segment;

/** The text of a DOM subtree as the page presents it, with the nodes it came from (src/extract). */
export type ExtractedText = Extracted;

/** Result of one annotate() pass. */
export interface AnnotateResult {
  /** 'off-topic': the page is not about the war (topic.ts), so nothing on it is marked. */
  state: 'annotated' | 'no-article' | 'no-matches' | 'off-topic' | 'disabled' | 'too-large';
  markCount: number;
  /** Mentions actually marked, per entry id. */
  counts: Map<string, { kind: EntryKind; count: number; label: string }>;
}
