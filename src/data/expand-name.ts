/**
 * Expands a name written in the dataset's name syntax into the literal phrases it stands for, so
 * the validator can compare aliases between entries and the UI can pick a readable label.
 *
 *   `(a|b)` alternatives · `[x]` optional part · `stem{|a|b}` suffixes · `~3` wildcard (kept as is)
 *
 * Groups are string alternatives that concatenate with the text around them, exactly as the
 * matcher reads them ("lift{|ing}" is "lift" or "lifting"): both parse with name-syntax.ts. This
 * module only enumerates; it is deliberately not the matcher, so data stays independent of it.
 */
import { countForms, MAX_FORMS, type NameNode, parseName } from './name-syntax.ts';
import type { NameCase } from './types.ts';

function expand(nodes: NameNode[], limit: number): string[] {
  let forms = [''];
  for (const node of nodes) {
    const options =
      node.t === 'text'
        ? [node.s]
        : node.t === 'gap'
          ? [`~${node.max}`]
          : node.alts.flatMap((alt) => expand(alt, limit));
    const next: string[] = [];
    for (const f of forms) {
      for (const o of options) {
        if (next.length >= limit) break;
        next.push(f + o);
      }
    }
    forms = next;
  }
  return forms;
}

/** Returns the literal phrases of `pattern` (at most `limit`), words joined by single spaces. */
export function expandName(pattern: string, limit = 4000): string[] {
  let nodes: NameNode[];
  try {
    nodes = parseName(pattern);
  } catch {
    return [];
  }
  const phrases = expand(nodes, limit).map((p) => p.replace(/\s+/g, ' ').trim());
  return [...new Set(phrases.filter(Boolean))];
}

/** Returns what is wrong with a name's syntax, or undefined when it is well formed. */
export function nameSyntaxProblem(pattern: string): string | undefined {
  if (!pattern.trim()) return 'empty name';
  let nodes: NameNode[];
  try {
    nodes = parseName(pattern);
  } catch (err) {
    return `malformed name "${pattern}": ${(err as Error).message}`;
  }
  const forms = countForms(nodes);
  if (forms > MAX_FORMS)
    return `name "${pattern}" has ${forms} forms, more than ${MAX_FORMS}: write a word gap (~2) for a long list of optional words`;
  return undefined;
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212\u00AD]/g;

/** Folds a literal phrase to the form two aliases are compared in (apostrophes, dashes, case). */
export function foldAlias(phrase: string, caseRule: NameCase = 'auto'): string {
  const unified = phrase.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  return caseRule === 'exact' ? unified : unified.toLowerCase();
}
