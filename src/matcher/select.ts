/**
 * Longest-leftmost selection over candidate matches, then nested mentions: inside a selected
 * plan or proposal, the longest-leftmost candidates of other entries are kept and marked nested
 * ("Ukraine's non-accession to NATO" -> proposal + nested ukraine + nested nato). Inside a party
 * name nothing is nested: "the Biden administration" is the US, not Biden.
 */
import type { EntryKind } from '../data/types.ts';
import { BLOCKER } from './blockers.ts';
import type { Candidate } from './scan.ts';

export interface Picked extends Candidate {
  nested: boolean;
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end || a.entry - b.entry;
}

/**
 * A plan or proposal whose name starts inside a party's longer name and runs past it ("Zelensky's
 * peace formula" after "Volodymyr", "Putin's June conditions" after "Vladimir") would lose to the
 * party, which starts first; it takes the party's start instead, so the whole phrase is the plan and
 * the party is nested in it ("Volodymyr Zelensky's peace formula"). Candidates sorted by position;
 * true when one was widened.
 */
function widenOverParties(cands: Candidate[], kindOf: (entry: number) => EntryKind): boolean {
  let widened = false;
  for (let i = 0; i < cands.length; i++) {
    const party = cands[i]!;
    if (party.entry === BLOCKER || kindOf(party.entry) !== 'party') continue;
    for (let j = i + 1; j < cands.length && cands[j]!.start < party.end; j++) {
      const c = cands[j]!;
      // Only a start strictly inside the party moves; one already moved further left stays there.
      if (c.start <= party.start || c.end <= party.end || c.entry === BLOCKER) continue;
      if (kindOf(c.entry) === 'party') continue;
      cands[j] = { ...c, start: party.start };
      widened = true;
    }
  }
  return widened;
}

/** Pick non-overlapping longest-leftmost mentions plus their nested ones, sorted by start. */
export function select(cands: Candidate[], kindOf: (entry: number) => EntryKind): Picked[] {
  cands.sort(byPosition);
  if (widenOverParties(cands, kindOf)) cands.sort(byPosition);
  const out: Picked[] = [];
  let lastEnd = -1;
  for (let i = 0; i < cands.length; i++) {
    const top = cands[i]!;
    if (top.start < lastEnd) continue;
    lastEnd = top.end;
    // A blocker ("North America") takes its span and shows nothing, not even what is inside it.
    if (top.entry === BLOCKER) continue;
    out.push({ start: top.start, end: top.end, entry: top.entry, nested: false });
    if (kindOf(top.entry) === 'party') continue;
    // Candidates are sorted by start, so the ones inside `top` follow it directly. Parties and the
    // rest are chosen apart, so that a party inside a nested proposal still shows: NATO in "join NATO
    // and the EU", where "join NATO" is nested in the EU membership.
    let partyEnd = -1;
    let otherEnd = -1;
    for (let j = i + 1; j < cands.length && cands[j]!.start < top.end; j++) {
      const c = cands[j]!;
      if (c.end > top.end || c.entry === top.entry) continue;
      if (c.start === top.start && c.end === top.end) continue;
      // A blocker inside hides what it covers there too: Europe in "Europe's largest nuclear station".
      if (c.entry === BLOCKER) {
        if (c.start >= Math.max(partyEnd, otherEnd)) partyEnd = otherEnd = c.end;
        continue;
      }
      const party = kindOf(c.entry) === 'party';
      if (c.start < (party ? partyEnd : otherEnd)) continue;
      out.push({ start: c.start, end: c.end, entry: c.entry, nested: true });
      if (party) partyEnd = c.end;
      else otherEnd = c.end;
    }
  }
  return out;
}

/**
 * Words that may stand between two mentions of one proposal that are one phrase: a relative or a modal
 * ("a ceasefire that would halt attacks on energy facilities"), the channel it goes through ("buys
 * American weapons through PURL", «купує американську зброю через PURL», «в рамках PURL», «по линии
 * PURL»), an amount, an article or a weapon word between a military-aid frame and the system it
 * names ("Kyiv wanted more Patriot systems", «Україні передадуть ракети для Patriot»), or nothing ("an
 * American guarantee modeled on Article 5"). Only spaces around them: a comma, a dash or a line keeps
 * two mentions.
 */
const ONE_PHRASE_GAP =
  /^[^\S\n]+(?:(?:that|which|would|will|could|can|should|must|to|що|яка|який|які|яке|котра|котрий|которая|который|которое|которые|что|through|via|under|using|через|в|у|рамках|по|линии|лінії|за|програмою|програми|программе|программы|more|new|additional|further|extra|some|several|its|their|the|a|an|of|for|two|three|four|дві|два|три|две|\d+|missiles|systems|interceptors|batteries|cruise|ballistic|long-range|air|defen[cs]e|ракети|ракет|системи|систем|ракеты|системы|для|більше|нові|нових|додаткові|додаткових|ще|кілька|ещё|еще|новые|новых|дополнительные|дополнительных|больше|несколько)[^\S\n]+){0,3}$/iu;

/**
 * A second mention of one proposal that only qualifies the first, after nothing but quotation marks
 * or a comma before a word of likeness: «гарантии «по образцу статьи 5»», "сильные гарантии, подобные
 * статье 5", "guarantees, modelled on Article 5" are one phrase; so is one said again after "that is"
 * («тобто», «то есть»). A comma before anything else is a
 * list ("обміни полоненими, звільнення цивільних", "safe navigation, no use of force"): two mentions.
 */
const QUOTES_ONLY = /^[^\S\n]*[«»“”"„]+[^\S\n]*$/u;
const COMMA_QUOTES = /^[^\S\n]*[«»“”"„]?[^\S\n]*,[^\S\n]*[«»“”"„]?[^\S\n]*$/u;
const LIKENESS =
  /^(?:like|similar|akin|comparable|equivalent|modell?ed|based on|mirroring|подобн|аналогичн|по образцу|по аналогии|наподобие|схож|подібн|аналогічн|на зразок|на кшталт|за зразком|за аналогією)/iu;

/** "по нинішній лінії фронту, тобто «стоїмо там, де стоїмо»", "along the front, i.e. where they stand": the same term said again. */
const RESTATED =
  /^[^\S\n]*[«»“”"„]?[^\S\n]*[,–—-]?[^\S\n]*(?:тобто|то есть|т\.[^\S\n]?е\.|i\.[^\S\n]?e\.,?|that is,?|namely|а саме|а именно)[^\S\n]*[«»“”"„]?[^\S\n]*$/iu;

/**
 * "Article 5-like" alone says what a guarantee just named is like, so it goes on that mention within
 * a few words of its clause: "strong guarantees, Article 5-like", "guarantees from the United States
 * — "Article 5-like," in his words", "guarantees that were "Article Five-like"".
 */
const ARTICLE_LIKE = /^Article[\s-]*(?:5|Five)[\s-]*(?:like|style|type)$/iu;
const FEW_WORDS_IN_CLAUSE = /^[^.!?;:\n]{0,60}$/u;

function qualifies(text: string, a: Picked, b: Picked): boolean {
  const gap = text.slice(a.end, b.start);
  const second = text.slice(b.start, b.end);
  return (
    QUOTES_ONLY.test(gap) ||
    RESTATED.test(gap) ||
    (COMMA_QUOTES.test(gap) && LIKENESS.test(second)) ||
    (ARTICLE_LIKE.test(second) && FEW_WORDS_IN_CLAUSE.test(gap))
  );
}

/**
 * A second mention of one proposal that says what pays for or backs the first, in its clause: "a
 * reparations loan for Kyiv funded from frozen Russian assets", "a loan of up to €140 billion, built
 * on the immobilised assets", «репараційного кредиту під заставу заморожених російських активів»,
 * «кредита за счет замороженных активов». Up to six words may stand before the link word (the loan's
 * amount, whom it is for) and a few after it ("the cash balances of"); no sentence end between them
 * (forty-fifth session: most dev-set articles that say so counted one mention).
 */
const PAID_BY = String.raw`(?:funded|financed|backed|built|based|secured|paid for)[^\S\n]+(?:by|from|on|with|against)`;
const PAID_FROM = new RegExp(
  String.raw`^[^\S\n]*[«»“”"„]?(?:[^\S\n]+[^\s,.;:!?«»“”"„]+){0,6}?` +
    // After a comma only a participle ("…, built on the assets"): ", from weapons to financing" is a list.
    String.raw`(?:[^\S\n]*,[^\S\n]+${PAID_BY}|[^\S\n]+(?:${PAID_BY}|using|from|за[^\S\n]+рахунок|під[^\S\n]+заставу|` +
    String.raw`на[^\S\n]+основі|коштом|за[^\S\n]+сч[её]т|под[^\S\n]+залог|на[^\S\n]+основе))` +
    String.raw`(?:[^\S\n]+(?:the|its|cash|balances|proceeds|of|profits|from)){0,4}[^\S\n]+$`,
  'iu',
);

/** A mention's letters and digits in lower case: "cease–fire" and "cease fire" are one name repeated. */
const bare = (text: string, m: Picked) =>
  text
    .slice(m.start, m.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Up to five words of any kind between a one-word mention and another of its proposal, in one clause
 * (or after ", including", ", among them": "send them on to Ukraine, among them the Patriot systems").
 */
const CLAUSE_GAP =
  /^(?:,[^\S\n]+(?:including|such as|notably|in particular|among them|among which|among those|зокрема|включно з|в тому числі|серед них|включая|в том числе|среди них))?[^\S\n]+(?:[\p{L}\p{N}'’-]+[^\S\n]+){0,5}$/u;

/**
 * A one-word mention (a weapon named alone: "Patriot", "Tomahawk") and another mention of the same
 * proposal in one clause are one phrase: "the Tomahawk cruise missiles Kyiv had asked for", "the sale
 * to Kyiv of spare parts for its Patriot launchers", "more aid to Ukraine, including Patriot interceptors"
 * (twenty-fifth session).
 */
function oneWordInClause(text: string, a: Picked, b: Picked): boolean {
  const oneWord = (m: Picked) => !/[\s-]/.test(text.slice(m.start, m.end));
  return (oneWord(a) || oneWord(b)) && CLAUSE_GAP.test(text.slice(a.end, b.start));
}

/**
 * One phrase, one mention: an outermost proposal mention that follows another of the same proposal
 * with only `ONE_PHRASE_GAP` between them, or that `qualifies` it, or that says what pays for it
 * (`PAID_FROM`), or that is a one-word mention in its clause (`oneWordInClause`, a party between them
 * or not), continues that mention's phrase and is
 * dropped, with what is nested in it ("an American guarantee modeled on Article 5" is one mention of the guarantees), save
 * the parties it names: "security guarantees backed by the US" is one guarantee and still names the US
 * (twenty-fourth session). The same name written twice in a row stays two ("security guarantees security
 * guarantees").
 */
export function dropRepeats(picked: Picked[], text: string, kindOf: (entry: number) => EntryKind): Picked[] {
  // The last proposal kept or dropped: a party between them does not part a weapon from its phrase
  // ("Зеленський попросив у Трампа ракети Tomahawk" is one request), and a party's words in the gap
  // already keep the other tests from joining them.
  let prev: Picked | undefined;
  let dropEnd = -1;
  const out: Picked[] = [];
  for (const p of picked) if (keep(p)) out.push(p.nested && p.start < dropEnd ? { ...p, nested: false } : p);
  return out;
  function keep(p: Picked): boolean {
    if (p.nested) return p.start >= dropEnd || kindOf(p.entry) === 'party';
    if (kindOf(p.entry) !== 'proposal') return true;
    const continues =
      prev !== undefined &&
      prev.entry === p.entry &&
      (ONE_PHRASE_GAP.test(text.slice(prev.end, p.start)) ||
        qualifies(text, prev, p) ||
        PAID_FROM.test(text.slice(prev.end, p.start)) ||
        oneWordInClause(text, prev, p)) &&
      bare(text, prev) !== bare(text, p);
    // A dropped mention goes on the phrase: the next one is judged against it ("send them on to
    // Ukraine, among them the Patriot systems Kyiv has pleaded for" stays one mention).
    prev = p;
    if (continues) dropEnd = p.end;
    return !continues;
  }
}
