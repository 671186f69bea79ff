/**
 * A page's first check, before it asks for the names: does its text contain any word that could
 * start a mention of the war's sides or their people? Most articles on a news site are about
 * something else, and for those this check (one native RegExp over the page's text) replaces
 * loading the compiled names and a full pass, which cost tens of ms of main-thread time.
 *
 * It must never say no where the topic gate (topic.ts) could say yes. The gate needs a mention of a
 * side or its people, and each such mention is one of the dataset's expanded name forms, all of
 * whose words are in the text. So the build picks, for every form of every side's name, one of its
 * words, and keeps its first few letters ("україн", "zelens", "кремл"): a page holding none of
 * those stems cannot be about the war. The stems come from the dataset on every build (the build
 * plugin), so a new alias or person is covered without anyone editing a list.
 */
import type { NameIndexEntry } from '../data/name-index.ts';
import { compilePattern, entryNames } from '../matcher/pattern.ts';
import { REMOVED } from '../matcher/tokenize.ts';
import { namesASide } from './topic.ts';

/** Letters kept of a word: enough to be rare in other text, few enough to cover a word's cases. */
const STEM_LENGTH = 6;

const REMOVED_ALL = new RegExp(REMOVED.source, 'g');
const WORD_ONLY = /^[\p{L}\p{N}\p{M}]+$/u;
const LEAD = /^[\p{L}\p{N}\p{M}]+/u;

/**
 * The stems of the sides' names (build time). For each expanded form, any of its words would do;
 * the fewest stems that cover every form are chosen greedily, so a form with a rare word and a
 * common one ("Volodymyr Zelensky") is covered by the rare one its other forms share.
 */
export function topicWords(entries: readonly NameIndexEntry[]): string[] {
  const forms: string[][] = [];
  for (const entry of entries) {
    if (!namesASide(entry)) continue;
    for (const name of entryNames(entry))
      for (const steps of compilePattern(name.text, name.case)) {
        const stems = new Set<string>();
        for (const step of steps) {
          if (step.t !== 'word') continue;
          // The word's leading letters: "ukraine" of "ukraine's", "u" of "u.s.".
          const lead = LEAD.exec(step.key)?.[0];
          if (lead) stems.add(lead.slice(0, STEM_LENGTH));
        }
        if (stems.size === 0)
          throw new Error(`${entry.id}: the name "${name.text}" has no word a page could be checked for`);
        forms.push([...stems]);
      }
  }
  const chosen: string[] = [];
  let left = forms;
  while (left.length > 0) {
    // A stem covers a form when one of the form's stems begins with it ("путін" covers "путіна").
    const covers = new Map<string, number>();
    for (const stems of left) for (const s of stems) covers.set(s, 0);
    for (const candidate of covers.keys())
      for (const stems of left)
        if (stems.some((s) => s.startsWith(candidate))) covers.set(candidate, covers.get(candidate)! + 1);
    let best = '';
    for (const [s, n] of covers) {
      const b = covers.get(best) ?? -1;
      if (n > b || (n === b && (s.length > best.length || (s.length === best.length && s < best)))) best = s;
    }
    chosen.push(best);
    left = left.filter((stems) => !stems.some((s) => s.startsWith(best)));
  }
  return chosen.sort();
}

/**
 * Letters and digits of the scripts the names are written in. A stem is looked for only where none
 * of these comes before it, so "putin" is not found in "computing", nor "рф" in "арфа". Each is a
 * word character to the tokenizer too, so no token's start is ever passed over; any other character
 * before a stem (ʼ, which the tokenizer reads as an apostrophe; a Greek letter) just lets it count.
 * A plain list, not \p{L}: a Unicode-property RegExp took ~10 ms to build on a cold page.
 */
const WORD_BEFORE = '0-9A-Za-zА-ЯЁІЇЄҐа-яёіїєґ';

/** One case-insensitive RegExp for the stems (letters only: nothing to escape). */
export function topicWordsPattern(words: readonly string[]): RegExp {
  for (const w of words) if (!WORD_ONLY.test(w)) throw new Error(`topic word "${w}" is not letters only`);
  return new RegExp(`(?<![${WORD_BEFORE}])(?:${words.join('|')})`, 'i');
}

/** False only when `text` cannot hold a mention of either side: then the page is not about the war. */
export function mayBeAboutTheWar(text: string, pattern: RegExp): boolean {
  // The tokenizer reads a word across a soft hyphen or zero-width character ("Зелен\u00ADський").
  return pattern.test(REMOVED.test(text) ? text.replace(REMOVED_ALL, '') : text);
}

/** The page's text is checked in pieces of about this many characters. */
const PIECE = 4096;
/**
 * Each piece starts with this much of the one before, so a stem cut between two pieces is whole in
 * the second (a stem is a dozen letters at most; the rest is room for soft hyphens inside it).
 */
const OVERLAP = 256;

/**
 * `mayBeAboutTheWar` of `root.textContent`, reading the text nodes in order and stopping at the
 * first stem: on a page about the war that is within its first lines, where `textContent` would
 * first copy the whole text (a 640,000-character live blog). A page without a stem is read whole,
 * as before. A piece's start counts as a word start, so a cut can only add a yes, never a no.
 */
export function mayBeAboutTheWarIn(root: Node, pattern: RegExp): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let piece = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    piece += (node as Text).data;
    if (piece.length < PIECE) continue;
    if (mayBeAboutTheWar(piece, pattern)) return true;
    piece = piece.slice(-OVERLAP);
  }
  return mayBeAboutTheWar(piece, pattern);
}
