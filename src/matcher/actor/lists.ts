/**
 * Comma lists of capitals and other parties ("Moscow, Kyiv and Washington", "Київ, Вашингтон і
 * Брюссель"): `commaList` finds the list a city stands in, for the English rule (a list of capitals
 * shares the words around it) and for `listMates` (a capital in a list of parties counts).
 */
import { Gap } from '../tokenize.ts';
import {
  after,
  before,
  EN_ACTOR_AFTER_PREP,
  EN_ACTOR_BEFORE,
  EN_ALLIES,
  EN_CAPITALS,
  EN_CITY_PARTS,
  EN_PLACE_BEFORE,
  isCyrillic,
  isDateline,
  type TokenSeq,
  UK_ACTOR_BEFORE,
  UK_CITY_PARTS,
  UK_PLACE_BEFORE,
  words,
} from './tokens.ts';

/**
 * Words that open a sentence capitalised but never begin a list item ("In Kyiv, Washington and Europe",
 * "Among Kyiv, …", "Між Києвом, …"): a list item starts after them.
 */
const NOT_ITEM = new Set([
  ...EN_PLACE_BEFORE,
  ...EN_ACTOR_BEFORE,
  ...words(
    'among and or nor but both either neither as after before while when unlike like including also then',
  ),
  ...UK_PLACE_BEFORE,
  ...UK_ACTOR_BEFORE,
  ...words('і й та и або или а але но що что як как також также'),
]);
/** The word joining a list's last item: "and", "or", "і", "та", "и". */
const LIST_AND = words('and or і й та и або или');
/**
 * Before a Ukrainian or Russian list, a word that makes its cities places: "з Києва, Варшави та
 * Берліна", "відвідав Київ, Вашингтон і Європу", "мешканці Києва, …" ("з Москвою, Києвом і
 * Вашингтоном" counts already, by its instrumental).
 */
const UK_LIST_PLACE = new Set([
  ...UK_PLACE_BEFORE,
  ...UK_CITY_PARTS,
  ...words(
    'з із зі с со відвідав відвідала відвідали відвідає відвідати посетил посетила посетили посетит посетить',
  ),
]);

/** A comma list: its items' token ranges in order, and whether every item is a capital the rule knows. */
interface EnList {
  items: [number, number][];
  capitals: boolean;
}

/** The token at t is written with a capital and may stand in a list item (not "In", "Between"). */
function itemWord(tokens: TokenSeq, t: number): boolean {
  const w = tokens.at(t);
  return w !== undefined && /^\p{Lu}/u.test(w.form) && !NOT_ITEM.has(w.key);
}

/** Only a comma between the token at t and the one before it. */
function commaBefore(text: string, tokens: TokenSeq, t: number): boolean {
  const w = tokens.at(t);
  return (
    w !== undefined && w.gap === Gap.Soft && /^\s*,\s*$/.test(text.slice(tokens.at(t - 1)!.end, w.start))
  );
}

/** An item starting at s: "[the] Word [Word [Word]]" joined by spaces ("the United States"). */
function itemFrom(tokens: TokenSeq, s: number): [number, number] | undefined {
  let e = s;
  if (tokens.at(s)?.key === 'the') e++;
  if (e > s && tokens.at(e)?.gap !== Gap.Space) return undefined;
  if (!itemWord(tokens, e)) return undefined;
  for (let k = 0; k < 2 && tokens.at(e + 1)?.gap === Gap.Space && itemWord(tokens, e + 1); k++) e++;
  return [s, e];
}

/** An item ending at e, read backwards. */
function itemTo(tokens: TokenSeq, e: number): [number, number] | undefined {
  if (!itemWord(tokens, e)) return undefined;
  let s = e;
  for (let k = 0; k < 2 && tokens.at(s)!.gap === Gap.Space && s > 0 && itemWord(tokens, s - 1); k++) s--;
  if (tokens.at(s)!.gap === Gap.Space && tokens.at(s - 1)?.key === 'the') s--;
  return [s, e];
}

/**
 * The comma list the city at i..j stands in: "Moscow, Kyiv and Washington", "Paris, Berlin, and
 * London", "Kyiv, the EU and Washington", "among Kyiv, Washington and Europe", "Київ, Вашингтон і
 * Брюссель": items of capitalised words (with "the") joined by commas, and by "and", "or", "і", "та",
 * "и" before the last, with at least one comma.
 * A place opening the sentence is no item of it: in "In Paris, Kyiv and Washington agreed" Paris is
 * where they agreed. Not across a sentence end or a dateline.
 */
export function commaList(text: string, tokens: TokenSeq, i: number, j: number): EnList | undefined {
  const place = isCyrillic(tokens.at(i)!.form) ? UK_PLACE_BEFORE : EN_PLACE_BEFORE;
  const items: [number, number][] = [[i, j]];
  let commas = 0;
  let closed = false;
  /** The item ending at e may open the list: not a place opening the sentence, not a dateline. */
  const opens = (item: [number, number] | undefined): item is [number, number] => {
    if (!item) return false;
    const b = before(tokens, item[0]);
    if (b && place.has(b.key) && !before(tokens, item[0], 2)) return false;
    return !(tokens.at(item[0])!.gap === Gap.Line && isDateline(text, tokens, item[0], item[1]));
  };
  let s = i;
  // The city is the last item, after "and" or "or" (", and").
  const conj = before(tokens, i);
  if (conj && LIST_AND.has(conj.key) && tokens.at(i)!.gap === Gap.Space) {
    const item = itemTo(tokens, i - 2);
    if (!opens(item) || (conj.gap !== Gap.Space && !commaBefore(text, tokens, i - 1))) return undefined;
    items.unshift(item);
    closed = true;
    s = item[0];
  }
  // Backwards, over commas only: a list has one "and", before its last item.
  while (items.length < 8 && commaBefore(text, tokens, s)) {
    const item = itemTo(tokens, s - 1);
    if (!opens(item)) break;
    items.unshift(item);
    commas++;
    s = item[0];
  }
  for (let e = j; items.length < 8 && !closed; ) {
    const a = after(tokens, e);
    if (!a) break;
    let s = e + 1;
    if (LIST_AND.has(a.key)) {
      if (a.gap !== Gap.Space && !commaBefore(text, tokens, e + 1)) break;
      if (tokens.at(e + 2)?.gap !== Gap.Space) break;
      s = e + 2;
      closed = true;
    } else if (commaBefore(text, tokens, e + 1)) commas++;
    else break;
    const item = itemFrom(tokens, s);
    if (!item) {
      if (!closed) commas--;
      closed = false;
      break;
    }
    items.push(item);
    e = item[1];
  }
  if (!closed || commas === 0) return undefined;
  const capitals = items.every(([s, e]) => s === e && EN_CAPITALS.has(tokens.at(s)!.key));
  return { items, capitals };
}

/** The word before the token at t makes what starts there a place: "in", "visited", but not "support for". */
function enPlaceBefore(tokens: TokenSeq, t: number): boolean {
  const b = before(tokens, t);
  const bb = before(tokens, t, 2);
  if (!b || !EN_PLACE_BEFORE.has(b.key)) return false;
  if (/^(for|to|on|against|from)$/.test(b.key) && bb && EN_ACTOR_AFTER_PREP.has(bb.key)) return false;
  return !(b.key === 'of' && bb && (EN_ALLIES.has(bb.key) || bb.key === 'behalf'));
}

/**
 * A capital that is no actor by its own words, in a comma list that is no venue ("among Kyiv,
 * Washington and Europe", "позиції Києва, Вашингтона та Європи", but not "talks in London, Paris and
 * Berlin", "у Києві, Вашингтоні та Європі"): the token ranges of the list's other items. The scan
 * counts the capital when they are parties found there (scan.ts).
 */
export function listMates(
  text: string,
  tokens: TokenSeq,
  i: number,
  j: number,
): [number, number][] | undefined {
  if (isDateline(text, tokens, i, j)) return undefined;
  const list = commaList(text, tokens, i, j);
  if (!list) return undefined;
  const first = list.items[0]![0];
  if (isCyrillic(tokens.at(i)!.form)) {
    const b = before(tokens, first);
    return b && UK_LIST_PLACE.has(b.key) ? undefined : list.items.filter(([s]) => s !== i);
  }
  if (enPlaceBefore(tokens, first)) return undefined;
  // "Kyiv, Washington and Europe residents": the last item's own people or parts.
  // "… and Russia's Belgorod", "… and EU-wide": the last item only qualifies what follows.
  const end = list.items[list.items.length - 1]![1];
  const a = after(tokens, end);
  if (a && (a.key === "'s" || a.key === '-' || (a.gap === Gap.Space && EN_CITY_PARTS.has(a.key))))
    return undefined;
  return list.items.filter(([s]) => s !== i);
}
