/**
 * Titles whose words are parties' names but which name no party: a state television show and its
 * channels. A name pattern cannot hold them (the show's words are closed by dots, the channels end in
 * a number), so the scan asks here before it counts a one-word party name.
 */
import { Gap, type TokenList } from './tokenize.ts';

/** Does the one-token name at `s` stand inside such a title? */
export function namesNoParty(text: string, tokens: TokenList, s: number): boolean {
  return inShowTitle(text, tokens, s) || isChannel(text, tokens, s) || isQuotedFaction(text, tokens, s);
}

/**
 * A parliamentary group named after the country, in quotes: «Відновлення України» («Восстановление
 * Украины» in Russian-language editions) in a Rada vote tally is a faction, not Ukraine. Unquoted,
 * "Відновлення України коштуватиме…" is the country's reconstruction and stays Ukraine.
 */
const QUOTED_FACTIONS = new Map([
  ['україни', 'відновлення'],
  ['украины', 'восстановление'],
]);
function isQuotedFaction(text: string, tokens: TokenList, s: number): boolean {
  const head = QUOTED_FACTIONS.get(tokens.key(s));
  if (!head || s === 0 || tokens.key(s - 1) !== head) return false;
  return (
    '«"„“'.includes(text[tokens.start[s - 1]! - 1] ?? ' ') && '»"“”'.includes(text[tokens.end[s]!] ?? ' ')
  );
}

/**
 * «Москва. Кремль. Путин», the Sunday show of Russia's state television (in Ukrainian «Москва. Кремль.
 * Путін», in English "Moscow. Kremlin. Putin"), which reporters name as the source of Peskov's words:
 * its three words, each closed by a dot, are a title, not the parties.
 */
const SHOW_TITLES = [
  ['москва', 'кремль', 'путин'],
  ['москва', 'кремль', 'путін'],
  ['moscow', 'kremlin', 'putin'],
];
function inShowTitle(text: string, tokens: TokenList, s: number): boolean {
  const dot = (k: number) => /^\.[^\S\n]*$/.test(text.slice(tokens.end[k - 1]!, tokens.start[k]!));
  for (let p = Math.max(0, s - 2); p <= s && p + 2 < tokens.length; p++)
    for (const title of SHOW_TITLES)
      if (title.every((w, k) => tokens.keyIs(p + k, w)) && dot(p + 1) && dot(p + 2)) return true;
  return false;
}

/**
 * Russian state television's channels «Россия 1» and «Россия 24» («Росія 1» in Ukrainian), named
 * as the outlet that aired an interview: no party. Only in quotes or after «телеканал»/«канал», so
 * "России 24 февраля" stays Russia; «телеканала «Россия»», quoted after the word, needs no number.
 */
const CHANNEL_STATE = new Set(['россия', 'росія']);
const CHANNEL_NUMBER = new Set(['1', '24']);
function isChannel(text: string, tokens: TokenList, s: number): boolean {
  if (!CHANNEL_STATE.has(tokens.key(s))) return false;
  // «корреспонденту телеканала «Россия»»: the channel named in quotes after «телеканал», without its number.
  if (
    s > 0 &&
    /^(теле)?канал/.test(tokens.key(s - 1)) &&
    '«"„“'.includes(text[tokens.start[s]! - 1] ?? ' ') &&
    '»"“”'.includes(text[tokens.end[s]!] ?? ' ')
  )
    return true;
  let n = s + 1;
  if (n < tokens.length && tokens.key(n) === '-' && tokens.tightHyphen(n)) n++;
  if (n >= tokens.length || tokens.gap[n]! >= Gap.Sentence || !CHANNEL_NUMBER.has(tokens.key(n)))
    return false;
  const quoted =
    '«"„“'.includes(text[tokens.start[s]! - 1] ?? ' ') && '»"“”'.includes(text[tokens.end[n]!] ?? ' ');
  return quoted || (s > 0 && /^(теле)?канал/.test(tokens.key(s - 1)));
}
