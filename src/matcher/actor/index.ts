/**
 * The built-in `actor` context rule: a capital city counts as its government only when the
 * sentence treats it as one ("Kyiv insists", "Moscow's demands", "between Washington and Kyiv",
 * "позиція Києва", "Москва відкидає") and never in a dateline ("Kyiv • UNN",
 * "KYIV, April 25 (Reuters) -", "Київ •"). Conservative by design: no clear signal, no mention.
 * Also the built-in `seat` rule (`isSeat`, seat.ts): a seat of government counts unless it is a
 * venue, the other way round, since "the Kremlin" almost always means the government.
 *
 * The parts: english.ts (`enActor`) and ukrainian.ts (`ukActor`, Russian too) with its word lists in
 * ukrainian-words.ts; lists.ts (comma lists of capitals, `listMates`); seat.ts (`isSeat`); tokens.ts
 * (token helpers, datelines and the word lists several parts share). A line that opens with the
 * capital and a colon is decided here, before either language's rules (`headingSpeaker`).
 */
import { Gap } from '../tokenize.ts';
import { enActor } from './english.ts';
import { isCyrillic, isDateline, type TokenSeq } from './tokens.ts';
import { ukActor } from './ukrainian.ts';

export { listMates } from './lists.ts';
export { isSeat } from './seat.ts';
export type { TokenSeq } from './tokens.ts';

/** Does the city at tokens i..j act as a government in its sentence? */
export function isActor(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (isDateline(text, tokens, i, j)) return false;
  if (headingSpeaker(text, tokens, i, j)) return true;
  return isCyrillic(tokens.at(i)!.form) ? ukActor(tokens, i, j) : enActor(text, tokens, i, j);
}

/**
 * A line that opens with the capital and a colon gives its government's word, as news sub-heads do
 * ("Москва: «безглуздий ультиматум»", "Kyiv: no talks under fire"), fifty-fifth session.
 */
function headingSpeaker(text: string, tokens: TokenSeq, i: number, j: number): boolean {
  if (tokens.at(i)!.gap !== Gap.Line) return false;
  // A short line, no sentence: "PARIS: Britain and France on Tuesday committed …" is a dateline.
  const end = tokens.at(j)!.end;
  const line = text.slice(end, end + 100).split('\n')[0]!;
  return /^[^\S\n]*:[^\S\n]*\S/.test(line) && line.length < 80 && !/[.!?]\s*$/.test(line);
}
