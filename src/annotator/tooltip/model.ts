/**
 * What a tooltip says, computed from the dataset details without any DOM: the view models that
 * Tooltip.tsx renders. Kept pure so every rule (ordering, dates, "held then / changed since") is unit
 * tested in Node.
 */

import { expandName } from '../../data/expand-name.ts';
import type {
  Entry,
  IsoDate,
  Localized,
  PartyEntry,
  PlanEntry,
  PlanStatus,
  Position,
  Source,
  Stance,
} from '../../data/types.ts';
import type { EntryDetails } from '../../messaging/protocol.ts';

export type UiLang = 'en' | 'uk';

/** One party's stance on one subject, with what held on the article's date when that differs. */
export interface StanceRow {
  party: string;
  partyTitle: string;
  subject: string;
  subjectTitle: string;
  stance: Stance;
  date: IsoDate;
  summary: string;
  sources: Source[];
  /** Set when the article predates a change: the position in force on the article's date. */
  held?: { stance: Stance; date: IsoDate; summary: string; sources: Source[] };
}

export interface ProposalView {
  kind: 'proposal';
  id: string;
  title: string;
  what: string;
  rows: StanceRow[];
}

export interface PlanView {
  kind: 'plan';
  id: string;
  title: string;
  what: string;
  date: IsoDate;
  authors: string[];
  status: PlanStatus;
  points: { proposal: string; title: string; says: string; sources: Source[] }[];
  reactions: StanceRow[];
  sources: Source[];
}

export interface PartyView {
  kind: 'party';
  id: string;
  title: string;
  what: string;
  type: PartyEntry['type'];
  role?: string;
  represents?: { id: string; title: string };
  /** Positions shown: own ones, or (for a person with none) those of whom they represent. */
  rows: StanceRow[];
  rowsOf: 'self' | 'represented';
}

export type TooltipView = ProposalView | PlanView | PartyView;

const SYNTAX = /[()[\]{}|~*?]/;

/** Text of a Localized field in the UI language (English when the other is missing). */
export function pick(text: Localized, lang: UiLang): string {
  return text[lang] || text.en;
}

/**
 * A short readable name for an entry: its `label`, else its first plain name in the language, else
 * the first clause of its description.
 */
export function entryTitle(entry: Entry | undefined, lang: UiLang, fallback = ''): string {
  if (!entry) return fallback;
  if (entry.label) return pick(entry.label, lang);
  for (const spec of [...(entry.names[lang] ?? []), ...entry.names.en]) {
    const text = typeof spec === 'string' ? spec : spec.text;
    const phrase = SYNTAX.test(text) ? expandName(text, 1)[0] : text;
    if (phrase && !phrase.includes('~')) return phrase;
  }
  return pick(entry.description, lang)
    .replace(/[.;].*$/s, '')
    .trim();
}

/** The article's publication date (YYYY-MM-DD) from its meta tags or JSON-LD, or null. */
export function articleDate(doc: Document): IsoDate | null {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
  ];
  for (const sel of metas) {
    const value = doc.querySelector(sel)?.getAttribute('content');
    const date = isoDay(value);
    if (date) return date;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const date = isoDay(findDatePublished(safeJson(script.textContent ?? '')));
    if (date) return date;
  }
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function findDatePublished(node: unknown): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  const obj = node as Record<string, unknown>;
  if (typeof obj.datePublished === 'string') return obj.datePublished;
  return findDatePublished(obj['@graph']);
}

function isoDay(value: string | null | undefined): IsoDate | null {
  const m = value?.trim().match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? m[1]! : null;
}

/**
 * Splits one party's positions on one subject into "now" and, when the article is older than a
 * change of stance, what held on the article's date.
 */
export function stanceAt(
  positions: readonly Position[],
  article: IsoDate | null,
): { now: Position; held?: Position } | null {
  if (positions.length === 0) return null;
  const sorted = [...positions].sort((a, b) => a.date.localeCompare(b.date));
  const now = sorted[sorted.length - 1]!;
  if (!article || now.date <= article) return { now };
  const held = sorted.filter((p) => p.date <= article).pop();
  if (!held || held.stance === now.stance) return { now };
  return { now, held };
}

class Index {
  readonly byId = new Map<string, Entry>();
  constructor(
    readonly details: EntryDetails,
    readonly lang: UiLang,
  ) {
    for (const e of details.entries) this.byId.set(e.id, e);
  }
  title(id: string): string {
    return entryTitle(this.byId.get(id), this.lang, id);
  }
  /** Stance rows for positions matching `keep`, one per (party, subject), newest position wins. */
  rows(keep: (p: Position) => boolean, article: IsoDate | null): StanceRow[] {
    const groups = new Map<string, Position[]>();
    for (const p of this.details.positions) {
      if (!keep(p)) continue;
      const key = `${p.party}\u0000${p.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const rows: StanceRow[] = [];
    for (const list of groups.values()) {
      const at = stanceAt(list, article);
      if (!at) continue;
      const { now, held } = at;
      rows.push({
        party: now.party,
        partyTitle: this.title(now.party),
        subject: now.subject,
        subjectTitle: this.title(now.subject),
        stance: now.stance,
        date: now.date,
        summary: pick(now.summary, this.lang),
        sources: now.sources,
        held: held && {
          stance: held.stance,
          date: held.date,
          summary: pick(held.summary, this.lang),
          sources: held.sources,
        },
      });
    }
    return rows;
  }
}

/** Parties in a fixed, familiar order (the two sides, the mediator, then Europe), others after. */
const PARTY_ORDER = ['ukraine', 'russia', 'us', 'europe', 'uk', 'france', 'germany', 'nato'];
function partyRank(id: string): number {
  const i = PARTY_ORDER.indexOf(id);
  return i === -1 ? PARTY_ORDER.length : i;
}

/**
 * The view model for the tooltip of entry `id`. `onPage` lists the entry ids marked in this article
 * (a party's positions on those come first); `article` is the article's own date, if known.
 */
export function buildView(
  id: string,
  details: EntryDetails,
  lang: UiLang,
  onPage: readonly string[],
  article: IsoDate | null,
): TooltipView | null {
  const ix = new Index(details, lang);
  const entry = ix.byId.get(id);
  if (!entry) return null;
  const what = pick(entry.description, lang);
  if (entry.kind === 'proposal') {
    const rows = ix
      .rows((p) => p.subject === id, article)
      .sort((a, b) => partyRank(a.party) - partyRank(b.party) || a.partyTitle.localeCompare(b.partyTitle));
    return { kind: 'proposal', id, title: entryTitle(entry, lang), what, rows };
  }
  if (entry.kind === 'plan') return planView(entry, ix, what, article);
  const byPage = (rows: StanceRow[]) => {
    const rank = (r: StanceRow) => {
      const i = onPage.indexOf(r.subject);
      return i === -1 ? onPage.length : i;
    };
    return rows.sort((a, b) => rank(a) - rank(b) || b.date.localeCompare(a.date));
  };
  let rows = byPage(ix.rows((p) => p.party === id, article));
  let rowsOf: PartyView['rowsOf'] = 'self';
  if (rows.length === 0 && entry.represents) {
    rows = byPage(ix.rows((p) => p.party === entry.represents, article));
    rowsOf = 'represented';
  }
  return {
    kind: 'party',
    id,
    title: entryTitle(entry, lang),
    what,
    type: entry.type,
    role: entry.role && pick(entry.role, lang),
    represents: entry.represents ? { id: entry.represents, title: ix.title(entry.represents) } : undefined,
    rows,
    rowsOf,
  };
}

function planView(entry: PlanEntry, ix: Index, what: string, article: IsoDate | null): PlanView {
  return {
    kind: 'plan',
    id: entry.id,
    title: entryTitle(entry, ix.lang),
    what,
    date: entry.date,
    authors: entry.authors.map((a) => ix.title(a)),
    status: entry.status,
    points: entry.points.map((pt) => ({
      proposal: pt.proposal,
      title: ix.title(pt.proposal),
      says: pick(pt.says, ix.lang),
      sources: pt.sources,
    })),
    reactions: ix
      .rows((p) => p.subject === entry.id, article)
      .sort((a, b) => partyRank(a.party) - partyRank(b.party)),
    sources: entry.sources,
  };
}

/** Every entry id a view of `id` needs names for (parties, subjects, authors), to fetch in one go. */
export function referencedIds(id: string, details: EntryDetails): string[] {
  const ids = new Set<string>();
  const entry = details.entries.find((e) => e.id === id);
  if (entry?.kind === 'party' && entry.represents) ids.add(entry.represents);
  if (entry?.kind === 'plan') {
    for (const a of entry.authors) ids.add(a);
    for (const pt of entry.points) ids.add(pt.proposal);
  }
  for (const p of details.positions) {
    if (p.subject === id || p.party === id) {
      ids.add(p.party);
      ids.add(p.subject);
    }
  }
  return [...ids];
}

/** The overview deep link for an entry ("proposal=ceasefire", "party=us", "plan=…"). */
export function overviewHash(view: Pick<TooltipView, 'kind' | 'id'>): string {
  return `${view.kind}=${view.id}`;
}
