/**
 * Is the page about Russia's war against Ukraine? Standpoint's tooltips explain positions in that
 * war, so a page about something else (a Gaza ceasefire, a tariff fight, elections elsewhere) gets
 * no marks at all, even where its words are names in the dataset ("ceasefire", "Trump", "sanctions").
 *
 * The signal is mentions of either side (the two parties and the people who speak for them) and of
 * the war's peace plans. Lenient on purpose, since a page wrongly left blank costs the reader more
 * than a few marks on a page about something else: a short news item that names Zelensky and
 * Ukraine once each is enough; one passing "the war in Ukraine" in an unrelated story is not.
 */
import type { EntryKind } from '../data/types.ts';

/** Mentions of the war's sides or plans a page needs before anything on it is marked. */
export const TOPIC_MIN_SIGNALS = 2;

/** The two sides of the war, by dataset id. */
const SIDES = new Set(['ukraine', 'russia']);

/** Ids whose mentions show a page is about the war: the sides, their people, the peace plans. */
export function topicIds(
  entries: readonly { id: string; kind: EntryKind; represents?: string }[],
): Set<string> {
  const ids = new Set<string>();
  for (const e of entries)
    if (SIDES.has(e.id) || (e.represents !== undefined && SIDES.has(e.represents)) || e.kind === 'plan')
      ids.add(e.id);
  return ids;
}

/** How many of `mentions` are signals of the war (nested ones too: "Ukraine's counterproposal" is two). */
export function topicSignals(mentions: readonly { id: string }[], ids: ReadonlySet<string>): number {
  let n = 0;
  for (const m of mentions) if (ids.has(m.id)) n++;
  return n;
}
