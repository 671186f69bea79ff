/**
 * The built-in `seat` rule (`isSeat`): a seat of government ("the White House", "the Kremlin", "Білий
 * дім", "Кремль") counts unless it is a venue, the other way round from the capitals, since "the
 * Kremlin" almost always means the government.
 */
import { Gap } from '../tokenize.ts';
import { after, before, EN_ACTOR_AFTER_PREP, isCyrillic, type TokenSeq, words } from './tokens.ts';
import { saidAlsoIn, ukTheyAct } from './ukrainian.ts';
import { UK_THEY_SAY } from './ukrainian-words.ts';

/** A word right before a seat of government that makes it the building: "talks at the White House". */
const EN_SEAT_PLACE_BEFORE = words(
  'at in inside outside to into near around toward towards across visit visited visiting via ' +
    // "he left Downing Street with a fresh line of credit" (twenty-eighth session).
    'left leaving leaves reached',
);
/** Parts of a seat's building: "the White House lawn", "the lawn of the White House". */
const EN_BUILDING_PARTS =
  'lawn grounds gates walls wall corridors halls hall stairs driveway portico colonnade ballroom podium roof ' +
  'garden gardens tower towers cathedral cathedrals museum museums armoury armory';
/**
 * "a White House event", "the Kremlin walls", "Friday's tense White House meeting": the building itself
 * ("the Kremlin steps up" is not).
 */
const EN_SEAT_PLACE_AFTER = words(
  `${EN_BUILDING_PARTS} event events dinner lunch visit visits meeting meetings summit summits talks`,
);
/** "the South Lawn of the White House", "the steps of the Kremlin": a part of the building, before "of". */
const EN_SEAT_PARTS = words(`${EN_BUILDING_PARTS} steps`);
const EN_CLOSE = words('close closer closest');
const EN_POSSESSIVE = words('his her their its');
/** Before a seat, the building: "у Кремлі", and in Russian "из Белого дома", "возле Кремля". */
const UK_SEAT_PLACE_BEFORE = words('у в до біля поблизу навколо під во из возле около вокруг');
/**
 * "на галявині Білого дому", "в Овальному кабінеті Білого дому", "на Южной лужайке Белого дома": a part
 * of the building, before its genitive.
 */
const UK_SEAT_PARTS = words(
  'галявина галявини галявині галявину територія території територію стіни стін стінах кабінет кабінеті ' +
    "коридор коридорі коридорах зала зали залі будівля будівлі будівлю подвір'я подвір'ї сходи сходах " +
    'лужайка лужайки лужайке лужайку территория территории территорию стены стен стенах кабинете коридорах ' +
    'здание здания здании ступенях',
);
/** What happens in a building, not what its people do: "У Білому домі відбулися переговори". */
const UK_EVENT_VERBS = words(
  'відбулися відбулись відбувалися відбуваються відбудуться тривали тривають пройшли проходять проходили ' +
    'зібралися збираються зустрілися зустрічаються розпочалися почалися завершилися лунали лунають ' +
    'прийняли приймали приймають ' +
    // The same in Russian ("В Кремле прошли переговоры", "в Белом доме состоялась встреча").
    'прошли проходят проходили пройдут состоялись состоялась состоялся состоится состоятся начались ' +
    'завершились закончились собрались собираются встретились встречаются продолжались продолжаются ' +
    'длились шли идут',
);
/**
 * What a seat's people have or lack: "У Кремлі немає волі", and the Russian possessive "у Кремля нет
 * возражений", "у Кремля есть вопросы", "у Кремля остаются сомнения" (never "митинг у Кремля").
 */
const UK_SEAT_HAS = words(
  'немає нема є бракує вистачає панує нет нету есть имеется имеются остается остаётся остаются ' +
    'оставались возникли возникают появились появилось хватает',
);
/** "пішли з Даунінг-стріт", "вышел из Белого дома": leaving the building. */
const UK_SEAT_LEAVE = words(
  'пішли пішов пішла вийшли вийшов вийшла виїхали виїхав виїхала поїхали поїхав поїхала вирушили вирушив ' +
    'вирушила пошли ушли ушел ушёл ушла вышли вышел вышла уехали уехал уехала выехали выехал выехала',
);
/** "позвонил в Кремль", "зателефонував до Білого дому": a call goes to the government, not the building. */
const SEAT_CALL = words(
  'позвонил позвонила позвонили звонил звонила звонили звонит звонят дозвонился зателефонував ' +
    'зателефонувала зателефонували подзвонив подзвонила подзвонили телефонував',
);
/**
 * "У Кремлі заявили", "В Кремлі висловились", "У Білому домі оцінюють", "Якщо в Кремлі немає волі",
 * "як стверджують у Кремлі": a seat's people act, with no subject of their own. Unlike a city, a
 * building followed by a plural verb that is not an event, or after a verb of saying, is its government.
 */
function ukSeatActs(tokens: TokenSeq, i: number, j: number): boolean {
  if (UK_THEY_SAY.has(before(tokens, i, 2)?.key ?? '')) return true;
  return ukTheyAct(
    tokens,
    i,
    j,
    (word) =>
      UK_THEY_SAY.has(word) ||
      UK_SEAT_HAS.has(word) ||
      (/(ли|лись|лися|ють|ять|ать|уть)$/.test(word) && word.length > 4 && !UK_EVENT_VERBS.has(word)),
  );
}

/** "Вопросов у Кремля нет.": the possessive put last, its "have" word closing the clause. */
function seatHasLast(tokens: TokenSeq, j: number): boolean {
  const a = after(tokens, j);
  const end = tokens.at(j + 2);
  return a?.gap === Gap.Space && UK_SEAT_HAS.has(a.key) && (!end || end.gap >= Gap.Soft);
}

/**
 * The built-in `seat` rule: a building that stands for its government (the White House, the Kremlin)
 * counts, except as a venue ("talks at the White House", "flew to the Kremlin", "переговори у Білому
 * домі", "в Кремлі тривали понад п'ять годин"). As with the capitals, a letter or pressure "to" or
 * "on" the building goes to the government ("a letter to the White House"), and "У Кремлі заявили"
 * is its people speaking.
 */
export function isSeat(tokens: TokenSeq, i: number, j: number): boolean {
  // "at the White House" is also found as "White House" after "the": look past the article.
  const article = /^(the|a)$/.test(before(tokens, i)?.key ?? '') ? 1 : 0;
  const a = after(tokens, j);
  if (a && a.gap === Gap.Space && EN_SEAT_PLACE_AFTER.has(a.key)) return false;
  const b = before(tokens, i, 1 + article);
  if (!b) return true;
  if (isCyrillic(tokens.at(i)!.form)) {
    if (UK_SEAT_PARTS.has(b.key)) return false;
    if (/^(з|із|зі|из|от)$/.test(b.key) && UK_SEAT_LEAVE.has(before(tokens, i, 2)?.key ?? '')) return false;
    if ((b.key === 'в' || b.key === 'до') && SEAT_CALL.has(before(tokens, i, 2)?.key ?? '')) return true;
    if (b.key === 'у' && seatHasLast(tokens, j)) return true;
    if (saidAlsoIn(tokens, i, j)) return true;
    return !UK_SEAT_PLACE_BEFORE.has(b.key) || ((b.key === 'у' || b.key === 'в') && ukSeatActs(tokens, i, j));
  }
  // "a shift in the Kremlin's stance": whose stance is its people's, unless a part of the building follows.
  if (a && a.key === "'s" && !EN_SEAT_PLACE_AFTER.has(after(tokens, j, 2)?.key ?? '')) return true;
  const bb = before(tokens, i, 2 + article);
  // "pro-Kremlin bloggers" are not the Kremlin.
  if (b.key === '-' && bb?.key === 'pro') return false;
  if (b.key === 'of' && EN_SEAT_PARTS.has(bb?.key ?? '')) return false;
  // "outside his Downing Street office", "at their White House lunch": a place word before the owner.
  if (EN_POSSESSIVE.has(b.key) && EN_SEAT_PLACE_BEFORE.has(bb?.key ?? '')) return false;
  if (!EN_SEAT_PLACE_BEFORE.has(b.key)) return true;
  // "a letter to the White House", "a source close to the Kremlin": its people, not the building.
  return b.key === 'to' && bb !== undefined && (EN_ACTOR_AFTER_PREP.has(bb.key) || EN_CLOSE.has(bb.key));
}
