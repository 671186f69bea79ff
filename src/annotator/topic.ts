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
 * and a name at any rally. So a page must also name Ukraine or the people who speak for it, or a
 * proposal only this war has ("Россия требует вывода войск из Донбасса… В Киеве такие требования
 * называют…", where Kyiv is the people speaking but not found as such).
 */
import type { EntryKind } from '../data/types.ts';

/** Mentions of the war's sides or plans a page needs before anything on it is marked. */
export const TOPIC_MIN_SIGNALS = 2;

/** The two sides of the war, by dataset id. */
export const SIDES: ReadonlySet<string> = new Set(['ukraine', 'russia']);
/** The side a page about the war names, unless it names a proposal only this war has. */
const UKRAINE = 'ukraine';

export interface TopicIds {
  /** Every id whose mention is a signal: the sides, their people, the peace plans. */
  signals: ReadonlySet<string>;
  /** The part of `signals` that names a side or its people: a page needs one of these. */
  sides: ReadonlySet<string>;
  /** The part of `sides` that names Ukraine or its people. */
  ukraineSide: ReadonlySet<string>;
  /**
   * Proposals only this war has (the dataset's `thisWarOnly`: leaving Donbas, the Zaporizhzhia plant,
   * a cap on Ukraine's army…). A Gaza ceasefire, Iran's sanctions relief or Taiwan's security
   * guarantees never show that a page is about this war.
   */
  warProposals: ReadonlySet<string>;
}

/** Signals counted so far on a page. */
export interface TopicTally {
  signals: number;
  sides: number;
  ukraineSide: number;
  warProposals: number;
}

/** Nothing counted yet. */
export const emptyTally = (): TopicTally => ({ signals: 0, sides: 0, ukraineSide: 0, warProposals: 0 });

type TopicEntry = { id: string; kind: EntryKind; represents?: string; thisWarOnly?: true };

/** Is `e` one of the war's sides, or a person who speaks for one? */
export function namesASide(e: TopicEntry): boolean {
  return SIDES.has(e.id) || (e.represents !== undefined && SIDES.has(e.represents));
}

/** The ids whose mentions show a page is about the war, from the dataset's entries. */
export function topicIds(entries: readonly TopicEntry[]): TopicIds {
  const signals = new Set<string>();
  const sides = new Set<string>();
  const ukraineSide = new Set<string>();
  const warProposals = new Set<string>();
  for (const e of entries) {
    if (namesASide(e)) sides.add(e.id);
    if (e.id === UKRAINE || e.represents === UKRAINE) ukraineSide.add(e.id);
    if (namesASide(e) || e.kind === 'plan') signals.add(e.id);
    if (e.kind === 'proposal' && e.thisWarOnly) warProposals.add(e.id);
  }
  return { signals, sides, ukraineSide, warProposals };
}

/** Adds the signals among `mentions` (nested ones too: "Ukraine's counterproposal" is two) to `tally`. */
export function tallyTopic(
  mentions: readonly { id: string }[],
  ids: TopicIds,
  tally: TopicTally = emptyTally(),
): TopicTally {
  for (const m of mentions) {
    if (ids.signals.has(m.id)) tally.signals++;
    if (ids.sides.has(m.id)) tally.sides++;
    if (ids.ukraineSide.has(m.id)) tally.ukraineSide++;
    if (ids.warProposals.has(m.id)) tally.warProposals++;
  }
  return tally;
}

/**
 * Enough signals, one of them a side, and either Ukraine's side or a proposal only this war has:
 * the page is about the war.
 */
export function isOnTopic(tally: TopicTally): boolean {
  return (
    tally.signals >= TOPIC_MIN_SIGNALS &&
    tally.sides >= 1 &&
    (tally.ukraineSide >= 1 || tally.warProposals >= 1)
  );
}
