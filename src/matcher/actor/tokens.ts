/**
 * What the parts of the `actor` and `seat` rules share: reading tokens within a sentence (`before`,
 * `after`, `phraseAside`), telling a Cyrillic city and a dateline apart, and the word lists that more
 * than one part reads (the English and Ukrainian rules, the comma lists in lists.ts, the seats in
 * seat.ts). The lists only one part reads live in that part.
 */
import { Gap, type Token } from '../tokenize.ts';

/** Tokens by index: a `TokenList` or a plain array (out of range: undefined). */
export interface TokenSeq {
  at(t: number): Token | undefined;
  /** Does token t follow the one before after spaces only, or after quotation marks only (`TokenList`)? */
  continuesName?(t: number): boolean;
}

/**
 * Token t follows the one before it after spaces only, or after quotation marks only ("Москва "пока не
 * видела"", «в Кремле "очень внимательно" следят»); a plain array knows no quotes, only spaces.
 */
export function spacedOrQuoted(tokens: TokenSeq, t: number): boolean {
  const tok = tokens.at(t);
  if (!tok) return false;
  return tok.gap === Gap.Space || (tok.gap === Gap.Soft && tokens.continuesName?.(t) === true);
}

/** A set of words from one space-separated list. */
export const words = (list: string) => new Set(list.split(' '));

// English lists read by more than one part.
/** A word right before the city that makes it a government: "talks with Moscow", "urged Kyiv". */
export const EN_ACTOR_BEFORE = words(
  'between with against urged urging urge told tell telling pressed pressing pressure pressuring persuade ' +
    'convince convinced by allies ally backing backed support supporting supported asked asking urges ' +
    'warned warning accused accusing offer offers offered give gives gave giving hand hands handed press presses ' +
    'forced forcing force let lets letting have make makes made help helps helped join joined reassure reassured ' +
    'persuaded favouring favoring favours favors favoured favored criticised criticized criticise criticize ' +
    'criticising criticizing accuse accuses push pushes pushed pushing blamed blames blaming provide provides ' +
    'providing provided sway swaying swayed pressures pressured involving involve involves ' +
    // "reminding Moscow that", "after weeks of rebuffing Kyiv": told or turned down, a government.
    'remind reminds reminded reminding rebuff rebuffs rebuffed rebuffing snub snubs snubbed snubbing ' +
    // "proposals that suited Moscow", "a move that angered Kyiv": what pleases or alarms a government.
    'suit suits suited suiting please pleases pleased satisfy satisfies satisfied satisfying alarm alarms ' +
    'alarmed anger angers angered angering irritate irritates irritated irritating annoy annoys annoyed ' +
    'infuriate infuriates infuriated infuriating appease appeases appeased appeasing placate placates ' +
    'placated placating frustrate frustrates frustrated frustrating ' +
    // "promising to squeeze Moscow harder", "would reward Moscow", "thanked Washington for": pressed,
    // punished, rewarded or thanked, a government (a city is not thanked or sanctioned).
    'squeeze squeezes squeezed squeezing punish punishes punished punishing isolate isolates isolated ' +
    'isolating sanction sanctioned sanctioning reward rewards rewarded rewarding thank thanks thanked ' +
    'thanking lock locks locked locking ' +
    // "tying Washington to the outcome", "binding Kyiv to a deal": held to a commitment, a government.
    'tie ties tied tying bind binds binding ' +
    // "accused of helping Moscow dodge the price cap", "keep assisting Moscow": helped, a government.
    'helping assist assists assisted assisting ' +
    // "lets Washington keep supplying Kyiv", "would arm Kyiv": supplied or armed, a government (twenty-fourth session).
    'supply supplies supplied supplying arm arming ' +
    // "publicly hurried Moscow", "nudging Kyiv towards a deal": prodded, a government.
    'hurry hurries hurried hurrying prod prods prodded prodding nudge nudges nudged nudging ' +
    // "the first blow Mr Trump has dealt Moscow", "missiles Zelensky has been begging Washington for":
    // struck or begged, a government (fortieth session).
    'dealt beg begs begged begging ' +
    // "Washington offering Kyiv security guarantees", "granting Kyiv a waiver" (forty-seventh session).
    'offering grant grants granted granting',
);
/**
 * "X for/to/on/from <city>": the city is a government after these nouns and verbs ("support for Kyiv",
 * "assistance to Kyiv", "sanctions on Moscow", "response from Moscow", "provocative for Moscow", "a loan to
 * Kyiv", "land to Moscow"). Money, land and documents go to a government; a trip or a drone goes to a
 * place, so neither "flights" nor "approach" is here ("on the approach to Moscow").
 */
export const EN_ACTOR_AFTER_PREP = words(
  'support aid assistance weapons guarantees guarantee signed provocative acceptable unacceptable win victory ' +
    // "turn the screw on Moscow" (fortieth session).
    'screw screws ' +
    'concession concessions message signal signals proposal proposals offer response reply answer delivered ' +
    'handed sent presented passed sanctions pressure demands tariffs restrictions reaction comment word ' +
    'gift threat ultimatum loyal loyalty ties relations loan loans credit funds funding billion million ' +
    'euros dollars deliveries supplies transferred allocated territory land favourable favorable beneficial ' +
    'condition conditions priority warning warnings complaint complaints criticism rhetoric draft memorandum letter ' +
    'missiles arms imposed officials negotiators diplomats delegation opposition demand request requests ' +
    'approval consent according envoys envoy delegations representatives emissaries negotiator diplomat official ' +
    'decision decisions penalties penalty words financing put moment juncture role ' +
    // "their leverage still depends on Washington", "Europe's reliance on Washington": what hangs on a
    // government (twenty-fourth session).
    'depends depend depended depending dependent dependence reliant reliance relies rely relied relying ' +
    // "more flexibility from Kyiv", "a compromise from Washington": a government's give in talks
    // (twenty-fourth session; not "movement", which trains and troops make from a city too).
    'flexibility compromise compromises ' +
    // "money for Kyiv", "a plan sprung on Kyiv", "terms foisted on Kyiv" (thirty-fifth session).
    'money cash paid sprang sprung foisted ' +
    // "reworked with input from Kyiv", "feedback from Washington": a government's say in a draft.
    'input feedback ' +
    // "a fresh 'no' from Berlin", "pushback from Washington": a government's refusal (fifty-fifth session).
    'no pushback objection objections refusal rejection veto backlash ' +
    // "a major breakthrough for Kyiv", "a setback for Moscow" (fifty-fifth session).
    'breakthrough setback blow boost',
);
/** "Kyiv and several European partners", "allies of Kyiv": the city stands beside its allies. */
export const EN_ALLIES = words('allies ally partners backers supporters');
/**
 * Parts of the city itself after "Kyiv's" or "Kyiv and its" ("Kyiv's Podil district", "Kyiv and its
 * suburbs"), or right after it ("Kyiv residents", "Moscow time"): a place, despite the possessive or a
 * word before that would make it a government ("according to Kyiv residents").
 */
export const EN_CITY_PARTS = words(
  'district districts suburb suburbs outskirts street streets centre center metro subway skies residents ' +
    'mayor airport airports region oblast neighbourhood neighborhood surrounding people citizens time city',
);
/** The capitals the rule knows, for lists ("Paris, Berlin, and London") and to end a source between commas. */
export const EN_CAPITALS = words(
  'kyiv kiev moscow washington paris berlin london brussels beijing rome warsaw',
);
/** A word right before the city that makes it a place: "talks in Paris", "flew to Moscow". */
export const EN_PLACE_BEFORE = words(
  'in at to near outside around over toward towards into across of via visit visited visiting inside for on from',
);

// Ukrainian and Russian lists read by more than one part.
export const UK_ACTOR_BEFORE = words('між з із зі проти разом для между против');
/**
 * Heads whose genitive city is the city itself ("мер Києва", "районів Києва", "третина Києва",
 * "обстрілів Києва"): a place, despite the genitive.
 */
export const UK_CITY_PARTS = words(
  'мер мера меру мером мерія мерії адміністрація адміністрації адміністрацію район району районі райони ' +
    'районів районах вулиця вулиці вулиць вулицях вулицею вулицями околиці околиць околицях мешканці ' +
    'мешканців мешканцям жителі жителів жителям ' +
    'небо неба небі метро аеропорт аеропорту частина частини частину третина третини третину половина ' +
    'половини половину обстріл обстрілу обстріли обстрілів обстрілах атака атаки атаку атак оборона оборони ' +
    // The same in Russian ("мэр Москвы", "жители Киева", "над улицами Москвы").
    'мэр мэра мэрия мэрии жители жителей районы района районов улицы улиц улицам улицами окрестности ' +
    'половины часть части обстрел ' +
    'обстрела обстрелы обстрелов обороны области времени ' +
    // «на улицах Москвы», «в районе Киева» (thirty-seventh session).
    'улицах улице улицу улица районе районах окрестностях центре',
);
export const UK_PLACE_BEFORE = words(
  'у в на до від біля поблизу навколо під над по через околиці околицях центрі центр ' +
    // The same in Russian, for the Russian names ("в Москве", "под Киевом", "из Москвы").
    'во из от около возле вблизи под окрестностях центре',
);

/** Dateline: the city opens its line and a bullet, bracket or dash follows on that line. */
export function isDateline(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (tokens.at(i)!.gap !== Gap.Line) return false;
  const rest = text.slice(tokens.at(j)!.end, tokens.at(j)!.end + 60);
  return /^[^\S\n]*(,[^\n.]{0,40}?)?[^\S\n]*(•|·|\||\(|[—–-][^\S\n]|$|\n)/.test(rest);
}

export function isCyrillic(s: string): boolean {
  return /[\u0400-\u04FF]/.test(s);
}

/** The token before i if it is in the same sentence, else undefined. */
export function before(tokens: TokenSeq, i: number, k = 1): Token | undefined {
  for (let x = i; x > i - k; x--) if (x <= 0 || tokens.at(x)!.gap >= Gap.Sentence) return undefined;
  return tokens.at(i - k);
}

/** The token after j if it is in the same sentence, else undefined. */
export function after(tokens: TokenSeq, j: number, k = 1): Token | undefined {
  for (let x = j + 1; x <= j + k; x++)
    if (!tokens.at(x) || tokens.at(x)!.gap >= Gap.Sentence) return undefined;
  return tokens.at(j + k);
}

/**
 * A fixed phrase of two or three words from `phrases` right after the city at j, spaces only ("Вашингтон
 * в конце концов", "Washington in return"): the index of its last word.
 */
export function spacedPhraseEnd(tokens: TokenSeq, j: number, phrases: Set<string>): number | undefined {
  const keys: string[] = [];
  for (let k = 1; k <= 3; k++) {
    const t = after(tokens, j, k);
    if (!t || t.gap !== Gap.Space) return undefined;
    keys.push(t.key);
    if (k > 1 && phrases.has(keys.join(' '))) return j + k;
  }
  return undefined;
}

/**
 * The fixed phrase set off by commas right after the city at j ("Kyiv, for its part, rejected",
 * "Москва, в свою очередь, отвергла"): the index of its last word, if `phrases` holds it.
 */
export function phraseAside(tokens: TokenSeq, j: number, phrases: Set<string>): number | undefined {
  if (after(tokens, j)?.gap !== Gap.Soft) return undefined;
  const keys: string[] = [];
  for (let k = 1; k <= 5; k++) {
    const t = after(tokens, j, k);
    if (!t || (k > 1 && t.gap !== Gap.Space))
      return t?.gap === Gap.Soft && phrases.has(keys.join(' ')) ? j + k - 1 : undefined;
    keys.push(t.key);
  }
  return undefined;
}
