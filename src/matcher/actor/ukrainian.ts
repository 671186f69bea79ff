/**
 * The Ukrainian side of the `actor` rule (`ukActor`), which covers Russian too: any capital written in
 * Cyrillic ("Київ", «Москва», "Киев") comes here. The two languages share the script and most of what
 * the rule reads (cases such as the instrumental "з Києвом" / "с Киевом" and the genitive "позиція
 * Києва" / "позиция Москвы", prepositions, free word order with the subject after its verb), so one set
 * of rules serves both, with Russian forms added to the lists (ukrainian-words.ts) and a few
 * Russian-only verb endings (RU_PAST, RU_VERB).
 */
import { Gap, type Token } from '../tokenize.ts';
import {
  after,
  before,
  phraseAside,
  spacedOrQuoted,
  spacedPhraseEnd,
  type TokenSeq,
  UK_ACTOR_BEFORE,
  UK_CITY_PARTS,
  UK_PLACE_BEFORE,
  words,
} from './tokens.ts';
import {
  CITY_BUSINESS,
  CITY_TALKS,
  PAIR_VERBS,
  RU_DATIVE,
  RU_PAST,
  RU_T_NOUNS,
  RU_VERB,
  UK_ACTOR_VERBS,
  UK_ADVERBS,
  UK_ALLIES,
  UK_ALSO,
  UK_AND,
  UK_ASIDE_PHRASES,
  UK_ASIDES,
  UK_ASK_OF,
  UK_AT_TALKS,
  UK_AUTHORITIES,
  UK_BEFORE_VERB,
  UK_CAPITALS,
  UK_CITY_ADJ,
  UK_COPULA,
  UK_DASH_OPENERS,
  UK_DATIVE,
  UK_DEMONSTRATIVES,
  UK_FROM,
  UK_FROM_HEADS,
  UK_GAVE,
  UK_HEDGES,
  UK_HURRY,
  UK_INFINITIVE,
  UK_INFINITIVE_HEADS,
  UK_INSTRUMENTAL,
  UK_INTRANSITIVE,
  UK_L_NOUNS,
  UK_LEADERSHIP,
  UK_MODAL,
  UK_MONTHS_GEN,
  UK_MONTHS_LOC,
  UK_NEGATIVES,
  UK_NEITHER,
  UK_NEUTER_NOUNS,
  UK_OBJECT_PRONOUNS,
  UK_OPENERS,
  UK_OTHER_CAPITALS,
  UK_PLACE_VERBS,
  UK_POLICY_OBJECTS,
  UK_PRESS_ON,
  UK_REACT,
  UK_RELATIVE_ACCUSATIVES,
  UK_RELATIVE_VERBS,
  UK_RUN_PHRASES,
  UK_SAID_DEMONSTRATIVES,
  UK_SAID_OBJECTS,
  UK_SAY_BEFORE,
  UK_SOURCE_OPENS,
  UK_SOURCE_POSSESSIVES,
  UK_SOURCE_SAY,
  UK_SPAN_COUNTS,
  UK_SPAN_UNITS,
  UK_SPEAKER_PRONOUNS,
  UK_STRUCK,
  UK_SUITS,
  UK_TALKS_OR_OUTCOMES,
  UK_THEY_SAY,
  UK_TIME_NOUNS,
  UK_TIME_PERIODS,
  UK_TIME_WHICH,
  UK_TIME_WORDS,
  UK_TOGETHER,
  UK_TOGETHER_WITH,
  UK_TOWARD_ADJ,
  UK_UNDERSTAND,
  UK_VERB,
  UK_VERBS,
  UK_WEEKDAYS,
  UK_WITH,
  ukPlural,
} from './ukrainian-words.ts';

/** The city at i..j is one of a pair of capitals joined by "и"/"і" right after such a verb. */
function pairAfterVerb(tokens: TokenSeq, i: number, j: number): boolean {
  const b = before(tokens, i);
  const a = after(tokens, j);
  const c = after(tokens, j, 2);
  const capital = (t: Token | undefined) => t !== undefined && UK_CAPITALS.has(t.key) && t.form !== t.key;
  if (
    PAIR_VERBS.has(b?.key ?? '') &&
    a?.gap === Gap.Space &&
    UK_AND.has(a.key) &&
    c?.gap === Gap.Space &&
    capital(c)
  )
    return true;
  const bb = before(tokens, i, 2);
  return (
    UK_AND.has(b?.key ?? '') &&
    tokens.at(i)!.gap === Gap.Space &&
    capital(bb) &&
    PAIR_VERBS.has(before(tokens, i, 3)?.key ?? '')
  );
}

function ukVerb(word: string): boolean {
  return (
    UK_VERBS.has(word) ||
    (UK_VERB.test(word) && word.length > 3) ||
    (RU_PAST.test(word) && word.length > 3 && !UK_L_NOUNS.has(word)) ||
    (RU_VERB.test(word) && word.length > 3 && !RU_T_NOUNS.has(word))
  );
}

/** Ukrainian adverbs: the listed ones and the long words in -о ("категорично", "нібито", "практично"). */
function ukAdverb(word: string): boolean {
  return (
    UK_ADVERBS.has(word) ||
    UK_HEDGES.has(word) ||
    (/^[а-яіїєґ']{4,}о$/.test(word) && !UK_NEUTER_NOUNS.has(word) && !/(ств|цтв)о$/.test(word))
  );
}

/** A word that may stand between the city and its verb, set off by commas or not ("Москва, ймовірно, почне"). */
function ukAside(t: Token): boolean {
  return UK_ASIDES.has(t.key) || ukAdverb(t.key);
}

/** What a government has or lacks after «у Москвы», «у Києва»: "нет", "есть", "не было", "не видно", "немає". */
const UK_HAVE = words('нет нету есть имеется имеются немає нема є бракує');
const UK_HAVE_AFTER_NOT = words('было будет видно було буде');

/**
 * «План викликав заперечення в Києві», «вызвал недовольство в Москве»: a reaction felt in the capital
 * is its government's, as "drew objections in Kyiv" (not «тривога в Києві», the air-raid alarm).
 */
const UK_REACTIONS = words(
  'заперечення обурення занепокоєння невдоволення роздратування критику скептицизм ' +
    'возражения возмущение обеспокоенность недовольство раздражение критику скептицизм ' +
    // Approval is felt there too («викликала схвалення в Києві»), forty-eighth session.
    'схвалення оптимізм ентузіазм полегшення одобрение оптимизм энтузиазм облегчение',
);
/** What brings the reaction about: without it, «Обурення в Києві викликали тарифи на метро» is the city's. */
const UK_CAUSED =
  /^(виклика|викликав|спричини|спричиня|вызва|вызыва|вызвал|спровоцир|спровокува|породи|наштовхну|натолкну)/;

/**
 * «У Москвы, заявил он, никогда не было и нет намерения», «ни у Киева … пока не видно готовности»,
 * «у Києва немає іншого вибору»: the capital in the genitive after «у» with what it has or lacks later
 * in its sentence (within 12 words, asides crossed) is its government (twenty-fourth session).
 */
function capitalHas(tokens: TokenSeq, j: number): boolean {
  for (let k = 1; k <= 12; k++) {
    const t = after(tokens, j, k);
    if (!t || t.gap >= Gap.Sentence) return false;
    if (UK_HAVE.has(t.key)) return true;
    if ((t.key === 'не' || t.key === 'ні') && UK_HAVE_AFTER_NOT.has(after(tokens, j, k + 1)?.key ?? ''))
      return true;
  }
  return false;
}

/** A tour or a trip before the instrumental capital, maybe across a list of them: «турне Лондоном, Парижем і Берліном». */
const UK_ROUTE = words(
  'турне тур туром поїздку поїздка поїздки поїздці подорож подорожі прогулянку прогулянка маршрут ' +
    'поездку поездка поездки поездке путешествие путешествия прогулку прогулка',
);

/** The instrumental capital at i is a stop on a route named before it (fifty-fifth session). */
function routeBefore(tokens: TokenSeq, i: number): boolean {
  for (let k = 1; k <= 12; k++) {
    const w = before(tokens, i, k);
    if (!w) return false;
    if (UK_ROUTE.has(w.key)) return true;
    const stop = /^\p{Lu}/u.test(w.form) && /(ом|ем|ою|ой)$/.test(w.key);
    if (!stop && !/^(і|й|та|и)$/.test(w.key)) return false;
  }
  return false;
}

/** Verbs that take what a thing is held to be in the instrumental: «вважають», «називають», «считают». */
const UK_DEEM = words('вважають вважали називають називали считают считали называют называли');

/**
 * Before the preposition at i - 1, one to four words in the instrumental that open their clause
 * («Головним результатом у Києві…», «Справжнім мирним планом у Кремлі…»), none of them in capitals
 * (an all-caps heading has no cases to read).
 */
function instrumentalOpens(tokens: TokenSeq, i: number): boolean {
  for (let k = 2; k <= 5; k++) {
    const w = before(tokens, i, k);
    if (!w || !/(ом|ою|им|ими|ем|ами|ями)$/.test(w.key) || w.form === w.key.toUpperCase()) return false;
    if (tokens.at(i - k)!.gap >= Gap.Soft) return true;
  }
  return false;
}

export function ukActor(tokens: TokenSeq, i: number, j: number): boolean {
  const word = tokens.at(j)!.key;
  const b = before(tokens, i);
  const bb = before(tokens, i, 2);
  if (b && (b.key === 'від' || b.key === 'от') && UK_ASK_OF.has(bb?.key ?? '')) return true;
  // «давление из Вашингтона», «тиск з Москви»: pressure comes from a government, not a city.
  if (b && /^(з|із|зі|из|от|від)$/.test(b.key) && /^(тиск|давлен)/.test(bb?.key ?? '')) return true;
  // "тиск на Київ", "тиснуть на Москву", and with whose pressure between: "давление мира на Москву".
  if (b && b.key === 'на' && UK_PRESS_ON.has(bb?.key ?? '')) return true;
  if (
    b?.key === 'на' &&
    b.gap === Gap.Space &&
    bb?.gap === Gap.Space &&
    UK_PRESS_ON.has(before(tokens, i, 3)?.key ?? '')
  )
    return true;
  // «Головним результатом у Києві вважають участь Китаю»: what they hold it to be, put first in the
  // instrumental, then the place and a verb that takes it (fifty-fifth session).
  if (
    b &&
    /^(у|в|во)$/.test(b.key) &&
    /[іе]$/.test(word) &&
    UK_DEEM.has(after(tokens, j)?.key ?? '') &&
    instrumentalOpens(tokens, i)
  )
    return true;
  // "У Києві заявили", and the Russian locative in -е ("в Москве пообещали", "в Киеве считают").
  if (
    b &&
    (b.key === 'у' || b.key === 'в' || b.key === 'во') &&
    /[іе]$/.test(word) &&
    ukTheySay(tokens, i, j)
  )
    return true;
  if (/[іе]$/.test(word) && saidAlsoIn(tokens, i, j)) return true;
  // «партнеров в Вашингтоне», «союзників у Лондоні»: the government its allies deal with (not
  // Brussels, where NATO's allies meet); «руководство в Киеве»: its leadership, unless an adjective
  // named whose it is («с российским руководством в Москве» meets it there).
  if (
    !/^брюссел/.test(word) &&
    b &&
    /^(у|в|во)$/.test(b.key) &&
    b.gap === Gap.Space &&
    /[іе]$/.test(word) &&
    (UK_ALLIES.has(bb?.key ?? '') ||
      (bb?.gap === Gap.Space &&
        UK_LEADERSHIP.has(bb.key) &&
        !/(ск|ськ|цьк|зьк)(ий|ій|ого|ому|им|ім|ое|е|ая|а|ой|ую|у)$/.test(before(tokens, i, 3)?.key ?? '')))
  )
    return true;
  // "як це формулюють у Москві", "как заявляют в Киеве": a verb of saying after "як"/"как", then the
  // place (not "Лідери наголосили у Києві", a venue; not the saying "як кажуть у Києві") (twenty-fourth
  // session).
  if (
    b &&
    (b.key === 'у' || b.key === 'в' || b.key === 'во') &&
    /[іе]$/.test(word) &&
    UK_THEY_SAY.has(bb?.key ?? '') &&
    // "як кажуть у Києві" is a saying of the city's people.
    !/^(кажуть|казали|говорять|говорят|говорили)$/.test(bb?.key ?? '') &&
    [3, 4].some(
      (k) =>
        /^(як|как)$/.test(before(tokens, i, k)?.key ?? '') &&
        (k === 3 || /^(це|это)$/.test(before(tokens, i, 3)?.key ?? '')),
    )
  )
    return true;
  // "цього хоче москва": a verb, then the subject. Only "москва", whose nominative is never the object
  // ("відвідав Київ" is a visit, "відвідав Москву" too).
  if (word === 'москва' && b && b.form === b.key && ukVerb(b.key)) return true;
  // "москву влаштовує нинішній хід", "це не влаштовує Москву": what suits the government.
  if (word === 'москву') {
    const a = after(tokens, j);
    if ((a && a.gap === Gap.Space && UK_SUITS.has(a.key)) || (b && UK_SUITS.has(b.key))) return true;
    // «такая модель Москву не устраивает»: the negation between (forty-seventh session).
    if (a?.key === 'не' && a.gap === Gap.Space && UK_SUITS.has(after(tokens, j, 2)?.key ?? '')) return true;
    // «Такой подход Москву, по словам Лаврова, вполне устраивал»: a source between commas, an adverb.
    const aside = ukAsideEnd(tokens, j);
    if (aside !== undefined)
      for (let k = 1; k <= 2; k++) {
        const w = after(tokens, aside, k)?.key ?? '';
        if (UK_SUITS.has(w)) return true;
        if (!ukAdverb(w)) break;
      }
    // «устроит ли Москву европейский контингент»: the question's particle between (thirty-fifth session).
    if (b?.key === 'ли' && UK_SUITS.has(bb?.key ?? '')) return true;
  }
  if (subjectAfterVerb(tokens, i, j)) return true;
  if (relativeSubject(tokens, i, j)) return true;
  if (pairAfterVerb(tokens, i, j)) return true;
  if (i === j && neitherAfterVerb(tokens, i)) return true;
  // "делегація з Києва", "сигнал из Москвы", "З Москви надійшла відповідь": its people or word, from it.
  if (b && UK_FROM.has(b.key) && !UK_INSTRUMENTAL.test(word) && fromHead(tokens, i, j)) return true;
  if (b && b.key === 'у' && /(ы|а|и)$/.test(word) && capitalHas(tokens, j)) return true;
  if (
    b &&
    /^(у|в|во)$/.test(b.key) &&
    /[іе]$/.test(word) &&
    UK_REACTIONS.has(bb?.key ?? '') &&
    [3, 4].some((k) => UK_CAUSED.test(before(tokens, i, k)?.key ?? ''))
  )
    return true;
  if (b && UK_PLACE_BEFORE.has(b.key)) return false;
  // "з Києвом" is a partner, "з Києва" an origin.
  if (b && UK_WITH.has(b.key)) return UK_INSTRUMENTAL.test(word);
  if (b && UK_ACTOR_BEFORE.has(b.key)) return true;
  if (b && UK_ACTOR_VERBS.has(b.key)) return true;
  // «на подконтрольной Киеву территории», «лояльні Москві»: control or allegiance.
  if ((UK_DATIVE.has(word) || RU_DATIVE.has(word)) && b && UK_TOWARD_ADJ.test(b.key)) return true;
  if (UK_DATIVE.has(word) && !(b && (UK_AND.has(b.key) || /(і|ій|ому|ім)$/.test(b.key))))
    return !/^загрож/.test(after(tokens, j)?.key ?? '');
  if (RU_DATIVE.has(word) && !(b && (b.key === 'и' || /(ой|ей|ом|ем|ым|им|ому|ему)$/.test(b.key))))
    return !/^угрож/.test(after(tokens, j)?.key ?? '');
  // Instrumental ("з Москвою", "між Вашингтоном і Києвом", "з Парижем"): a partner in talks. Not a
  // time zone ("о 18:00 за Києвом").
  if (/(ом|ем|ою|ой)$/.test(word))
    return !(b?.key === 'за' && /^\d+$/.test(bb?.key ?? '')) && !routeBefore(tokens, i);
  // Genitive without a preposition: "позиція Києва", "вимоги Москви", "Позиция Москвы", "позиція
  // Брюсселя", but not "мер Києва"; a capitalised word before it only where it opens the sentence (else
  // it is a name). (Москва is the one nominative among the capitals that ends like a genitive.)
  if (
    /(а|я|и|ы)$/.test(word) &&
    word !== 'москва' &&
    b &&
    /[а-яіїєґёыэъ']$/i.test(b.form) &&
    (lowerOrOpening(tokens, i - 1) || (shouted(tokens.at(i)!) && shouted(b)))
  )
    return !UK_CITY_PARTS.has(b.key) && !(UK_AUTHORITIES.has(b.key) && cityAuthorities(tokens, i, j));
  // Subject of a verb. Only the nominative is a subject ("Мер Києва повідомив", "У самій Москві
  // пролунали"), and Москва is the one capital whose nominative does not end in a consonant.
  if (word !== 'москва' && !/[бвгґджзклмнпрстфхцчшщь]$/.test(word)) return false;
  return ukSubject(tokens, j);
}

/**
 * The place put last in its clause, after "also", its people's verb of saying before it: «Резко
 * отреагировали на речь президента и в Кремле», «Об этом заявили также в Киеве», «Це підтвердили й у
 * Києві». Without "also" the place stays a venue («Лидеры выступили в Киеве»).
 */
export function saidAlsoIn(tokens: TokenSeq, i: number, j: number): boolean {
  const b = before(tokens, i);
  const also = before(tokens, i, 2);
  if (!b || !/^(у|в|во)$/.test(b.key) || !also || !UK_ALSO.has(also.key)) return false;
  if (tokens.at(i)!.gap !== Gap.Space || tokens.at(i - 1)!.gap !== Gap.Space) return false;
  const next = tokens.at(j + 1);
  if (next && next.gap < Gap.Soft) return false;
  for (let k = 3; k <= 10; k++) {
    const t = before(tokens, i, k);
    if (!t) return false;
    if (UK_THEY_SAY.has(t.key)) return true;
  }
  return false;
}

/**
 * «власти Киева», «влада Києва» at i..j (the city after its authorities) are the city's own: after
 * «городские»/«міська», or with the city's business in the same sentence (CITY_BUSINESS).
 */
function cityAuthorities(tokens: TokenSeq, i: number, j: number): boolean {
  if (UK_CITY_ADJ.test(before(tokens, i, 2)?.key ?? '')) return true;
  // The sentence's words on both sides (up to 30 each way); a word of the talks keeps the government.
  const around: string[] = [];
  for (let k = 2, t = before(tokens, i, k); t && k <= 30; t = before(tokens, i, ++k)) around.push(t.key);
  for (let k = 1, t = after(tokens, j, k); t && k <= 30; t = after(tokens, j, ++k)) around.push(t.key);
  return !around.some((w) => CITY_TALKS.test(w)) && around.some((w) => CITY_BUSINESS.test(w));
}

/**
 * A government's people or word next to "з/из/от Києва" at i..j: the noun before the preposition
 * ("делегація з Києва", "ответ от Вашингтона") or one of the next two words ("З Москви надійшла
 * відповідь", "Из Вашингтона пришел сигнал").
 */
function fromHead(tokens: TokenSeq, i: number, j: number): boolean {
  if (UK_FROM_HEADS.has(before(tokens, i, 2)?.key ?? '')) return true;
  for (let k = 1; k <= 2; k++) {
    const a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Space) return false;
    if (UK_FROM_HEADS.has(a.key)) return true;
  }
  return false;
}

/** Reflexive verbs of a choice (joining, agreeing, refusing, deciding), never of what befalls a city. */
const CHOICE_REFLEXIVE =
  /^(присоедин|соглас|откаж|отказыва|реши|решае|определи|выскаж|ограничи|вмеша|приєдна|погод|відмов|наваж|виріши|визначи|вислови|обмежи|втруча|втрути)/;

/**
 * The capital at i..j, in the nominative, is the subject of the verb before it: "заявил Киев", "ответил
 * Вашингтон", "як заявив Київ", "готова пойти Москва" (a verb of saying from `UK_SAY_BEFORE`, or a
 * modal and an infinitive). Not before a capitalised word, as in a paper's name ("сообщила Вашингтон
 * Пост").
 */
function subjectAfterVerb(tokens: TokenSeq, i: number, j: number): boolean {
  const word = tokens.at(j)!.key;
  if (!UK_CAPITALS.has(word)) return false;
  if (tokens.at(i)!.gap !== Gap.Space) return false;
  const a = after(tokens, j);
  if (a && a.gap === Gap.Space && (a.form !== a.key || a.key === 'пост')) return false;
  const b = before(tokens, i);
  if (!b || b.form !== b.key) return false;
  if (UK_SAY_BEFORE.has(b.key)) return true;
  // "Свое слово сказал и Вашингтон", «заявив і Київ», «Подтвердил окончание обмена и Киев»: "also" between
  // the verb of saying (or confirming, which without "also" may take the city as its object) and its subject.
  const bb = before(tokens, i, 2);
  const verb = bb?.key ?? '';
  if (
    /^(и|і|й)$/.test(b.key) &&
    tokens.at(i - 1)!.gap === Gap.Space &&
    (UK_SAY_BEFORE.has(verb) || verb === 'подтвердил' || verb === 'підтвердив')
  )
    return true;
  // A reflexive verb takes no object, so the capital after it in a question is its subject: "присоединится
  // ли Киев", "согласится ли Москва", "чи приєднається Київ" (twenty-fourth session).
  const reflexive = (t: Token | undefined) =>
    t !== undefined && t.form === t.key && /(ся|сь)$/.test(t.key) && CHOICE_REFLEXIVE.test(t.key);
  if (b.key === 'ли' && reflexive(bb) && tokens.at(i - 1)!.gap === Gap.Space) return true;
  if (bb?.key === 'чи' && reflexive(b)) return true;
  // "готов пойти Киев", "готова піти Москва": after a modal, an infinitive that takes no object (any
  // infinitive before Москва, whose nominative is never one: "готова уступить Москва").
  if (!UK_MODAL.has(bb?.key ?? '') || tokens.at(i - 1)!.gap !== Gap.Space) return false;
  return word === 'москва' ? /(ть|ти|чь|тися|ться|тись)$/.test(b.key) : UK_INTRANSITIVE.has(b.key);
}

/**
 * The capital at i..j, in the nominative, is the subject in a clause whose object a pronoun holds: after
 * the verb ("на який сподівається Київ", "как его получил Киев", the clause ending with the city) or
 * before it ("яку Київ досі контролює", «которую Киев до сих пор контролирует», within five words).
 * "Атака, яку пережив Київ" stays the city: only the verbs in `UK_RELATIVE_VERBS`.
 */
function relativeSubject(tokens: TokenSeq, i: number, j: number): boolean {
  const word = tokens.at(j)!.key;
  if (!UK_CAPITALS.has(word) || tokens.at(i)!.gap !== Gap.Space) return false;
  const b = before(tokens, i);
  if (!b || b.form !== b.key) return false;
  if (UK_RELATIVE_VERBS.has(b.key) && UK_OBJECT_PRONOUNS.has(before(tokens, i, 2)?.key ?? '')) {
    const a = after(tokens, j);
    return !a || a.gap >= Gap.Soft;
  }
  if (!UK_RELATIVE_ACCUSATIVES.has(b.key)) return false;
  for (let k = 1; k <= 5; k++) {
    const a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Space) return false;
    if (UK_RELATIVE_VERBS.has(a.key)) return true;
  }
  return false;
}

/**
 * A word of two letters or more written in capitals: in an all-caps subheading ("РЕАКЦИЯ КИЕВА", "КИЕВ
 * ОТВЕРГ ПЛАН") the words around an all-caps city read as if in lower case.
 */
function shouted(t: Token): boolean {
  return t.form.length > 1 && t.form !== t.key && t.form === t.form.toUpperCase();
}

/**
 * An aside between spaced dashes after the city at j, past at most two adverbs ("Москва дважды — в 1954-м
 * и в 1991-м — заявляла", "Київ — і це важливо — відкинув"), opening with a preposition, a conjunction or a
 * hedge (`UK_DASH_OPENERS`), never a noun or adjective that describes the city ("Москва — крупнейший
 * город Европы — …"): the index of the closing dash, if one follows within ten words in the sentence.
 */
function dashAsideEnd(tokens: TokenSeq, j: number): number | undefined {
  let d = j + 1;
  for (let k = 0; k < 2 && ukAdverb(tokens.at(d)?.key ?? ''); k++) d++;
  if (!spacedDash(tokens, d) || d - j > 3 || after(tokens, j, d - j) === undefined) return undefined;
  const open = after(tokens, d);
  if (!open || !(UK_DASH_OPENERS.has(open.key) || UK_HEDGES.has(open.key) || /^\d/.test(open.key)))
    return undefined;
  for (let k = 2; k <= 11; k++) {
    if (!after(tokens, d, k)) return undefined;
    if (spacedDash(tokens, d + k)) return d + k;
  }
  return undefined;
}

/** Is token t a dash with a space on at least one side (not the tight hyphen of "1954-м")? */
function spacedDash(tokens: TokenSeq, t: number): boolean {
  if (tokens.at(t)?.key !== '-') return false;
  const a = tokens.at(t)!;
  const prev = tokens.at(t - 1);
  const next = tokens.at(t + 1);
  return !prev || !next || prev.end < a.start || a.end < next.start;
}

/**
 * The capital at i..j is one of "ні X, ні Y" after a plural verb, which they are the subjects of: «тему не
 * оголошували ні Москва, ні Вашингтон», «не подтвердили ни Киев, ни Москва» (fortieth session). Every
 * name in the chain must read as a nominative ("ні Київ, ні Москву" after "не відвідували" are objects).
 */
function neitherAfterVerb(tokens: TokenSeq, i: number): boolean {
  const nominative = (t: Token) =>
    UK_CAPITALS.has(t.key) &&
    t.form !== t.key &&
    (t.key === 'москва' || /[бвгґджзклмнпрстфхцчшщь]$/.test(t.key));
  const neither = (t: number) =>
    UK_NEITHER.has(tokens.at(t - 1)?.key ?? '') && tokens.at(t)!.gap === Gap.Space;
  // Back to the first name of the chain: each earlier one stands before ", ні".
  let first = i;
  while (neither(first) && tokens.at(first - 1)!.gap === Gap.Soft && first >= 2) {
    const prev = tokens.at(first - 2)!;
    if (!nominative(prev) || prev.gap !== Gap.Space) break;
    first -= 2;
  }
  if (!neither(first) || tokens.at(first - 1)!.gap !== Gap.Space) return false;
  const verb = before(tokens, first, 2);
  if (!verb || verb.form !== verb.key || !ukVerb(verb.key) || !ukPlural(verb.key)) return false;
  // Forward over the whole chain: at least two names, all nominative.
  let count = 0;
  for (let t = first; ; t += 2) {
    const name = tokens.at(t);
    if (!name || !nominative(name)) return false;
    count++;
    const comma = tokens.at(t + 1);
    if (!comma || comma.gap !== Gap.Soft || !UK_NEITHER.has(comma.key) || tokens.at(t + 2)?.gap !== Gap.Space)
      return count >= 2;
  }
}

/** The word at t is lower case, or opens its sentence with only its first letter capitalised. */
function lowerOrOpening(tokens: TokenSeq, t: number): boolean {
  const w = tokens.at(t)!;
  if (w.form === w.key) return true;
  return (t === 0 || w.gap >= Gap.Sentence) && w.form.slice(1) === w.key.slice(1);
}

/**
 * What stands set off by commas right after the city at j, before its verb: one aside word ("Москва,
 * ймовірно, почне") or a source of up to six words ("Київ, за даними джерел, погодився", "Москва, як
 * повідомляють, відкинула"), never the city's own people ("Київ, за словами мера, ..."). The index of its
 * last word, if the closing comma follows.
 */
function ukAsideEnd(tokens: TokenSeq, j: number): number | undefined {
  const first = after(tokens, j);
  if (!first || first.gap !== Gap.Soft) return undefined;
  if (ukAside(first)) return after(tokens, j, 2)?.gap === Gap.Soft ? j + 1 : undefined;
  const fixed = phraseAside(tokens, j, UK_ASIDE_PHRASES);
  if (fixed !== undefined) return fixed;
  const second = after(tokens, j, 2);
  if (!second || second.gap !== Gap.Space) return undefined;
  const third = after(tokens, j, 3);
  const opens =
    UK_SOURCE_OPENS[first.key]?.has(second.key) ||
    // "Москва, за його словами, наполягає", "Киев, по его словам, готов".
    (UK_SOURCE_POSSESSIVES.has(second.key) &&
      third?.gap === Gap.Space &&
      UK_SOURCE_OPENS[first.key]?.has(third.key)) ||
    ((first.key === 'як' || first.key === 'как') && UK_SOURCE_SAY.has(second.key)) ||
    // "в Кремле, утверждает он, признали": the verb first, then its speaker, a pronoun or a name
    // ("Москва, заверил Песков, готова", fifty-seventh session).
    (UK_SOURCE_SAY.has(first.key) && (UK_SPEAKER_PRONOUNS.has(second.key) || /^\p{Lu}/u.test(second.form))) ||
    /^(судячи|судя|згідно|согласно)$/.test(first.key);
  if (!opens) return undefined;
  for (let k = 3; k <= 7; k++) {
    const t = after(tokens, j, k);
    if (!t) return undefined;
    if (t.gap === Gap.Soft) return j + k - 1;
    if (t.gap !== Gap.Space || UK_CITY_PARTS.has(t.key)) return undefined;
  }
  return undefined;
}

/**
 * A time between the city or seat and its verb, starting at token t, spaces only inside: "у середу",
 * "во вторник", "18 листопада", "в ноябре", "минулого тижня", "на цьому тижні", "вчора". The index of
 * its last word.
 */
export function timePhraseEnd(tokens: TokenSeq, t: number): number | undefined {
  const key = (k: number) => {
    const x = tokens.at(t + k);
    return x && (k === 0 || x.gap === Gap.Space) ? x.key : '';
  };
  const w0 = key(0);
  if (UK_TIME_WORDS.has(w0)) return t;
  if (/^\d{1,2}$/.test(w0) && UK_MONTHS_GEN.has(key(1))) return t + 1;
  if (UK_TIME_WHICH.has(w0) && UK_TIME_PERIODS.has(key(1))) return t + 1;
  // «за три года», «за последние три года».
  if (w0 === 'за') {
    const n = UK_TIME_WHICH.has(key(1)) ? 2 : 1;
    const count = key(n);
    if ((UK_SPAN_COUNTS.has(count) || /^\d{1,3}$/.test(count)) && UK_SPAN_UNITS.has(key(n + 1)))
      return t + n + 1;
  }
  if (!/^(у|в|во|на)$/.test(w0)) return undefined;
  if (UK_WEEKDAYS.has(key(1)) || UK_MONTHS_LOC.has(key(1))) return t + 1;
  if (UK_TIME_WHICH.has(key(1)) && UK_TIME_PERIODS.has(key(2))) return t + 2;
  // «В Кремле в тот же день назвали», «У Києві в той же день заявили» (thirty-sixth session).
  if (/^(тот|той)$/.test(key(1)) && /^(же|ж)$/.test(key(2)) && /^(день|вечер|час)$/.test(key(3)))
    return t + 3;
  return undefined;
}

/**
 * How many words a time phrase (`timePhraseEnd`) takes at the k-th word after s, in one sentence
 * with the words around it; 0 where none starts there. A caller looking for a verb skips them.
 */
function timeLength(tokens: TokenSeq, s: number, k: number): number {
  const time = timePhraseEnd(tokens, s + k);
  return time !== undefined && after(tokens, s, time - s) !== undefined ? time - s - k + 1 : 0;
}

/**
 * The preposition at t, then what the verb is about in one to `reach - 1` words, then the verb: «на
 * утечку отреагировали», «от громких оценок воздержались», «с ответом пока не спешат». The words run on
 * with spaces only and pass `plain` (lower case, or any word of an all-caps line). The verb's offset
 * from t, or 0.
 */
function objectThenVerb(
  tokens: TokenSeq,
  t: number,
  plain: (w: Token) => boolean,
  isVerb: (word: string) => boolean,
  reach = 3,
): number {
  for (let o = 1; o <= reach; o++) {
    const w = after(tokens, t, o);
    if (!w || w.gap !== Gap.Space || !plain(w)) return 0;
    if (o > 1 && isVerb(w.key)) return o;
  }
  return 0;
}

/** A word in lower case, as the words of what a verb is about are. */
const lowerCase = (t: Token) => t.form === t.key;

/** "на" (or "к") at t, what was answered in one or two words, then a verb of reacting or answering. */
function reactsTo(tokens: TokenSeq, t: number, plain: (w: Token) => boolean): boolean {
  return objectThenVerb(tokens, t, plain, (w) => UK_REACT.has(w)) > 0;
}

/**
 * The word after the infinitive at t (past a "не") governs it: «говорити не захотіла», «отвечать не стал».
 */
function infinitiveHead(tokens: TokenSeq, t: number): boolean {
  let next = tokens.at(t + 1);
  if (next?.gap === Gap.Space && (next.key === 'не' || next.key === 'ні')) next = tokens.at(t + 2);
  return next?.gap === Gap.Space && UK_INFINITIVE_HEADS.has(next.key);
}

/**
 * The city at `j`, in the nominative, is the subject of a verb that follows within three words:
 * "Київ наполягає", "Москва досі відкидає", "Москва поки не відреагувала", "Київ і союзники
 * вимагають", "Київ і Москва погодили", "Москва, ймовірно, почне", "Київ, за даними джерел,
 * погодився", "ні Москва, ні Київ не готові"; not "Київ перебуває під атакою".
 */
function ukSubject(tokens: TokenSeq, j: number, paired = false): boolean {
  // "ні Москва, ні Київ не готові": a pair of capitals after "ні … ні" shares the verb after the last.
  const nor = after(tokens, j);
  const next = after(tokens, j, 2);
  if (
    UK_NEITHER.has(before(tokens, j)?.key ?? '') &&
    nor?.gap === Gap.Soft &&
    UK_NEITHER.has(nor.key) &&
    next?.gap === Gap.Space &&
    UK_CAPITALS.has(next.key)
  )
    return ukSubject(tokens, j + 2, true);
  // "і Вашингтон, і Анкара, і Київ підтримали": each of the names after a repeated "і" shares the verb
  // after the last (one capitalised word each).
  if (!paired) {
    const last = polysyndetonLast(tokens, j);
    if (last !== undefined) return ukSubject(tokens, last, true);
  }
  // "Київ і союзники": the city with its allies is a subject whatever follows, «Киев и его «зарубежные
  // покровители»» too; the words run on with spaces or quotation marks only («Киев и его окрестности,
  // покровители музея» is the city).
  if (UK_AND.has(after(tokens, j)?.key ?? ''))
    for (let k = 2; k <= 4; k++) {
      const a = after(tokens, j, k);
      if (!a || (a.gap !== Gap.Space && !spacedOrQuoted(tokens, j + k))) break;
      if (UK_ALLIES.has(a.key)) return true;
    }
  // "Київ разом з європейськими партнерами працює", «Киев вместе с союзниками»: so too "together with"
  // its partners or another government, within three words.
  if (UK_TOGETHER.has(after(tokens, j)?.key ?? '') && UK_WITH.has(after(tokens, j, 2)?.key ?? ''))
    for (let k = 3; k <= 5; k++) {
      const a = after(tokens, j, k);
      if (!a || a.gap !== Gap.Space) break;
      if (UK_TOGETHER_WITH.has(a.key)) return true;
    }
  // "Москва на переговорах в Абу-Даби рассматривает": a party to the talks.
  const on = after(tokens, j);
  const talks = after(tokens, j, 2);
  if (on?.key === 'на' && on.gap === Gap.Space && talks?.gap === Gap.Space && UK_AT_TALKS.has(talks.key))
    return true;
  // An aside or a source between commas ("Москва, ймовірно, почне") is skipped as a whole, and so is a
  // fixed phrase without commas ("Вашингтон в конце концов их отменит").
  // The particle «же» may stand before the aside: «Москва же, как подчеркивал Лавров, не остановит».
  const particle = after(tokens, j);
  const from = particle?.gap === Gap.Space && particle.key === 'же' ? j + 1 : j;
  const aside = ukAsideEnd(tokens, from);
  const dashed = aside === undefined ? dashAsideEnd(tokens, from) : undefined;
  const s = aside ?? dashed ?? spacedPhraseEnd(tokens, j, UK_RUN_PHRASES) ?? j;
  // In an all-caps line ("КИЕВ ОТВЕРГ ПЛАН") the words after an all-caps city read as lower case.
  const caps = shouted(tokens.at(j)!);
  // One capital letter there is a word in capitals too ("ВАШИНГТОН У СЕРЕДУ ВІДПОВІВ").
  const lower = (t: Token) => t.form === t.key || (caps && (shouted(t) || t.form.length === 1));
  const and = aside === undefined && UK_AND.has(tokens.at(j + 1)?.key ?? '');
  // A demonstrative object before the verb ("Вашингтон цю інформацію не коментував") lengthens the
  // reach by its noun, the word right after the demonstrative (never a time: "Київ цю ніч атакували").
  // Up to four words: "Москва пока ничего не получала".
  let limit = 4;
  let objectNoun = -1;
  for (let k = 1; k <= limit; k++) {
    const a = after(tokens, s, k);
    if (!a) break;
    const afterAnd = k === 2 && and;
    if (k === objectNoun) {
      if (a.gap !== Gap.Space || !lower(a) || UK_TIME_NOUNS.has(a.key)) break;
      continue;
    }
    // The words run on with spaces only, except right after such an aside, or with a quotation mark
    // ("Москва "пока не видела никакого плана"") unless the capital is itself in quotes (a paper, a hotel).
    if (k === 1 && aside !== undefined ? a.gap !== Gap.Soft : !runsOn(tokens, j, s + k)) break;
    // Lower case only, but a second capital after "і" ("Київ і Москва погодили") is a co-subject.
    if (!lower(a) && !(afterAnd && UK_CAPITALS.has(a.key))) break;
    // In capitals the word after "І" may be any city: only a capital is a co-subject there ("КИЇВ І ОДЕСА
    // ЗАЛИШИЛИСЯ БЕЗ СВІТЛА" are two cities).
    if (afterAnd && caps && !UK_CAPITALS.has(a.key)) break;
    // A fixed phrase after the co-subject ("Париж и Лондон при этом рассчитывают") is skipped as a whole.
    const run = afterAnd ? spacedPhraseEnd(tokens, s + k, UK_RUN_PHRASES) : undefined;
    if (run !== undefined) {
      limit += run - s - k;
      k = run - s;
      continue;
    }
    // "Лондон і Париж разом з Україною готуватимуть": together with a partner, skipped on the way to the
    // verb (fortieth session).
    const partner = after(tokens, s, k + 2);
    if (
      UK_TOGETHER.has(a.key) &&
      UK_WITH.has(after(tokens, s, k + 1)?.key ?? '') &&
      partner?.gap === Gap.Space &&
      (UK_TOGETHER_WITH.has(partner.key) || /^(україною|украиной)$/.test(partner.key))
    ) {
      limit += 3;
      k += 2;
      continue;
    }
    // A time before the verb ("Вашингтон у середу відповів", "Москва ще 18 листопада заявила") is
    // skipped as a whole.
    const time = timeLength(tokens, s, k);
    if (time > 0) {
      limit += time;
      k += time - 1;
      continue;
    }
    // Past an aside, a plural verb is not the lone city's: "Київ, за даними Повітряних сил, атакували
    // дрони" (the drones did it).
    // "Київ атакували балістичними ракетами", "Киев обстреляли ночью": a plural of attack is done to
    // the city (a government's own attack is singular: "Москва атакувала").
    if (UK_STRUCK.has(a.key)) return false;
    // What it answers, put before a verb of reacting: "Київ на це відреагував", «Вашингтон на утечку
    // отреагировал» (one or two lower-case words after "на"; "Київ на вихідних відпочивав" is no answer).
    if (a.key === 'на' && objectNoun < 0 && aside === undefined && !and && reactsTo(tokens, s + k, lower))
      return true;
    if (ukVerb(a.key))
      return (
        !UK_PLACE_VERBS.has(a.key) &&
        !((aside !== undefined || dashed !== undefined || objectNoun >= 0) && !paired && ukPlural(a.key))
      );
    // «Про припинення вогню Москва говорити не захотіла»: an infinitive put before the verb that governs it.
    if (lower(a) && UK_INFINITIVE.test(a.key) && infinitiveHead(tokens, s + k)) return true;
    if (
      objectNoun < 0 &&
      aside === undefined &&
      !and &&
      (UK_DEMONSTRATIVES.has(a.key) || UK_NEGATIVES.has(a.key))
    ) {
      objectNoun = k + 1;
      limit = k + 4;
      continue;
    }
    // «Киев решение приветствовал»: a bare object of policy right after the city, then its verb.
    if (k === 1 && objectNoun < 0 && aside === undefined && !and && UK_POLICY_OBJECTS.has(a.key)) {
      objectNoun = k;
      limit = k + 3;
      continue;
    }
    // «Київ американську ідею підтримав»: the same object after one adjective (fifty-fifth session).
    const noun = after(tokens, s, 2);
    if (
      k === 1 &&
      objectNoun < 0 &&
      aside === undefined &&
      !and &&
      /(ську|цьку|ну|ую|юю|ські|ні|ие|ые)$/.test(a.key) &&
      noun?.gap === Gap.Space &&
      UK_POLICY_OBJECTS.has(noun.key)
    ) {
      objectNoun = 2;
      limit = 5;
      continue;
    }
    // Between the city and its verb: adverbs ("досі", "не"), "і", the co-subject after it, or an object
    // pronoun or "силою" ("Київ його не підписав", "Вашингтон их отменит", "москва силою захопить").
    if (!ukAdverb(a.key) && !UK_BEFORE_VERB.has(a.key) && !(k === 1 && UK_AND.has(a.key)) && !afterAnd) break;
  }
  return false;
}

/**
 * "і Вашингтон, і Анкара, і Київ": the city at j right after "і" (or "и"), followed by ", і" and another
 * capitalised word, once or more. The index of the last of them.
 */
function polysyndetonLast(tokens: TokenSeq, j: number): number | undefined {
  const b = before(tokens, j);
  if (!b || !(b.key === 'і' || b.key === 'и' || b.key === 'й') || tokens.at(j)!.gap !== Gap.Space)
    return undefined;
  let last: number | undefined;
  for (let t = j; ; t += 2) {
    const and = after(tokens, t);
    const next = after(tokens, t, 2);
    if (!and || and.gap !== Gap.Soft || and.key !== b.key || !next || next.gap !== Gap.Space) return last;
    // Capitals only ("і Київ, і Одеса залишилися без світла" are two cities), or an abbreviation (ЄС, США).
    const abbreviation =
      next.form.length > 1 && next.form === next.form.toUpperCase() && next.form !== next.key;
    if (!UK_CAPITALS.has(next.key) && !UK_OTHER_CAPITALS.has(next.key) && !abbreviation) return last;
    last = t + 2;
  }
}

/**
 * Token t runs on from the one before it towards the verb of the capital at j: after spaces, or after
 * quotation marks only when the capital is not itself quoted («газета "Москва" сообщила» is a paper).
 */
function runsOn(tokens: TokenSeq, j: number, t: number): boolean {
  if (tokens.at(t)?.gap === Gap.Space) return true;
  const quotedCity = tokens.at(j)!.gap === Gap.Soft && spacedOrQuoted(tokens, j);
  return !quotedCity && spacedOrQuoted(tokens, t);
}

/**
 * The preposition at `i - 1` opens its clause ("У Москві…", "Також у Москві…", "…, а в Кремлі…"), maybe
 * after a time that opens it («В ноябре в Кремле говорили», «Минулого тижня у Києві заявили»).
 */
function ukOpensClause(tokens: TokenSeq, i: number, afterTime = true): boolean {
  const p = before(tokens, i, 2);
  if (
    !p ||
    tokens.at(i - 1)!.gap >= Gap.Soft ||
    UK_ADVERBS.has(p.key) ||
    UK_AND.has(p.key) ||
    UK_ASIDES.has(p.key) ||
    UK_OPENERS.has(p.key)
  )
    return true;
  if (!afterTime || tokens.at(i - 1)!.gap !== Gap.Space) return false;
  for (let s = i - 4; s <= i - 2; s++)
    if (s >= 0 && timePhraseEnd(tokens, s) === i - 2 && ukOpensClause(tokens, s + 1, false)) return true;
  return false;
}

/**
 * "У Москві заявили", "Також у Москві тоді пообіцяли": at the head of its clause ("Експерти в Москві
 * вважають" has its subject already), the city's speaking verb after at most two adverbs.
 */
function ukTheySay(tokens: TokenSeq, i: number, j: number): boolean {
  return ukTheyAct(tokens, i, j, (word) => UK_THEY_SAY.has(word));
}

/** At the head of its clause, the place at i..j is followed, past at most two adverbs, by a word that `acts`. */
export function ukTheyAct(tokens: TokenSeq, i: number, j: number, acts: (word: string) => boolean): boolean {
  if (!ukOpensClause(tokens, i)) return false;
  // One aside between commas may follow the place ("В Кремле, однако, настаивают"), or a source
  // ("В Москве, по его словам, ознакомились").
  const first = after(tokens, j);
  const word =
    first?.gap === Gap.Soft &&
    (UK_ASIDES.has(first.key) || UK_HEDGES.has(first.key)) &&
    after(tokens, j, 2)?.gap === Gap.Soft;
  const end = word ? j + 1 : ukAsideEnd(tokens, j);
  const aside = end !== undefined;
  // A fixed phrase without commas may stand there too ("В Кремле при этом настаивают", "У Кремлі тим
  // часом дали зрозуміти").
  const s = end ?? spacedPhraseEnd(tokens, j, UK_RUN_PHRASES) ?? j;
  if (!aside && saidObjectThenActs(tokens, j, acts)) return true;
  let limit = 3;
  for (let k = 1; k <= limit; k++) {
    const a = after(tokens, s, k);
    // Quotation marks may stand between the place, an adverb and the verb: «в Кремле "очень внимательно" следят».
    if (!a || (aside && k === 1 ? a.gap !== Gap.Soft : !spacedOrQuoted(tokens, s + k))) return false;
    if (acts(a.key)) return true;
    // "У Кремлі дали зрозуміти", «в Кремле дали понять».
    if (UK_GAVE.has(a.key) && UK_UNDERSTAND.has(after(tokens, s, k + 1)?.key ?? '')) return true;
    // A time ("В Кремле во вторник заявили", "У Кремлі ще 18 листопада дали зрозуміти") is skipped.
    const time = timeLength(tokens, s, k);
    if (time > 0) {
      limit += time;
      k += time - 1;
      continue;
    }
    // What was reacted to, put before a verb of reacting or answering: «В Вашингтоне на утечку
    // отреагировали», "У Києві на це відреагували" (one or two lower-case words after "на"). Not "У Києві
    // на вулицях кажуть" (people in the streets).
    if ((a.key === 'на' || a.key === 'к') && a.form === a.key) return reactsTo(tokens, s + k, lowerCase);
    // What they refrained from, put before the verb: «В Кремле от громких оценок воздержались».
    if ((a.key === 'от' || a.key === 'від') && a.form === a.key)
      return objectThenVerb(tokens, s + k, lowerCase, acts) > 0;
    // What they do not hurry with, put before the verb: «В Кремле с оценками не торопились».
    if (/^(с|з|із)$/.test(a.key) && a.form === a.key) return hurriesWith(tokens, s + k);
    // Adverbs between ("В Кремле внимательно следят"), the listed ones and the long words in -о, a
    // copula before a stance ("У Москві були задоволені"), and an object pronoun before the verb («У
    // Москві його відкинули», «В Москве их отвергли»).
    if (!ukAdverb(a.key) && !UK_COPULA.has(a.key) && !UK_BEFORE_VERB.has(a.key)) return false;
  }
  return false;
}

/**
 * «с»/«з» at t, what they do not hurry with, then a verb of hurrying, maybe after «не» and an adverb («с
 * ответом пока не спешат»); not people in no hurry to do a thing («В Москве с детьми не спешат гулять»).
 */
function hurriesWith(tokens: TokenSeq, t: number): boolean {
  const o = objectThenVerb(tokens, t, lowerCase, (w) => UK_HURRY.has(w), 4);
  const next = o > 0 ? after(tokens, t, o + 1) : undefined;
  return o > 0 && !(next?.gap === Gap.Space && /(ть|ти|тися|ться|тись)$/.test(next.key));
}

/** Whose reaction is a city's people's, not its government's («реакцию зрителей», «реакцію киян»). */
const REACTION_OF_PEOPLE = words(
  'зрителей публики жителей горожан людей населения рынков рынка москвичей киевлян болельщиков ' +
    'глядачів публіки мешканців людей населення ринків ринку киян москвичів уболівальників',
);

/**
 * After the place at j, what was said or proposed put first, then the verb that takes it, within six
 * words and spaces only: "В Киеве заявления Путина восприняли", "В Москве эти слова Зеленского
 * расценили", "У Києві цю пропозицію вже відкинули". Not people ("В Киеве жители восприняли") nor a
 * verb of its own first ("В Киеве заявления звучали, …").
 */
function saidObjectThenActs(tokens: TokenSeq, j: number, acts: (word: string) => boolean): boolean {
  let k = 1;
  const first = after(tokens, j);
  if (!first || first.gap !== Gap.Space || first.form !== first.key) return false;
  // "это" and "це" are objects themselves and demonstratives too ("это предложение").
  const noun = after(tokens, j, 2);
  const said = (w: string) => UK_SAID_OBJECTS.has(w) || UK_TALKS_OR_OUTCOMES.has(w);
  if (UK_SAID_DEMONSTRATIVES.has(first.key) && noun?.gap === Gap.Space && said(noun.key)) k = 2;
  else if (!said(first.key)) return false;
  const talks = UK_TALKS_OR_OUTCOMES.has(tokens.at(j + k)!.key);
  const takes = (w: string) => (talks ? UK_THEY_SAY.has(w) : acts(w));
  // "це"/"это" before a noun of its own is a demonstrative, not what was said: «У Києві це місто називають
  // серцем країни», «В Москве это здание снесли».
  if (k === 1 && UK_SAID_DEMONSTRATIVES.has(first.key)) {
    const next = after(tokens, j, 2);
    if (next && next.gap === Gap.Space && !acts(next.key) && !ukVerb(next.key) && !ukAdverb(next.key))
      return false;
  }
  // "реакцию Кремля восприняли", but not the people's own reaction ("реакцию зрителей восприняли").
  if (/^реакц(ию|ію)$/.test(first.key) && REACTION_OF_PEOPLE.has(noun?.key ?? '')) return false;
  // A source set off by commas after what was said ("В Белом доме эту идею, как сообщили западные СМИ,
  // встретили насмешками"): the verb right after its closing comma.
  const source = ukAsideEnd(tokens, j + k);
  if (source !== undefined) {
    const v = tokens.at(source + 1);
    return v !== undefined && v.gap === Gap.Soft && v.form === v.key && takes(v.key);
  }
  const object = k;
  for (k++; k <= 6; k++) {
    const a = after(tokens, j, k);
    if (!a || a.gap !== Gap.Space) return false;
    if (takes(a.key)) return true;
    // Whose they are, in the genitive plural, is no verb: «переговори лідерів назвали», «слова политиков восприняли».
    if (k === object + 1 && /(ів|ов|ев)$/.test(a.key) && a.key.length > 4) continue;
    if (ukVerb(a.key)) return false;
  }
  return false;
}
