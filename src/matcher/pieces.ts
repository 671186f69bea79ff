/**
 * How a long text is matched: whole up to WHOLE_TEXT characters, above that in pieces of about
 * FIND_CHUNK characters cut at line breaks (no name spans one). The page's engine and the
 * background, which matches for the page, cut a text the same way, so the mentions are the same
 * wherever the matching runs (the matcher's context support works within a piece).
 */
import type { Matcher, Mention } from './types.ts';

/** Up to this many characters a text is matched in one piece (a normal article). */
export const WHOLE_TEXT = 50_000;
/**
 * Size of a long text's pieces (npm run bench: a piece of the live blog takes a few ms; smaller
 * pieces cost more in per-call overhead than they gain in finer yields).
 */
export const FIND_CHUNK = 16_000;

/**
 * The pieces of `text` to match, as [from, to) ranges in order: the whole text when it is short,
 * else pieces of at most FIND_CHUNK characters, each ending at a line break where there is one.
 */
export function* pieces(text: string): Generator<{ from: number; to: number }> {
  if (text.length <= WHOLE_TEXT) {
    yield { from: 0, to: text.length };
    return;
  }
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + FIND_CHUNK);
    const cut = to < text.length ? text.lastIndexOf('\n', to) : -1;
    if (cut > from) to = cut + 1;
    yield { from, to };
    from = to;
  }
}

/** Every mention in `text`, matched piece by piece (offsets into `text`). */
export function findAll(matcher: Pick<Matcher, 'find'>, text: string): Mention[] {
  const out: Mention[] = [];
  // Ranges, not copies: reading a slice of a long string is slower on a fresh page's code.
  for (const range of pieces(text)) for (const m of matcher.find(text, range)) out.push(m);
  return out;
}
