/**
 * The dataset's name syntax (README "Name and pattern syntax"), parsed in one place for all who read
 * it: the validator and the labels (expand-name.ts) and the matcher (src/matcher/pattern.ts).
 *
 *   (a|b)  alternatives · [x]  optional part · stem{|a|b}  suffixes · ~3  up to 3 other words
 *
 * Groups are plain string alternatives, so they concatenate with the text around them:
 * "lift{|ing}" is "lift" or "lifting".
 */

export type NameNode =
  | { t: 'text'; s: string }
  /** `optional`: written `[x]`; its first alternative is then the empty one. */
  | { t: 'alt'; alts: NameNode[][]; optional: boolean }
  | { t: 'gap'; max: number };

/**
 * Upper bound on the forms of one name (every choice of its alternatives), so a long list of
 * optional words cannot blow up the page index; the matcher refuses more, and `data check` says
 * which name it is before the build does.
 */
export const MAX_FORMS = 4096;

/** How many forms `nodes` expand to (a word gap counts as one), without building them. */
export function countForms(nodes: readonly NameNode[]): number {
  let n = 1;
  for (const node of nodes)
    if (node.t === 'alt') n *= node.alts.reduce((sum, alt) => sum + countForms(alt), 0);
  return n;
}

/** A malformed name; the message says what is wrong and at which character. */
export class NameSyntaxError extends Error {}

const CLOSE: Record<string, string> = { '(': ')', '{': '}', '[': ']' };

/** Parses a name into its syntax tree; throws NameSyntaxError when it is malformed. */
export function parseName(src: string): NameNode[] {
  let i = 0;
  const seq = (closer: string): NameNode[][] => {
    const alts: NameNode[][] = [[]];
    let buf = '';
    const flush = () => {
      if (buf) alts[alts.length - 1]!.push({ t: 'text', s: buf });
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
        if (!closer) throw new NameSyntaxError(`"|" at ${i - 1} is outside a group`);
        flush();
        alts.push([]);
      } else if (ch in CLOSE) {
        flush();
        const close = CLOSE[ch]!;
        const inner = seq(close);
        if (src[i] !== close) throw new NameSyntaxError(`"${ch}" at ${i - 1} is never closed`);
        i++;
        // The empty option first, so the shortest form is the first one (labels use it).
        const optional = ch === '[';
        if (optional) inner.unshift([]);
        alts[alts.length - 1]!.push({ t: 'alt', alts: inner, optional });
      } else if (ch === ')' || ch === '}' || ch === ']') {
        throw new NameSyntaxError(`unmatched "${ch}" at ${i - 1}`);
      } else if (ch === '~' && /\d/.test(src[i] ?? '')) {
        flush();
        let num = '';
        while (/\d/.test(src[i] ?? '')) num += src[i++];
        alts[alts.length - 1]!.push({ t: 'gap', max: Number(num) });
      } else buf += ch;
    }
    if (closer) throw new NameSyntaxError(`a group is never closed with "${closer}"`);
    flush();
    return alts;
  };
  return seq('')[0]!;
}
