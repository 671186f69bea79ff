/**
 * Runtime validation of the dataset files with valibot. Each schema mirrors a type in `types.ts`;
 * the `satisfies`-style assertions at the bottom make the compiler refuse any drift between them.
 * Checks that span files (references, duplicates, aliases) live in `checks.ts`.
 */
import * as v from 'valibot';
import type {
  ContextRule,
  CoverageGap,
  EntryBase,
  PartyEntry,
  PlanEntry,
  PlanPoint,
  Position,
  ProposalEntry,
  Source,
  WordList,
} from './types.ts';
import { STANCES } from './types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `s` is YYYY-MM-DD and names a real calendar day (no 2025-02-30). */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
export const IsoDateSchema = v.pipe(
  v.string('date is missing'),
  v.check(
    isCalendarDate,
    (issue) => `malformed date ${JSON.stringify(issue.input)} (want a real YYYY-MM-DD)`,
  ),
);
const IdSchema = v.pipe(v.string(), v.regex(ID, 'id must be lowercase words joined by "-"'));
export const LangSchema = v.picklist(['en', 'uk', 'ru']);
export const LocalizedSchema = v.strictObject({ en: text, uk: text, ru: v.optional(text) });

export const SourceSchema = v.strictObject({
  publisher: text,
  title: text,
  date: IsoDateSchema,
  url: v.optional(v.pipe(v.string(), v.url('url must be an absolute address'))),
  language: LangSchema,
  via: v.optional(text),
  quote: v.optional(text),
});
const SourcesSchema = v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'));

export const NameSpecSchema = v.union([
  text,
  v.strictObject({
    text,
    case: v.optional(v.picklist(['auto', 'exact', 'any'])),
    context: v.optional(text),
    note: v.optional(text),
  }),
]);
const NameListSchema = v.pipe(v.array(NameSpecSchema), v.minLength(1, 'needs at least one name'));
const NamesSchema = v.strictObject({
  en: NameListSchema,
  uk: NameListSchema,
  ru: v.optional(NameListSchema),
});

export const ContextRuleSchema = v.strictObject({
  near: v.optional(v.array(text)),
  window: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  actor: v.optional(v.boolean()),
  seat: v.optional(v.boolean()),
  supportWindow: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  nearClauses: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  oneClause: v.optional(v.boolean()),
  nearInside: v.optional(v.boolean()),
  notNear: v.optional(v.array(text)),
  unlessNear: v.optional(v.array(text)),
  followedBy: v.optional(v.array(text)),
  notFollowedBy: v.optional(v.array(text)),
  notPrecededBy: v.optional(v.array(text)),
  notInside: v.optional(v.array(text)),
  notNearer: v.optional(v.array(text)),
  notNearWide: v.optional(v.array(text)),
  wideWindow: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  description: text,
});

const base = {
  id: IdSchema,
  names: NamesSchema,
  description: LocalizedSchema,
  label: v.optional(LocalizedSchema),
};

export const PartyEntrySchema = v.strictObject({
  ...base,
  kind: v.literal('party'),
  type: v.picklist(['state', 'bloc', 'organisation', 'person']),
  represents: v.optional(IdSchema),
  role: v.optional(LocalizedSchema),
});

export const PlanPointSchema = v.strictObject({
  proposal: IdSchema,
  says: LocalizedSchema,
  sources: SourcesSchema,
});

export const PlanEntrySchema = v.strictObject({
  ...base,
  kind: v.literal('plan'),
  date: IsoDateSchema,
  authors: v.pipe(v.array(IdSchema), v.minLength(1, 'needs at least one author')),
  status: v.picklist(
    ['leaked', 'draft', 'official', 'superseded'],
    'status must be leaked, draft, official or superseded',
  ),
  supersedes: v.optional(IdSchema),
  points: v.array(PlanPointSchema),
  sources: SourcesSchema,
});

export const ProposalEntrySchema = v.strictObject({
  ...base,
  kind: v.literal('proposal'),
  thisWarOnly: v.optional(v.literal(true, 'thisWarOnly is true or left out')),
});

export const EntrySchema = v.variant(
  'kind',
  [PartyEntrySchema, PlanEntrySchema, ProposalEntrySchema],
  'kind must be party, plan or proposal',
);

export const PositionSchema = v.strictObject({
  id: text,
  party: IdSchema,
  subject: IdSchema,
  stance: v.picklist(STANCES, `unknown stance (use one of: ${STANCES.join(', ')})`),
  date: IsoDateSchema,
  summary: LocalizedSchema,
  sources: SourcesSchema,
  reason: v.optional(text),
});

export const WordListSchema = v.strictObject({
  description: text,
  words: v.pipe(v.array(text), v.minLength(1, 'needs at least one word')),
});

export const MetaSchema = v.strictObject({
  asOf: IsoDateSchema,
  wordLists: v.optional(v.record(IdSchema, WordListSchema)),
  contexts: v.record(IdSchema, ContextRuleSchema),
});

export const FamilySchema = v.strictObject({ forms: text, description: text });

/** data/families.json: verb families a name refers to as `<id>` (src/data/families.ts). */
export const FamiliesFileSchema = v.strictObject({ families: v.record(v.string(), FamilySchema) });

export const GapSchema = v.strictObject({ party: IdSchema, subject: IdSchema, why: text });

// Compile-time agreement between the schemas and the hand-written types in types.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(): T | undefined => undefined;
agree<Same<v.InferOutput<typeof SourceSchema>, Source>>();
agree<Same<v.InferOutput<typeof ContextRuleSchema>, ContextRule>>();
agree<Same<v.InferOutput<typeof WordListSchema>, WordList>>();
agree<Same<v.InferOutput<typeof PartyEntrySchema>, PartyEntry>>();
agree<Same<v.InferOutput<typeof PlanPointSchema>, PlanPoint>>();
agree<Same<v.InferOutput<typeof PlanEntrySchema>, PlanEntry>>();
agree<Same<v.InferOutput<typeof ProposalEntrySchema>, ProposalEntry>>();
agree<Same<v.InferOutput<typeof PositionSchema>, Position>>();
agree<Same<v.InferOutput<typeof GapSchema>, CoverageGap>>();
agree<Same<v.InferOutput<typeof NamesSchema>, EntryBase['names']>>();
