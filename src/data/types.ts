/**
 * The shapes of the positions dataset, shared by every part of Standpoint.
 * The runtime validation lives in `schema.ts` (valibot) and must agree with these types.
 *
 * On-disk layout (see README "Adding to the dataset"):
 *   data/meta.json                     -> { asOf, wordLists?, contexts }
 *   data/entries/<kind>/<id>.json      -> one Entry per file (kind: parties | people | plans | proposals)
 *   data/positions/<subject-id>.json   -> Position[] about one subject (a proposal or a plan)
 */

/** How a name's words constrain the case of the text (see `shapeOf` in the matcher). */
export type NameCase = 'auto' | 'exact' | 'any';

export type Lang = 'en' | 'uk' | 'ru';
export type Localized = { en: string; uk: string; ru?: string };

export type EntryKind = 'party' | 'plan' | 'proposal';
export type Stance = 'supports' | 'opposes' | 'conditional' | 'mixed' | 'unclear';
export const STANCES: readonly Stance[] = ['supports', 'opposes', 'conditional', 'mixed', 'unclear'];
export type PlanStatus = 'leaked' | 'draft' | 'official' | 'superseded';

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Source {
  publisher: string;
  title: string;
  date: IsoDate;
  url?: string;
  language: Lang;
  /** Another outlet this report relays (e.g. UNN reporting CNN). */
  via?: string;
  /** A short exact phrase read in the source. Never invented. */
  quote?: string;
}

/**
 * A name as written in the dataset. A plain string is a literal phrase in the name syntax
 * (see README "Name syntax"); an object adds rules.
 */
export type NameSpec =
  | string
  | {
      text: string;
      /**
       * 'auto' (default): capitalised words must be capitalised, ALL-CAPS words must be exact (from four
       * letters on, title case too: NATO, Nato).
       */
      case?: NameCase;
      /** Id of a context rule in meta.json `contexts`; the name counts only where the rule holds. */
      context?: string;
      /** Found but never shown as its own mention (e.g. a token only used inside patterns). */
      note?: string;
    };

export interface ContextRule {
  /** Words (name syntax) that must occur within `window` words before or after the name. */
  near?: string[];
  window?: number;
  /** Built-in rule: the name acts as a subject/actor in its sentence and is not a dateline. */
  actor?: boolean;
  /** Built-in rule: a government's building (the White House, the Kremlin) that is not a venue. */
  seat?: boolean;
  /**
   * With `near`: where no `near` word is found, the name still counts when the same entry is found
   * without doubt elsewhere in the text; with `supportWindow`, only when that mention is within this
   * many words ("обмін" on a page about a Ukrainian swap is not the Russia-US swap ten lines on).
   */
  supportWindow?: number;
  /**
   * With `near`: the `near` word must be in the name's own sentence, before it with at most this many
   * clause breaks (commas, brackets, colons, semicolons) between, or after it in its own clause. A pronoun's
   * noun («Санкції … залишаються, але Вашингтон їх скасує»), not a sentence before.
   */
  nearClauses?: number;
  /**
   * The name's own words lie in one clause: no comma, bracket, colon or semicolon inside it (quotation
   * marks alone do not count), so a `~N` gap cannot reach past its verb's object («скасування
   * обмежень електропостачання, а санкції …» is no relief).
   */
  oneClause?: boolean;
  /**
   * A `near` word inside the name's own `~N` gap counts too: "withdrawal of all Russian forces from the
   * entire territory of Ukraine" carries its Russian forces within. Only for rules whose `near` words
   * never stand among their names' own words, so that no name can vouch for itself.
   */
  nearInside?: boolean;
  /** Words that, near the name, cancel it (e.g. "cereal" for Kellogg). */
  notNear?: string[];
  /** Words that, also near the name, lift the `notNear` veto ("Gaza" near "Ukraine" compares two wars). */
  unlessNear?: string[];
  /**
   * Words one of which must follow the name at once, in its sentence: the shared head noun of
   * "Ukrainian and Russian officials" makes "Ukrainian" one of the fixed group names.
   */
  followedBy?: string[];
  /** Words none of which may follow the name at once, in its sentence ("the French" + "president"). */
  notFollowedBy?: string[];
  /**
   * Words none of which may end right before the name, in its sentence: "Russia must" before
   * "withdraw its troops from Donetsk" makes it Russia's withdrawal, not the demand on Ukraine.
   */
  notPrecededBy?: string[];
  /**
   * Words none of which may stand inside the name's own span, in its `~N` gaps: "Russia controls" in
   * "give up land Russia controls" is land Russia holds, not land Ukraine holds; "to Israel" in
   * "long-range missiles to Israel but not to Kyiv" is another recipient.
   */
  notInside?: string[];
  /**
   * Words of another time: the name does not count where one of them is nearer to it than every
   * `near` word ("the US proposal" beside "Geneva" is not April 2025's, even with "London" further off).
   */
  notNearer?: string[];
  /**
   * Words that veto the name within `wideWindow` words, a wider reach than `notNear`'s (lifted by
   * `unlessNear` the same way): another war's own names ("Gaza", "Hamas") may stand further off than
   * the words this war's news shares with it ("Iran" of the drones, "the Middle East" of a call).
   */
  notNearWide?: string[];
  wideWindow?: number;
  description: string;
}

/** A named list of phrases (name syntax) that context rules refer to as "@id" (word-lists.ts). */
export interface WordList {
  description: string;
  words: string[];
}

/** A context rule as the matcher reads it: the description is for the people who keep the data. */
export type MatchRule = Omit<ContextRule, 'description'>;

export interface EntryBase {
  id: string;
  kind: EntryKind;
  names: Partial<Record<Lang, NameSpec[]>> & { en: NameSpec[]; uk: NameSpec[] };
  description: Localized;
  /** Short UI label; when absent, the first literal name in each language is used. */
  label?: Localized;
}

export interface PartyEntry extends EntryBase {
  kind: 'party';
  type: 'state' | 'bloc' | 'organisation' | 'person';
  /** For a person: the party they speak for. */
  represents?: string;
  /** For a person: their role, e.g. "US special envoy for Ukraine". */
  role?: Localized;
}

export interface PlanPoint {
  proposal: string;
  says: Localized;
  sources: Source[];
}

export interface PlanEntry extends EntryBase {
  kind: 'plan';
  date: IsoDate;
  /** Party ids that authored it. */
  authors: string[];
  status: PlanStatus;
  supersedes?: string;
  points: PlanPoint[];
  sources: Source[];
}

export interface ProposalEntry extends EntryBase {
  kind: 'proposal';
  /**
   * Only this war's news has it (leaving Donbas, the Zaporizhzhia plant, Russia's return to the G8),
   * so a mention of it shows a page is about the war (the topic gate, annotator/topic.ts). Left out
   * for what other conflicts' news has too (a ceasefire, sanctions relief, an amnesty).
   */
  thisWarOnly?: true;
}

export type Entry = PartyEntry | PlanEntry | ProposalEntry;

export interface Position {
  /** Stable id, unique in the dataset, e.g. "ukraine/crimea-recognition/2025-04-25". */
  id: string;
  party: string;
  /** A proposal or plan id. */
  subject: string;
  stance: Stance;
  /** The date the position held or was reported. */
  date: IsoDate;
  summary: Localized;
  sources: Source[];
  /** Why the stance is 'unclear' (required then). */
  reason?: string;
}

export interface CoverageGap {
  party: string;
  subject: string;
  /** Why no position is recorded. */
  why: string;
}

export interface Dataset {
  asOf: IsoDate;
  contexts: Record<string, ContextRule>;
  entries: Entry[];
  positions: Position[];
  /** Declared gaps, shown by `standpoint data coverage`. */
  gaps: CoverageGap[];
}

/** A problem found while loading or validating the dataset: `file: entry: message`. */
export interface DataProblem {
  file: string;
  entry: string;
  message: string;
}
