/** From offsets in the extracted text back to pieces of real text nodes. */
import type { ExtractedText, TextSegment } from './types.ts';

/** A piece of one text node: `node.data[from, to)`, which should read `expect` when wrapped. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
  expect: string;
  /** The segment the piece lies in (its block and flag, when the extractor gave them). */
  segment: TextSegment;
}

const SPACE = /\s/;

/** `SPACE.test(data[i])` without a one-character string for the common (ASCII) case. */
function isSpaceAt(data: string, i: number): boolean {
  const c = data.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(data[i]!);
}

/**
 * Maps an offset inside a segment to an offset in its node. The extractor may collapse whitespace
 * (text "as the page presents it"), so when lengths differ the two strings are walked side by side,
 * skipping whitespace that exists on only one side.
 */
export function nodeOffset(text: string, seg: TextSegment, offset: number, data = seg.data): number {
  const rel = offset - seg.start;
  if (data.length === seg.end - seg.start) return rel;
  const shown = text.slice(seg.start, seg.end);
  let i = 0;
  let j = 0;
  while (j < rel && i < data.length) {
    const a = data[i]!;
    const b = shown[j]!;
    if (a === b || (SPACE.test(a) && SPACE.test(b))) {
      i++;
      j++;
      // A run of page whitespace shown as one space: swallow the rest of the run.
      if (SPACE.test(a)) while (i < data.length && SPACE.test(data[i]!) && !SPACE.test(shown[j] ?? '')) i++;
    } else if (SPACE.test(a)) i++;
    else j++;
  }
  return i;
}

/** Index of the first segment whose end is after `offset` (segments are in text order). */
export function firstSegmentAfter(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text-node pieces that together show `[start, end)` of the extracted text (skips empty ones). */
export function resolvePieces(extracted: ExtractedText, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  const { segments, text } = extracted;
  for (let k = firstSegmentAfter(segments, start); k < segments.length; k++) {
    const seg = segments[k]!;
    if (seg.start >= end) break;
    // The text as it was read: a piece is checked against the live node only when it is written.
    const data = seg.data;
    let from = nodeOffset(text, seg, Math.max(start, seg.start), data);
    let to = nodeOffset(text, seg, Math.min(end, seg.end), data);
    // Never underline the space between two pieces of one mention.
    while (from < to && isSpaceAt(data, from)) from++;
    while (to > from && isSpaceAt(data, to - 1)) to--;
    if (to > from) pieces.push({ node: seg.node, from, to, expect: data.slice(from, to), segment: seg });
  }
  return pieces;
}

/**
 * The first segment that shows a piece of `[start, end)` outside the places never marked (links,
 * fields: `excluded`), or undefined when the mention lies wholly inside them and is not shown. The
 * annotator groups a mention under this segment's block; the CLI reports only shown mentions.
 */
export function shownSegment(
  extracted: ExtractedText,
  start: number,
  end: number,
  excluded: (seg: TextSegment) => boolean,
): TextSegment | undefined {
  return resolvePieces(extracted, start, end).find((p) => !excluded(p.segment))?.segment;
}
