/**
 * The English side of the `actor` rule (`enActor`): does a capital written in Latin letters ("Kyiv",
 * "Moscow", "Washington") stand for its government in its sentence? The English lists shared with the
 * comma lists and the seats (EN_ACTOR_BEFORE, EN_ACTOR_AFTER_PREP, EN_ALLIES, EN_CITY_PARTS,
 * EN_CAPITALS, EN_PLACE_BEFORE) are in tokens.ts.
 */
import { Gap, type Token } from '../tokenize.ts';
import { commaList } from './lists.ts';
import {
  after,
  before,
  EN_ACTOR_AFTER_PREP,
  EN_ACTOR_BEFORE,
  EN_ALLIES,
  EN_CAPITALS,
  EN_CITY_PARTS,
  EN_PLACE_BEFORE,
  phraseAside,
  spacedPhraseEnd,
  type TokenSeq,
  words,
} from './tokens.ts';

const EN_VERBS = words(
  'says said say wants wanted want rejected rejects reject rejecting insists insisted insist has have had is was ' +
    "are were will would could can cannot can't may might must should shall believes believe believed agreed agrees agree " +
    'refused refuses refuse proposed proposes propose demanded demands demand offered offers warned warns accused ' +
    'accuses denied denies sees saw considers considered hopes hoped expects expected signed signs presented ' +
    'sent sends responded responds welcomed welcomes opposes opposed oppose supports supported support backed backs ' +
    "seeks sought does did doesn't didn't won't wouldn't hasn't isn't claims claimed argues argued " +
    'insisting signaled signalled signals announced announces pledged pledges promised promises objected objects ' +
    'accepted accepts accept needs needed pushed pushes urged urges called calls views viewed regards ' +
    'maintains maintained continues continued plans planned intends intended prefers preferred faces faced ' +
    'knows knew thinks thought fears feared replied replies countered counters launched struck ' +
    'approved approves vetoed blocked blocks stressed stresses emphasised emphasized confirmed confirms ' +
    "hadn't aren't wasn't weren't lifts lifted halts halted resumes resumed cuts suspends suspended " +
    'freezes froze pauses paused moves moved ends ended takes took gets got keeps kept ' +
    'agreeing refusing demanding seeking accepting offering remain remains controls holds reports interprets ' +
    'spoke speaks made makes finds found increases tries tells asks lets admits acknowledges allows ' +
    'reiterates prepares awaits uses seizes threatens escalates occupies sets pays pulls seek withdraws cedes ' +
    'began begins started starts ' +
    // "so that Kyiv negotiates from strength", "Moscow depends on oil revenue" (twenty-fourth session).
    'negotiates depends relies ' +
    // "Washington presses Kyiv to give up the Donbas" (forty-ninth session).
    'presses ' +
    // "Brussels tables legal texts" (thirtieth session).
    'tables tabled ' +
    // Irregular pasts and reading: "the plan that Washington sprang on Kyiv", "which Kyiv reads as
    // Russian control" (thirty-fifth session).
    'sprang brought gave threw wrote chose sold bought spent drew reads ' +
    // "if Moscow ever won the money back" (thirty-ninth session; not "lost": "Kyiv lost power" is the city).
    'won',
);
const EN_ADVERBS = words(
  'also still already now reportedly repeatedly has have had will would could may might must should then later too ' +
    'again officially publicly firmly strongly quickly not never clearly apparently today yesterday ' +
    // "Moscow first needed to hear", "Moscow meanwhile rejected" (twenty-fourth session).
    'first meanwhile ' +
    // "if Moscow ever won the money back", "unless Kyiv ever agrees".
    'ever',
);
/** "wants Kyiv to withdraw", "expects Moscow to agree", "got Moscow and Kyiv to pause": asked to act. */
const EN_ASK_TO = words(
  'wants want wanted expects expect expected asks ask demands demand demanded needs need needed allow allows ' +
    'allowed require requires required get gets got prompt prompts prompted prompting encourage encourages ' +
    'encouraged encouraging allowing letting ' +
    // "Washington had cleared Kyiv to fire", "authorised Kyiv to strike" (thirty-sixth session).
    'cleared clear clears authorized authorised authorize authorise authorizes authorises permitted permit permits',
);
/** "demands that Kyiv pull out", "insisted Kyiv withdraw": the word before a subjunctive clause. */
const EN_SUBJUNCTIVE = words('that insist insists insisted insisting demand demands demanded demanding');
/** "demands that Kyiv pull out": the city does the verb in a subjunctive clause. */
const EN_BASE_VERBS = words(
  'pull withdraw cede give accept recognise recognize abandon drop renounce surrender hand leave agree sign ' +
    'hold stop end halt limit reduce cut return',
);
/** "would see Kyiv cede territory": the city does the bare verb after a verb of seeing ("made" is in EN_ACTOR_BEFORE). */
const EN_SEE_BARE = words('see sees saw seeing');
/** "until Moscow compensates Ukraine", "unless Kyiv signs": a clause opened by a subordinator. */
const EN_SUBORDINATORS = words(
  'until till unless if once before after when while because since although though whether',
);
/**
 * Plural nouns in -s that may follow a city after a subordinator ("before Moscow talks began"), and what
 * a city itself does ("while Kyiv sleeps", "until Moscow freezes", "when Kyiv hosts the summit").
 */
const EN_S_NOUNS = words(
  'talks officials authorities forces troops leaders negotiators diplomats sanctions news elites markets ' +
    'prices courts schools hospitals lines plans demands claims offers proposals ties relations ' +
    'sleeps wakes burns falls celebrates freezes shivers mourns hosts',
);
/** "the Kyiv regime": the city names the government it houses ("the Kyiv government quarter" is a place). */
const EN_GOV_NOUNS = words('regime leadership');
/** "Moscow-backed separatists", "a Washington-brokered deal": the government acts, as in "U.S.-backed". */
const EN_BY_CAPITAL = words('backed brokered installed appointed sponsored imposed funded armed');
/** "Moscow, however, insists": a word set off by commas between the city and its verb (or an adverb). */
const EN_ASIDES = words('however meanwhile though instead therefore');
/**
 * The last word of a source set off by commas between the city and its verb: "Moscow, sources say, will
 * reject", "Kyiv, officials said, has agreed", "Moscow, it seems, is ready".
 */
const EN_SOURCE_SAYS = words(
  'say says said believe believes believed claim claims claimed seems seemed appears appeared suggest ' +
    'suggests suggested reported reports noted notes added adds think thinks thought argue argues argued',
);
/** Fixed asides of several words between the city and its verb: "Kyiv, for its part, rejected". */
const EN_ASIDE_PHRASES = new Set([
  'for its part',
  'in turn',
  'in response',
  'in return',
  'for now',
  'so far',
  'at the same time',
  'in particular',
  'as expected',
  'once again',
  'by contrast',
  'in contrast',
  'on the other hand',
  'of course',
  'in fact',
  'as before',
]);

/** "Kyiv was attacked by cruise missiles", "Moscow has been hit again": what happens to the city. */
const EN_STRUCK = words(
  'attacked struck hit shelled bombed bombarded targeted pounded battered rocked shaken plunged blacked ' +
    'darkened damaged raided besieged',
);
/** "Moscow was hit by new sanctions": measures that strike the government, not the city. */
const EN_MEASURES = words(
  'sanction sanctions tariff tariffs penalties restrictions measures criticism accusations',
);
/**
 * "drew objections in Kyiv", "sparked anger in Moscow", "caused concern in Washington": a reaction felt
 * in the capital is its government's (not "an air raid alarm in Kyiv", which is the city's).
 */
const EN_REACTIONS = words(
  'objections objection anger concern concerns criticism dismay irritation fury outrage unease ' +
    'consternation skepticism scepticism misgivings displeasure ' +
    // Approval is felt there too ("drew praise in Kyiv"), forty-eighth session.
    'praise approval optimism relief enthusiasm ' +
    // A response received there ("received a lukewarm response in Kyiv"), fifty-fifth session.
    'response reception',
);
/** What brings the reaction about ("drew objections", "sparked deep anger"): without it, "Anger in Kyiv over metro fares" is the city's. */
const EN_CAUSED = words(
  'drew draws drawing sparked sparks sparking caused causes causing provoked provokes provoking raised raises ' +
    'raising triggered triggers triggering prompted prompts prompting fuelled fueled fuels stoked stokes met ' +
    'received receives receiving got gets',
);
/** "paid out to Kyiv", "handed over to Moscow": given to a government, the verb before its particle. */
const EN_GIVEN = words(
  'paid pay pays paying handed hand hands handing turned turn turns turning given passed',
);
/** "a core demand of Kyiv", "the position of Moscow": what a government asks or holds (thirty-sixth session). */
const EN_STANCE_OF = words(
  'demand demands position positions stance request requests condition conditions consent approval objections',
);
/** "bring Moscow to the table", "brought Kyiv back to the negotiating table": a party to talks. */
const EN_BRING = words('bring brings brought bringing');

/** "Kyiv is under attack", "Kyiv came under fire": the city as a target, never its government. */
const EN_UNDER = words('attack attacks fire bombardment shelling siege');

const EN_WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
const EN_MONTHS = words(
  'january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec',
);
const EN_DAY_PARTS = words('morning afternoon evening night');
const EN_PERIODS = words('week weekend month year');

/**
 * A time right after the city at j, before its verb, spaces only: "on Tuesday", "on Monday night", "on
 * November 18", "on 18 November", "last week", "earlier this month", "in November". The index of its last
 * word ("Moscow on Tuesday rejected the plan").
 */
function enTimeEnd(tokens: TokenSeq, j: number): number | undefined {
  const w = (k: number) => {
    const t = after(tokens, j, k);
    return t && t.gap === Gap.Space ? t.key : '';
  };
  const first = w(1);
  if (first === 'on') {
    if (EN_WEEKDAYS.has(w(2))) return EN_DAY_PARTS.has(w(3)) ? j + 3 : j + 2;
    if (EN_MONTHS.has(w(2)) && /^\d{1,2}$/.test(w(3))) return j + 3;
    if (/^\d{1,2}$/.test(w(2)) && EN_MONTHS.has(w(3))) return j + 3;
    return undefined;
  }
  if (first === 'in' && EN_MONTHS.has(w(2)) && w(2) !== 'may') return j + 2;
  if (/^(last|this|next)$/.test(first) && EN_PERIODS.has(w(2))) return j + 2;
  if (/^(earlier|later)$/.test(first) && w(2) === 'this' && EN_PERIODS.has(w(3))) return j + 3;
  return undefined;
}

/**
 * A passive of attack right after the city ("Kyiv was attacked", "Kyiv has been hit again", "Moscow was
 * once more targeted", "Kyiv is under attack"): the city is what was struck, not an actor. Other passives
 * keep the government ("Moscow was accused of violating the truce", "Kyiv was ready to sign").
 */
function enStruck(tokens: TokenSeq, j: number): boolean {
  let k = 1;
  let a = after(tokens, j, k);
  if (!a || a.gap !== Gap.Space) return false;
  if (/^(has|have|had)$/.test(a.key)) {
    a = after(tokens, j, ++k);
    if (!a || a.gap !== Gap.Space || a.key !== 'been') return false;
  } else if (!/^(is|was|were|are)$/.test(a.key)) return false;
  for (let adverbs = 0; adverbs <= 2; adverbs++) {
    a = after(tokens, j, ++k);
    if (!a || a.gap !== Gap.Space) return false;
    if (EN_STRUCK.has(a.key)) {
      // "Moscow was hit by new sanctions", "was targeted with tariffs": the government, after all.
      for (let m = 1; m <= 4; m++) {
        const w = after(tokens, j, k + m);
        if (!w || w.gap !== Gap.Space) break;
        if (EN_MEASURES.has(w.key)) return false;
      }
      return true;
    }
    if (a.key === 'under') return EN_UNDER.has(after(tokens, j, k + 1)?.key ?? '');
    if (!(EN_ADVERBS.has(a.key) || /^[a-z]+ly$/.test(a.form) || a.key === 'overnight')) return false;
  }
  return false;
}

function enVerb(t: Token): boolean {
  return EN_VERBS.has(t.key) || (/^[a-z]+ed$/.test(t.form) && t.key.length > 4);
}

/**
 * The source set off by commas right after the city at j ("Moscow, according to Reuters, rejected",
 * "Kyiv, sources say, has agreed", "Moscow, it seems, is ready"): the index of its last word, if the
 * closing comma follows within seven words. Not the city's own people ("Kyiv, the mayor said, was
 * quiet") or another capital ("Moscow, Kyiv and London said").
 */
function enSourceEnd(tokens: TokenSeq, j: number): number | undefined {
  const first = after(tokens, j);
  if (!first || first.gap !== Gap.Soft) return undefined;
  const fixed = phraseAside(tokens, j, EN_ASIDE_PHRASES);
  if (fixed !== undefined) return fixed;
  const according = first.key === 'according' && after(tokens, j, 2)?.key === 'to';
  for (let k = 2; k <= 8; k++) {
    const t = after(tokens, j, k);
    if (!t) return undefined;
    if (t.gap === Gap.Soft)
      return according || EN_SOURCE_SAYS.has(after(tokens, j, k - 1)!.key) ? j + k - 1 : undefined;
    if (t.gap !== Gap.Space || EN_CITY_PARTS.has(t.key) || EN_CAPITALS.has(t.key)) return undefined;
  }
  return undefined;
}

/** Asides that also stand without commas between the city and its verb ("Washington in return agreed"). */
const EN_PLAIN_ASIDES = new Set(['for its part', 'in turn', 'in response', 'in return']);

/**
 * A verb right after the city, maybe past one or two adverbs ("Moscow has", "Kyiv still controls",
 * "Moscow today firmly rejected"), past an aside between commas ("Moscow, however, insists", "Kyiv,
 * predictably, refused", "Kyiv, for its part, rejected") or past a source between commas ("Moscow,
 * according to Reuters, rejected", "Kyiv, sources say, has agreed").
 */
function enVerbAt(tokens: TokenSeq, j: number): boolean {
  let k = 1;
  let a = after(tokens, j);
  const source = enSourceEnd(tokens, j);
  if (
    a &&
    a.gap === Gap.Soft &&
    (EN_ASIDES.has(a.key) || EN_ADVERBS.has(a.key) || /^[a-z]+ly$/.test(a.form))
  ) {
    a = after(tokens, j, ++k);
    if (!a || a.gap !== Gap.Soft) return false;
  } else if (source !== undefined) {
    k = source - j + 1;
    a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Soft) return false;
  } else if (!a || a.gap !== Gap.Space) return false;
  else {
    // "Washington in return agreed", "Kyiv for its part rejected": the same asides without commas.
    const plain = spacedPhraseEnd(tokens, j, EN_PLAIN_ASIDES);
    if (plain !== undefined) {
      k = plain - j + 1;
      a = after(tokens, j, k);
      if (!a || a.gap !== Gap.Space) return false;
    }
  }
  for (let adverbs = 0; ; adverbs++) {
    if (enVerb(a)) return true;
    if (adverbs === 2 || !(EN_ADVERBS.has(a.key) || /^[a-z]+ly$/.test(a.form))) return false;
    a = after(tokens, j, ++k);
    if (!a || a.gap !== Gap.Space) return false;
  }
}

/**
 * The index of a capitalised word joined to the city by "and"/"or"/"nor" after it (dir 1) or before it
 * (-1): "Moscow and Kyiv", "neither Moscow nor Kyiv".
 */
function partner(tokens: TokenSeq, i: number, j: number, dir: 1 | -1): number | undefined {
  const and = dir === 1 ? after(tokens, j) : before(tokens, i);
  const p = dir === 1 ? after(tokens, j, 2) : before(tokens, i, 2);
  if (!and || !p || !/^(and|or|nor)$/.test(and.key)) return undefined;
  // ", and Kyiv has turned it down" joins clauses, not a pair: no comma before the "and" either.
  if (and.gap !== Gap.Space || (dir === 1 ? p.gap : tokens.at(i)!.gap) !== Gap.Space) return undefined;
  if (!/^\p{Lu}/u.test(p.form)) return undefined;
  return dir === 1 ? j + 2 : i - 2;
}

/** The word a after the city at j is its verb in -s after a subordinator ("until Moscow compensates"). */
function subordinateVerb(tokens: TokenSeq, j: number, a: Token): boolean {
  if (!/^[a-z]{3,}s$/.test(a.form) || /(ss|us|is)$/.test(a.key) || EN_S_NOUNS.has(a.key)) return false;
  const next = after(tokens, j, 2);
  return !(next && next.gap === Gap.Space && enVerb(next));
}

/** After the capital at j: "to the table", "back to the negotiating table", spaces only. */
function atTheTable(tokens: TokenSeq, j: number): boolean {
  let k = 1;
  const w = (n: number) => {
    const t = after(tokens, j, n);
    return t && t.gap === Gap.Space ? t.key : '';
  };
  if (w(k) === 'back') k++;
  if (w(k) !== 'to' || w(k + 1) !== 'the') return false;
  return w(k + 2) === 'table' || (w(k + 2) === 'negotiating' && w(k + 3) === 'table');
}

/** After "keep <capital>": on side, onside, on board, engaged, informed, in the loop, in the tent. */
function keptOnSide(tokens: TokenSeq, j: number): boolean {
  const a = after(tokens, j)?.key ?? '';
  const a2 = after(tokens, j, 2);
  const two = a2 && a2.gap === Gap.Space ? a2.key : '';
  if (/^(onside|engaged|informed|involved|interested|aboard|sweet|happy)$/.test(a)) return true;
  if (a === 'on') return /^(side|board|message)$/.test(two);
  if (a === 'in' && two === 'the') return /^(loop|tent)$/.test(after(tokens, j, 3)?.key ?? '');
  return false;
}

export function enActor(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  // Two capitals joined by "and" ("Moscow and Kyiv", "both Kyiv and Moscow", "neither Moscow nor Kyiv")
  // share the words around the pair: "got Moscow and Kyiv to pause", "guarantees to both Kyiv and
  // Moscow", "Washington and Kyiv agreed", "neither Moscow nor Kyiv is ready". So does a comma list of
  // capitals: "talks between Moscow, Kyiv and Washington", "Paris, Berlin, and London would defend
  // Ukraine", but "flights from London, Paris and Berlin were cancelled" are places.
  const list = commaList(text, tokens, i, j);
  const capitals = list?.capitals ? list.items : undefined;
  const gj = capitals ? capitals[capitals.length - 1]![1] : (partner(tokens, i, j, 1) ?? j);
  let gi = capitals ? capitals[0]![0] : (partner(tokens, i, j, -1) ?? i);
  if (/^(both|either|neither)$/.test(before(tokens, gi)?.key ?? '')) gi--;
  const a = after(tokens, gj);
  // "Kyiv's demands", but "Kyiv's Podil district" is the city.
  if (a && a.key === "'s")
    return (
      !EN_CITY_PARTS.has(after(tokens, gj, 2)?.key ?? '') &&
      !EN_CITY_PARTS.has(after(tokens, gj, 3)?.key ?? '')
    );
  if (a && a.gap === Gap.Space && EN_GOV_NOUNS.has(a.key)) return true;
  if (a && a.key === '-' && a.gap === Gap.Space && EN_BY_CAPITAL.has(after(tokens, gj, 2)?.key ?? ''))
    return true;
  // "Kyiv residents", "Moscow time": the city's own people and parts, whatever comes before.
  if (a && a.gap === Gap.Space && EN_CITY_PARTS.has(a.key)) return false;
  const b = before(tokens, gi);
  const bb = before(tokens, gi, 2);
  // "our partners in Washington": the government its allies deal with (not "told allies in Brussels",
  // where NATO's allies meet).
  if (
    b?.key === 'in' &&
    b.gap === Gap.Space &&
    bb &&
    EN_ALLIES.has(bb.key) &&
    tokens.at(gi)!.key !== 'brussels'
  )
    return true;
  // "a plan leaning towards Moscow", "skewed toward Kyiv": whose side a text takes.
  if (
    b &&
    /^(towards|toward)$/.test(b.key) &&
    /^(lean|leans|leaned|leant|leaning|tilt|tilts|tilted|tilting|skewed|slanted|biased)$/.test(bb?.key ?? '')
  )
    return true;
  // "support for Kyiv", "sanctions on Moscow", "response from Moscow", "allies of Kyiv": a government,
  // despite the preposition.
  if (b && /^(for|to|on|against|from)$/.test(b.key) && bb && EN_ACTOR_AFTER_PREP.has(bb.key)) return true;
  if (b && b.key === 'of' && bb && (EN_ALLIES.has(bb.key) || EN_STANCE_OF.has(bb.key) || bb.key === 'behalf'))
    return true;
  // "a deal over the heads of Kyiv and Europe": decided without the government.
  if (
    b &&
    b.key === 'of' &&
    bb?.key === 'heads' &&
    before(tokens, gi, 3)?.key === 'the' &&
    before(tokens, gi, 4)?.key === 'over' &&
    (!a || a.gap !== Gap.Space || /^(and|or|nor|would|will|could|to|in|on|with|by)$/.test(a.key))
  )
    return true;
  // "paid out to Kyiv", "handed over to Moscow", "handed back to Kyiv" (not "flew back to Kyiv").
  if (
    b?.key === 'to' &&
    /^(out|over|back)$/.test(bb?.key ?? '') &&
    EN_GIVEN.has(before(tokens, gi, 3)?.key ?? '')
  )
    return true;
  // "bring Moscow to the table", "bring Kyiv back to the negotiating table".
  if (b && EN_BRING.has(b.key) && atTheTable(tokens, gj)) return true;
  // "Trump spoke to Moscow first", "talked with Kyiv": spoken to as a government (not "flew to Moscow").
  if (
    b &&
    /^(to|with)$/.test(b.key) &&
    /^(spoke|speak|speaks|speaking|talked|talk|talking)$/.test(bb?.key ?? '')
  )
    return true;
  // "to keep Washington on side", "kept Kyiv on board", "keeping Moscow engaged": a government kept
  // with you (not "keep Kyiv warm" or "kept Kyiv in the dark", the city's heat and light).
  if (b && /^(keep|keeps|kept|keeping)$/.test(b.key) && a && a.gap === Gap.Space && keptOnSide(tokens, gj))
    return true;
  // "called on Washington to show restraint" (but "called to Moscow" is a summons to a place).
  if (b && b.key === 'on' && /^call(s|ed|ing)?$/.test(bb?.key ?? '')) return true;
  // "a way for Washington to recoup": the city does the verb.
  if (b && b.key === 'for' && a && a.key === 'to' && a.gap === Gap.Space) return true;
  // "For Kyiv, the line is red.": a sentence that opens on the city (no word before "For") weighs its
  // stake or stance.
  if (b && b.key === 'for' && !bb && a && a.gap === Gap.Soft) return true;
  if (b && EN_ASK_TO.has(b.key) && a && a.key === 'to' && a.gap === Gap.Space) return true;
  if (b && EN_SUBJUNCTIVE.has(b.key) && a && a.gap === Gap.Space && EN_BASE_VERBS.has(a.key)) return true;
  if (b && EN_SEE_BARE.has(b.key) && a && a.gap === Gap.Space && EN_BASE_VERBS.has(a.key)) return true;
  // "frozen until Moscow compensates Ukraine": after a subordinator, a word in -s is the city's verb,
  // unless a verb follows it ("before Moscow talks began").
  if (b && EN_SUBORDINATORS.has(b.key) && a && a.gap === Gap.Space && subordinateVerb(tokens, gj, a))
    return true;
  // "the plan drew objections in Kyiv": a reaction in the capital (twenty-fourth session).
  // "a lukewarm response in both Kyiv and Moscow": "both" may stand between.
  const both = b?.key === 'both' ? 1 : 0;
  const inB = before(tokens, gi, 1 + both);
  const reaction = before(tokens, gi, 2 + both);
  if (
    inB &&
    inB.key === 'in' &&
    reaction &&
    EN_REACTIONS.has(reaction.key) &&
    inB.gap === Gap.Space &&
    [3, 4, 5].some((k) => EN_CAUSED.has(before(tokens, gi, k + both)?.key ?? ''))
  )
    return true;
  if (b && EN_PLACE_BEFORE.has(b.key)) return false;
  if (b && EN_ACTOR_BEFORE.has(b.key)) return true;
  // Past a time before the verb: "Moscow on Tuesday rejected", "Kyiv last week agreed" (not "Kyiv on
  // Tuesday was hit").
  const gv = enTimeEnd(tokens, gj) ?? gj;
  if (enStruck(tokens, gv)) return false;
  if (enVerbAt(tokens, gv)) return true;
  // "as Kyiv comes under mounting pressure": a government is pressed (a city "comes under fire" or "attack").
  if (
    a &&
    a.gap === Gap.Space &&
    /^(comes|came|come|coming)$/.test(a.key) &&
    after(tokens, gj, 2)?.key === 'under'
  )
    for (let k = 3; k <= 5; k++) if (after(tokens, gj, k)?.key === 'pressure') return true;
  // "Moscow, which has rejected ...": a relative clause with a verb.
  if (a && (a.key === 'which' || a.key === 'who') && enVerbAt(tokens, gj + 1)) return true;
  // "Kyiv, together with European partners, is working", "Kyiv along with its allies": beside its allies.
  const w1 = after(tokens, j);
  const w2 = after(tokens, j, 2);
  if (w1 && w2 && w2.gap === Gap.Space && /^(together|along)$/.test(w1.key) && w2.key === 'with')
    for (let k = 3; k <= 5; k++) {
      const t = after(tokens, j, k);
      if (!t || t.gap !== Gap.Space) break;
      if (EN_ALLIES.has(t.key)) return true;
    }
  const and = after(tokens, j);
  if (and && (and.key === 'and' || and.key === 'or') && and.gap === Gap.Space) {
    // "Kyiv and its allies have insisted", "Kyiv and several European partners": beside its allies
    // (but "Kyiv and its suburbs" is the city).
    const p = after(tokens, j, 2);
    if (p && p.key === 'its') return !EN_CITY_PARTS.has(after(tokens, j, 3)?.key ?? '');
    for (let k = 2; k <= 4; k++) if (EN_ALLIES.has(after(tokens, j, k)?.key ?? '')) return true;
  }
  return false;
}
