/**
 * Mentions as they travel from the background, which matches, to the page, which marks: a few
 * numbers each instead of an object with strings (a live blog has tens of thousands, and the page
 * pays for every object a message carries). The page cuts each mention's text from its own copy.
 */
import type { EntryKind } from '../data/types.ts';
import type { Mention } from './types.ts';

export interface PackedMentions {
  /** The entries the mentions name, once each. */
  ids: string[];
  kinds: EntryKind[];
  /** Four numbers per mention: its entry (index into `ids`), start, end, 1 when nested else 0. */
  at: number[];
}

export function packMentions(mentions: readonly Mention[]): PackedMentions {
  const ids: string[] = [];
  const kinds: EntryKind[] = [];
  const slot = new Map<string, number>();
  const at: number[] = [];
  for (const m of mentions) {
    let i = slot.get(m.id);
    if (i === undefined) {
      i = ids.length;
      slot.set(m.id, i);
      ids.push(m.id);
      kinds.push(m.kind);
    }
    at.push(i, m.start, m.end, m.nested ? 1 : 0);
  }
  return { ids, kinds, at };
}

/** The mentions again, their text cut from `text` (the text that was matched). */
export function unpackMentions(packed: PackedMentions, text: string): Mention[] {
  const { ids, kinds, at } = packed;
  const out: Mention[] = [];
  for (let k = 0; k + 3 < at.length; k += 4) {
    const i = at[k]!;
    const start = at[k + 1]!;
    const end = at[k + 2]!;
    const m: Mention = { id: ids[i]!, kind: kinds[i]!, start, end, text: text.slice(start, end) };
    if (at[k + 3] === 1) m.nested = true;
    out.push(m);
  }
  return out;
}
