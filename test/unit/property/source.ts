/**
 * The matcher's input for the property tests: the real dataset's names and context rules, read
 * straight from data/ by `realSource` (matcher/real-data.ts), plus the literal name phrases so
 * generated text contains real mentions rather than only noise.
 */
import { type NameNode, parseName } from '../../../src/data/name-syntax.ts';
import type { NameSpec } from '../../../src/data/types.ts';
import type { MatchSource } from '../../../src/matcher/types.ts';
import { realSource } from '../matcher/real-data.ts';

/** The dataset's names and contexts, as `compileMatcher` takes them. */
export const MATCH_SOURCE: MatchSource = realSource();
const entries = MATCH_SOURCE.entries;

/** Entry id -> kind, to check what the matcher reports. */
export const KIND_OF = new Map(entries.map((e) => [e.id, e.kind]));

/** Resolves the name syntax to its first choice: "Кіт{|а} X" -> "Кіт X", "(a|b) c" -> "a c", "[the] x" -> "the x". */
function firstForm(text: string): string {
  const first = (nodes: NameNode[]): string =>
    nodes
      .map((n) => {
        if (n.t === 'text') return n.s;
        if (n.t === 'gap') return ' ';
        // An optional part's first alternative is the empty one; take what is written.
        return first((n.optional ? n.alts[1] : n.alts[0]) ?? []);
      })
      .join('');
  return first(parseName(text)).replace(/\s+/g, ' ').trim();
}

/** First forms of the names that count anywhere (plain strings: no context rule, default case rule). */
export const PLAIN_NAMES: string[] = entries
  .flatMap((e) =>
    Object.values(e.names).flatMap((specs: NameSpec[] | undefined) =>
      (specs ?? []).filter((s) => typeof s === 'string'),
    ),
  )
  .map(firstForm)
  .filter((text) => text.length > 1);

/** Name phrases with the name syntax resolved to its first choice ("Кіт{|а} X" -> "Кіт X", "(a|b)" -> "a"). */
export const NAME_PHRASES: string[] = entries
  .flatMap((e) =>
    Object.values(e.names).flatMap((specs: NameSpec[] | undefined) =>
      (specs ?? []).map((spec) => (typeof spec === 'string' ? spec : spec.text)),
    ),
  )
  .map(firstForm)
  .filter((text) => text.trim().length > 1);
