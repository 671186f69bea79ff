/**
 * Named word lists for context rules (meta.json `wordLists`): an item "@ukraine" of any of a rule's
 * phrase fields (`PHRASE_FIELDS`) stands for every phrase of the list "ukraine". One list, kept in one place, serves
 * every rule that needs "near Ukraine", so a new way of writing Kyiv is added once, not per rule.
 * A list may name another list among its words ("@sanctions-words" inside "@relief-elsewhere"), so
 * a shared part is kept once too. The loader expands the references, so the matcher and everything
 * after it sees plain phrases.
 */
import type { ContextRule, WordList } from './types.ts';

/** Marks a list reference among a rule's phrases. */
const LIST_PREFIX = '@';
/** The fields of a context rule that hold phrases, and so may name a word list. */
export const PHRASE_FIELDS = [
  'near',
  'notNear',
  'unlessNear',
  'followedBy',
  'notFollowedBy',
  'notPrecededBy',
  'notInside',
  'notNearer',
  'notNearWide',
] as const;
export type PhraseField = (typeof PHRASE_FIELDS)[number];

/**
 * Returns `lists` with every "@other" among a list's words replaced by that list's words, however
 * deep; `problem(list, message)` is called for a reference to a list that does not exist and for a
 * list that, through others, names itself (its reference is then dropped, so loading goes on and
 * reports everything at once).
 */
export function resolveWordLists(
  lists: Record<string, WordList>,
  problem: (list: string, message: string) => void,
): Record<string, WordList> {
  const done = new Map<string, string[]>();
  const resolve = (id: string, path: string[]): string[] => {
    const ready = done.get(id);
    if (ready) return ready;
    const words = lists[id]!.words.flatMap((w, i) => {
      if (!w.startsWith(LIST_PREFIX)) return [w];
      const other = w.slice(LIST_PREFIX.length);
      if (!lists[other]) {
        problem(id, `words[${i}]: unknown word list "${w}" (word lists: ${listNames(lists)})`);
        return [];
      }
      if (other === id || path.includes(other)) {
        const loop = [...path.slice(path.indexOf(other)), id, other].map((l) => LIST_PREFIX + l);
        problem(id, `words[${i}]: word list "${w}" names itself (${loop.join(' -> ')})`);
        return [];
      }
      return resolve(other, [...path, id]);
    });
    done.set(id, words);
    return words;
  };
  return Object.fromEntries(
    Object.entries(lists).map(([id, list]) => [id, { ...list, words: resolve(id, []) }]),
  );
}

function listNames(lists: Record<string, WordList>): string {
  return Object.keys(lists)
    .map((k) => LIST_PREFIX + k)
    .join(', ');
}

/**
 * Returns `contexts` with every "@list" replaced by the list's phrases; `problem(rule, message)` is
 * called for each reference to a list that does not exist.
 */
export function expandWordLists(
  contexts: Record<string, ContextRule>,
  lists: Record<string, WordList>,
  problem: (rule: string, message: string) => void,
): Record<string, ContextRule> {
  const expand = (rule: string, field: PhraseField, phrases: string[] | undefined) => {
    if (!phrases) return undefined;
    return phrases.flatMap((p, i) => {
      if (!p.startsWith(LIST_PREFIX)) return [p];
      const list = lists[p.slice(LIST_PREFIX.length)];
      if (list) return list.words;
      const known = Object.keys(lists);
      problem(
        rule,
        `${field}[${i}]: unknown word list "${p}" (${known.length ? `word lists: ${listNames(lists)}` : 'meta.json has no wordLists'})`,
      );
      return [];
    });
  };
  return Object.fromEntries(
    Object.entries(contexts).map(([id, rule]) => {
      const out: ContextRule = { ...rule };
      for (const field of PHRASE_FIELDS) {
        const phrases = expand(id, field, rule[field]);
        if (phrases) out[field] = phrases;
      }
      return [id, out];
    }),
  );
}
