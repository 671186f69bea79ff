/**
 * Is the page about Russia's war against Ukraine? Standpoint's tooltips explain positions in that
 * war, so a page about something else (a Gaza ceasefire, a tariff fight, elections elsewhere) gets
 * no marks at all, even where its words are names in the dataset ("ceasefire", "Trump", "sanctions").
 *
 * The signal is mentions of either side (the two parties and the people who speak for them) and of
 * the war's peace plans. Lenient on purpose, since a page wrongly left blank costs the reader more
 * than a few marks on a page about something else: a short news item that names Zelensky and
 * Ukraine once each is enough; one passing "the war in Ukraine" in an unrelated story is not.
 * Plans alone are not enough, though: "Trump's peace plan" and "the 20-point plan" were Gaza's too;
 * nor is Russia alone, which is a party to the Iran nuclear deal, a mediator between Israel and Iran
 * and a name at any rally. So at least one signal must name Ukraine or the people who speak for it:
 * no report on ending this war leaves out the country it is fought in.
 */
import type { EntryKind } from '../data/types.ts';

/** Mentions of the war's sides or plans a page needs before anything on it is marked. */
export const TOPIC_MIN_SIGNALS = 2;

/** The two sides of the war, by dataset id. */
export const SIDES: ReadonlySet<string> = new Set(['ukraine', 'russia']);
/** The side a page about the war always names. */
const UKRAINE = 'ukraine';

export interface TopicIds {
  /** Every id whose mention is a signal: the sides, their people, the peace plans. */
  signals: ReadonlySet<string>;
  /** The part of `signals` that names Ukraine or its people: a page needs one of these. */
  ukraineSide: ReadonlySet<string>;
}

/** Signals counted so far on a page. */
export interface TopicTally {
  signals: number;
  ukraineSide: number;
}

type TopicEntry = { id: string; kind: EntryKind; represents?: string };

/** Is `e` one of the war's sides, or a person who speaks for one? */
export function namesASide(e: TopicEntry): boolean {
  return SIDES.has(e.id) || (e.represents !== undefined && SIDES.has(e.represents));
}

/** The ids whose mentions show a page is about the war, from the dataset's entries. */
export function topicIds(entries: readonly TopicEntry[]): TopicIds {
  const signals = new Set<string>();
  const ukraineSide = new Set<string>();
  for (const e of entries) {
    if (e.id === UKRAINE || e.represents === UKRAINE) ukraineSide.add(e.id);
    if (namesASide(e) || e.kind === 'plan') signals.add(e.id);
  }
  return { signals, ukraineSide };
}

/** Adds the signals among `mentions` (nested ones too: "Ukraine's counterproposal" is two) to `tally`. */
export function tallyTopic(
  mentions: readonly { id: string }[],
  ids: TopicIds,
  tally: TopicTally = { signals: 0, ukraineSide: 0 },
): TopicTally {
  for (const m of mentions) {
    if (ids.signals.has(m.id)) tally.signals++;
    if (ids.ukraineSide.has(m.id)) tally.ukraineSide++;
  }
  return tally;
}

/** Enough signals, one of them Ukraine's side: the page is about the war. */
export function isOnTopic(tally: TopicTally): boolean {
  return tally.signals >= TOPIC_MIN_SIGNALS && tally.ukraineSide >= 1;
}
