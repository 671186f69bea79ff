/**
 * The built-in `actor` context rule: a capital city counts as its government only when the
 * sentence treats it as one ("Kyiv insists", "Moscow's demands", "between Washington and Kyiv",
 * "позиція Києва", "Москва відкидає") and never in a dateline ("Kyiv • UNN",
 * "KYIV, April 25 (Reuters) -", "Київ •"). Conservative by design: no clear signal, no mention.
 */
import { Gap, type Token } from './tokenize.ts';

/** Tokens by index: a `TokenList` or a plain array (out of range: undefined). */
export interface TokenSeq {
  at(t: number): Token | undefined;
}

const EN_VERBS = new Set(
  (
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
    'agreeing refusing demanding seeking accepting offering'
  ).split(' '),
);
const EN_ADVERBS = new Set(
  (
    'also still already now reportedly repeatedly has have had will would could may might must should then later too ' +
    'again officially publicly firmly strongly quickly not never clearly apparently'
  ).split(' '),
);
/** A word right before the city that makes it a government: "talks with Moscow", "urged Kyiv". */
const EN_ACTOR_BEFORE = new Set(
  (
    'between with against urged urging urge told tell telling pressed pressing pressure pressuring persuade ' +
    'convince convinced by allies ally backing backed support supporting supported asked asking ' +
    'warned warning accused accusing offer offers offered give gives gave giving hand hands handed press presses ' +
    'forced forcing force let lets letting have make makes made help helps helped join joined reassure reassured ' +
    'persuaded'
  ).split(' '),
);
/**
 * "X for/to/on/from <city>": the city is a government after these nouns and verbs ("support for Kyiv",
 * "assistance to Kyiv", "sanctions on Moscow", "response from Moscow", "provocative for Moscow").
 */
const EN_ACTOR_AFTER_PREP = new Set(
  (
    'support aid assistance weapons guarantees guarantee signed provocative acceptable unacceptable win victory ' +
    'concession concessions message signal signals proposal proposals offer response reply answer delivered ' +
    'handed sent presented passed sanctions pressure demands tariffs restrictions reaction comment word ' +
    'gift threat ultimatum loyal loyalty ties relations'
  ).split(' '),
);
/** "wants Kyiv to withdraw", "expects Moscow to agree": asked to act, so a government. */
const EN_ASK_TO = new Set(
  'wants want wanted expects expect expected asks ask demands demand demanded needs need needed allow allows allowed'.split(
    ' ',
  ),
);
/** "demands that Kyiv pull out": the city does the verb in a subjunctive clause. */
const EN_BASE_VERBS = new Set(
  (
    'pull withdraw cede give accept recognise recognize abandon drop renounce surrender hand leave agree sign ' +
    'hold stop end halt limit reduce cut return'
  ).split(' '),
);
/** A word right before the city that makes it a place: "talks in Paris", "flew to Moscow". */
const EN_PLACE_BEFORE = new Set(
  'in at to near outside around over toward towards into across of via visit visited visiting inside for on from'.split(
    ' ',
  ),
);

const UK_ACTOR_BEFORE = new Set('між з із зі проти разом для'.split(' '));
const UK_PLACE_BEFORE = new Set(
  'у в на до від біля поблизу навколо під над по через околиці околицях центрі центр'.split(' '),
);
/** Endings of Ukrainian finite verbs (present and past), enough to see "Київ наполягає", "Москва заявила". */
const UK_VERB = /(ає|яє|ує|юе|ить|іть|ять|ать|уть|ють|ла|ло|ли|ив|ав|ів|ув|яв|ме|мо|ться|ся|єть)$/;
const UK_ADVERBS = new Set(
  'також вже досі все усе ще знову не теж офіційно публічно раніше нині поки наразі надалі'.split(' '),
);
/** "вимагає від Києва", "чекають від Москви": asking something of a government, not a place. */
const UK_ASK_OF = new Set(
  (
    'вимагає вимагають вимагав вимагала вимагали хоче хочуть хотів хотіла хотіли чекає чекають ' +
    'очікує очікують очікував очікувала очікували домагається домагаються добивається вимога вимоги вимог ' +
    'поступки поступок'
  ).split(' '),
);
/**
 * "У Москві заявили", "У Києві вважають": the people of a capital's government speaking, in the
 * plural with no subject. Only verbs of saying and holding a view: "У Києві відбулися переговори"
 * stays a venue.
 */
const UK_THEY_SAY = new Set(
  (
    'заявили заявляють вважають наголосили наголошують наполягають наполягали відповіли відповідають ' +
    'відреагували реагують поставилися ставляться пояснили пояснюють кажуть сказали заперечили заперечують ' +
    'відкинули відкидають назвали називають підтвердили підтверджують спростували зазначили зазначають ' +
    'зауважили розраховують сподіваються очікують погодилися погоджуються вимагають вимагали пропонують ' +
    'запропонували хочуть готові побоюються визнали визнають застерегли попередили відмовилися відмовляються'
  ).split(' '),
);
/** Common Ukrainian finite verbs the endings miss. */
const UK_VERBS = new Set('може можуть має мають хоче хочуть буде будуть готовий готова готові'.split(' '));
const UK_AND = new Set(['і', 'й', 'та']);

/** Dateline: the city opens its line and a bullet, bracket or dash follows on that line. */
function isDateline(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (tokens.at(i)!.gap !== Gap.Line) return false;
  const rest = text.slice(tokens.at(j)!.end, tokens.at(j)!.end + 60);
  return /^[^\S\n]*(,[^\n.]{0,40}?)?[^\S\n]*(•|·|\||\(|[—–-][^\S\n]|$|\n)/.test(rest);
}

function isCyrillic(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

/** Does the city at tokens i..j act as a government in its sentence? */
export function isActor(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (isDateline(text, tokens, i, j)) return false;
  return isCyrillic(tokens.at(i)!.form) ? ukActor(tokens, i, j) : enActor(tokens, i, j);
}

/** The token before i if it is in the same sentence, else undefined. */
function before(tokens: TokenSeq, i: number, k = 1): Token | undefined {
  for (let x = i; x > i - k; x--) if (x <= 0 || tokens.at(x)!.gap >= Gap.Sentence) return undefined;
  return tokens.at(i - k);
}

/** The token after j if it is in the same sentence, else undefined. */
function after(tokens: TokenSeq, j: number, k = 1): Token | undefined {
  for (let x = j + 1; x <= j + k; x++)
    if (!tokens.at(x) || tokens.at(x)!.gap >= Gap.Sentence) return undefined;
  return tokens.at(j + k);
}

function enVerbAt(tokens: TokenSeq, j: number): boolean {
  const a = after(tokens, j);
  if (!a || a.gap > Gap.Soft) return false;
  if (a.gap === Gap.Soft) return false;
  if (EN_VERBS.has(a.key)) return true;
  if (/^[a-z]+ed$/.test(a.form) && a.key.length > 4) return true;
  if (EN_ADVERBS.has(a.key) || /^[a-z]+ly$/.test(a.form)) {
    const b = after(tokens, j, 2);
    return !!b && b.gap === Gap.Space && (EN_VERBS.has(b.key) || /^[a-z]+ed$/.test(b.form));
  }
  return false;
}

function enActor(tokens: TokenSeq, i: number, j: number): boolean {
  const a = after(tokens, j);
  if (a && a.key === "'s") return true;
  const b = before(tokens, i);
  const bb = before(tokens, i, 2);
  // "support for Kyiv", "sanctions on Moscow", "response from Moscow": a government, despite the preposition.
  if (b && /^(for|to|on|against|from)$/.test(b.key) && bb && EN_ACTOR_AFTER_PREP.has(bb.key)) return true;
  // "a way for Washington to recoup": the city does the verb.
  if (b && b.key === 'for' && a && a.key === 'to' && a.gap === Gap.Space) return true;
  if (b && EN_ASK_TO.has(b.key) && a && a.key === 'to' && a.gap === Gap.Space) return true;
  if (b && b.key === 'that' && a && a.gap === Gap.Space && EN_BASE_VERBS.has(a.key)) return true;
  if (b && EN_PLACE_BEFORE.has(b.key)) return false;
  if (b && EN_ACTOR_BEFORE.has(b.key)) return true;
  if (enVerbAt(tokens, j)) return true;
  // "Moscow, which has rejected ...": a relative clause with a verb.
  if (a && (a.key === 'which' || a.key === 'who') && enVerbAt(tokens, j + 1)) return true;
  // "Washington and Kyiv": inherit from the partner ("between Washington and Kyiv", "Paris and London have").
  if (b && (b.key === 'and' || b.key === 'or')) {
    const p = before(tokens, i, 2);
    const pp = before(tokens, i, 3);
    if (p && /^\p{Lu}/u.test(p.form)) {
      if (pp && EN_ACTOR_BEFORE.has(pp.key)) return true;
      if (enVerbAt(tokens, j)) return true;
    }
  }
  if (a && (a.key === 'and' || a.key === 'or') && a.gap === Gap.Space) {
    const p = after(tokens, j, 2);
    // "Kyiv and its allies have insisted", "Paris and London have said".
    if (p && p.key === 'its') return true;
    if (p && /^\p{Lu}/u.test(p.form) && enVerbAt(tokens, j + 2)) return true;
  }
  return false;
}

function ukVerb(word: string): boolean {
  return UK_VERBS.has(word) || (UK_VERB.test(word) && word.length > 3);
}

function ukActor(tokens: TokenSeq, i: number, j: number): boolean {
  const word = tokens.at(j)!.key;
  const b = before(tokens, i);
  if (b && b.key === 'від' && UK_ASK_OF.has(before(tokens, i, 2)?.key ?? '')) return true;
  if (
    b &&
    (b.key === 'у' || b.key === 'в') &&
    /і$/.test(word) &&
    UK_THEY_SAY.has(after(tokens, j)?.key ?? '')
  )
    return true;
  // "цього хоче москва": a verb, then the subject. Only "москва", whose nominative is never the object
  // ("відвідав Київ" is a visit, "відвідав Москву" too).
  if (word === 'москва' && b && b.form === b.key && ukVerb(b.key)) return true;
  if (b && UK_PLACE_BEFORE.has(b.key)) return false;
  if (b && UK_ACTOR_BEFORE.has(b.key)) return true;
  // Instrumental ("з Москвою", "між Вашингтоном і Києвом"): a partner in talks.
  if (/(ом|ою)$/.test(word)) return true;
  // Genitive without a preposition: "позиція Києва", "вимоги Москви".
  // (Москва is the one nominative among the capitals that ends like a genitive.)
  if (/(а|и)$/.test(word) && word !== 'москва' && b && /[а-яіїєґ']$/.test(b.form) && b.form === b.key)
    return true;
  // Subject of a verb: "Київ наполягає", "Москва досі відкидає", "Москва поки не відреагувала",
  // "Київ і союзники вимагають".
  for (let k = 1; k <= 3; k++) {
    const a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Space || a.form !== a.key) break;
    if (ukVerb(a.key)) return true;
    if (
      !UK_ADVERBS.has(a.key) &&
      !(k === 1 && UK_AND.has(a.key)) &&
      !(k === 2 && UK_AND.has(tokens.at(j + 1)!.key))
    )
      break;
  }
  return false;
}
