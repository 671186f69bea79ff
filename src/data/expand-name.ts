/**
 * Expands a name written in the dataset's name syntax into the literal phrases it stands for, so
 * the validator can compare aliases between entries and the UI can pick a readable label.
 *
 *   `(a|b)` alternatives · `[x]` optional part · `stem{|a|b}` suffixes · `~3` wildcard (kept as is)
 *
 * Groups are string alternatives that concatenate with the text around them, exactly as the
 * matcher reads them ("lift{|ing}" is "lift" or "lifting"). This module only enumerates; it is
 * deliberately not the matcher, so data stays independent of it.
 */

type Node = { text: string } | { alts: Node[][] };

/** Parses a name; throws an Error saying what is wrong when it is malformed. */
function parse(src: string): Node[] {
  let i = 0;
  const seq = (closer: string): Node[][] => {
    const alts: Node[][] = [[]];
    let buf = '';
    const flush = () => {
      if (buf) alts[alts.length - 1]!.push({ text: buf });
      buf = '';
    };
    while (i < src.length) {
      const ch = src[i]!;
      if (ch === closer) {
        flush();
        return alts;
      }
      i++;
      if (ch === '|') {
        if (!closer) throw new Error(`"|" at ${i - 1} is outside a group`);
        flush();
        alts.push([]);
      } else if (ch === '(' || ch === '{' || ch === '[') {
        flush();
        const close = ch === '(' ? ')' : ch === '{' ? '}' : ']';
        const inner = seq(close);
        if (src[i] !== close) throw new Error(`"${ch}" at ${i - 1} is never closed`);
        i++;
        // The empty option first, so the shortest form is the first literal (used for labels).
        if (ch === '[') inner.unshift([]);
        alts[alts.length - 1]!.push({ alts: inner });
      } else if (ch === ')' || ch === '}' || ch === ']') {
        throw new Error(`unmatched "${ch}" at ${i - 1}`);
      } else buf += ch;
    }
    if (closer) throw new Error(`a group is never closed with "${closer}"`);
    flush();
    return alts;
  };
  return seq('')[0]!;
}

function expand(nodes: Node[], limit: number): string[] {
  let forms = [''];
  for (const node of nodes) {
    const options = 'text' in node ? [node.text] : node.alts.flatMap((alt) => expand(alt, limit));
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
  let nodes: Node[];
  try {
    nodes = parse(pattern);
  } catch {
    return [];
  }
  const phrases = expand(nodes, limit).map((p) => p.replace(/\s+/g, ' ').trim());
  return [...new Set(phrases.filter(Boolean))];
}

/** Returns what is wrong with a name's syntax, or undefined when it is well formed. */
export function nameSyntaxProblem(pattern: string): string | undefined {
  if (!pattern.trim()) return 'empty name';
  try {
    parse(pattern);
    return undefined;
  } catch (err) {
    return `malformed name "${pattern}": ${(err as Error).message}`;
  }
}

const APOSTROPHES = /[\u2019\u2018\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212\u00AD]/g;

/** Folds a literal phrase to the form two aliases are compared in (apostrophes, dashes, case). */
export function foldAlias(phrase: string, caseRule: 'auto' | 'exact' | 'any' = 'auto'): string {
  const unified = phrase.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(/\s+/g, ' ').trim();
  return caseRule === 'exact' ? unified : unified.toLowerCase();
}
