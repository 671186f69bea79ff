/**
 * The name syntax the dataset is written in (README "Name and pattern syntax"):
 *
 *   words separated by spaces     security guarantees
 *   (a|b|c)  alternatives         (recognize|recognise|recognition of) Russia's control over Crimea
 *   [the]    optional part        [the] initial US framework
 *   stem{|у|ом}  suffixes         Крим{|у|ом|і}   гаранті{ї|й|ям} безпеки
 *   ~3       up to 3 other words  lifting ~3 sanctions
 *
 * Groups are plain string alternatives, so they also concatenate: "lift{|ing}" is "lift" or "lifting".
 * A pattern expands at compile time into every literal form; each form becomes a list of steps.
 */
import { MAX_FORMS, type NameNode, NameSyntaxError, parseName } from '../data/name-syntax.ts';
import type { NameCase, NameSpec } from '../data/types.ts';
import { tokenize } from './tokenize.ts';
import { LANGS } from './trie.ts';

/** One name of an entry with its rules spelled out (a plain string in the dataset has none). */
export interface EntryName {
  /** Index into LANGS. */
  lang: number;
  text: string;
  case: NameCase;
  context?: string;
}

/** Every name of `entry` in a language the matcher knows, in dataset order. */
export function* entryNames(entry: { names: Partial<Record<string, NameSpec[]>> }): Generator<EntryName> {
  for (const [lang, specs] of Object.entries(entry.names)) {
    const index = (LANGS as readonly string[]).indexOf(lang);
    if (index < 0) continue;
    for (const spec of specs ?? []) {
      if (typeof spec === 'string') yield { lang: index, text: spec, case: 'auto' };
      else yield { lang: index, text: spec.text, case: spec.case ?? 'auto', context: spec.context };
    }
  }
}

export type Node = NameNode;

/** How a name word constrains the case of the text: any case, Capitalised, or exactly this form. */
export type Shape = 'any' | 'cap' | 'exact';

/**
 * A name's case rule: 'auto' reads each word's shape from how it is written (shapeOf), 'exact' and
 * 'any' force one shape on every word. 'strict' is 'auto' with every ALL-CAPS word exact, for the
 * built-in blockers whose capitals are the point ("KHARKIV, Ukraine (AP)" is a dateline,
 * "Kharkiv, Ukraine's second city" is not).
 */
export type CaseRule = NameCase | 'strict';

export type Step =
  | { t: 'word'; key: string; form: string; shape: Shape }
  /** A hyphen in a name: matches a hyphen or nothing ("cease-fire" ~ "cease fire"). */
  | { t: 'hyphen' }
  | { t: 'gap'; max: number };

/** Thrown for a malformed name; the message says where. */
export class PatternError extends Error {}

/** Parse a name into its syntax tree (src/data/name-syntax.ts, the one parser of the syntax). */
export function parse(src: string): Node[] {
  try {
    return parseName(src);
  } catch (err) {
    if (err instanceof NameSyntaxError) throw new PatternError(`${err.message} in "${src}"`);
    throw err;
  }
}

export type Piece = string | { gap: number };

/** Expand a parsed sequence into every literal form (strings with gap markers). */
export function expand(nodes: Node[]): Piece[][] {
  let forms: Piece[][] = [[]];
  for (const node of nodes) {
    let options: Piece[][];
    if (node.t === 'text') options = [[node.s]];
    else if (node.t === 'gap') options = [[{ gap: node.max }]];
    // An optional part's empty alternative comes last here: the forms keep the order the matcher
    // has always compiled them in (the parser puts it first, for labels).
    else
      options = (node.optional ? [...node.alts.slice(1), node.alts[0]!] : node.alts).flatMap((alt) =>
        expand(alt),
      );
    const next: Piece[][] = [];
    for (const f of forms) for (const o of options) next.push(f.concat(o));
    if (next.length > MAX_FORMS) throw new PatternError(`more than ${MAX_FORMS} forms`);
    forms = next;
  }
  return forms;
}

/**
 * Case shape of one name word under the 'auto' rule. An ALL-CAPS word is exact ("US" is not "us",
 * "EU" not "eu"), except one of four letters or more, a name said as a word, which British house
 * styles print in title case ("Nato", "Himars", "Purl"): it is Capitalised, so either spelling
 * matches. Under 'strict', every ALL-CAPS word is exact.
 */
export function shapeOf(form: string, strict = false): Shape {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return letters.length >= 4 && !strict ? 'cap' : 'exact';
  const first = letters[0] ?? '';
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return 'cap';
  return 'any';
}

/** Steps of one space-free chunk of name text, with their part of the de-duplication signature. */
interface Chunk {
  steps: Step[];
  sig: string;
}

/** A cache of tokenised chunks, shared by every pattern of one compile. */
export type ChunkCache = Map<string, Chunk>;

/** Tokenise one chunk of name text (no spaces in it) into steps under the case rule. */
function chunkSteps(chunk: string, caseRule: CaseRule): Chunk {
  const steps: Step[] = [];
  let sig = '';
  for (const tok of tokenize(chunk)) {
    if (tok.key === '-') {
      steps.push({ t: 'hyphen' });
      sig += '-\u0002';
      continue;
    }
    const shape: Shape =
      caseRule === 'any'
        ? 'any'
        : caseRule === 'exact'
          ? 'exact'
          : tok.key === "'s"
            ? 'any'
            : shapeOf(tok.form, caseRule === 'strict');
    steps.push({ t: 'word', key: tok.key, form: tok.form, shape });
    sig += `${shape}\u0001${tok.key}\u0001${tok.form}\u0002`;
  }
  return { steps, sig };
}

/**
 * Expand a name into step lists, one per literal form, applying its case rule to each word.
 * `cache` (one per compile) keeps tokenised chunks: the forms of a name share most of their words.
 */
export function compilePattern(
  text: string,
  caseRule: CaseRule = 'auto',
  cache: ChunkCache = new Map(),
): Step[][] {
  const out: Step[][] = [];
  const seen = new Set<string>();
  for (const form of expand(parse(text))) {
    let { steps, sig } = formSteps(form, caseRule, cache);
    let end = steps.length;
    while (end > 0 && steps[end - 1]!.t !== 'word') end--;
    let begin = 0;
    while (begin < end && steps[begin]!.t !== 'word') begin++;
    if (begin === end) continue;
    if (begin > 0 || end < steps.length) {
      steps = steps.slice(begin, end);
      sig = signature(steps);
    }
    if (!seen.has(sig)) {
      seen.add(sig);
      out.push(steps);
    }
  }
  return out;
}

/**
 * Steps of one expanded form, untrimmed, with its de-duplication signature. Adjacent text pieces
 * join first (so "lift{|ing}" is one word), then the joined text is tokenised; no token spans a
 * space, so it is tokenised chunk by chunk between spaces, each chunk once per compile.
 */
export function formSteps(
  form: Piece[],
  caseRule: CaseRule,
  cache: ChunkCache,
): { steps: Step[]; sig: string } {
  let steps: Step[] = [];
  let sig = '';
  let textBuf = '';
  const flush = () => {
    for (const chunk of textBuf.split(' ')) {
      if (chunk === '') continue;
      const key = `${caseRule}\u0001${chunk}`;
      let c = cache.get(key);
      if (!c) {
        c = chunkSteps(chunk, caseRule);
        cache.set(key, c);
      }
      if (c.steps.length === 0) continue;
      steps = steps.length === 0 ? c.steps.slice() : steps.concat(c.steps);
      sig += c.sig;
    }
    textBuf = '';
  };
  for (const p of form) {
    if (typeof p === 'string') textBuf += p;
    else {
      flush();
      steps.push({ t: 'gap', max: p.gap });
      sig += `~${p.gap}\u0002`;
    }
  }
  flush();
  return { steps, sig };
}

/** De-duplication signature of a trimmed step list (the rare path; chunks carry theirs). */
function signature(steps: Step[]): string {
  let sig = '';
  for (const s of steps)
    sig +=
      s.t === 'word'
        ? `${s.shape}\u0001${s.key}\u0001${s.form}\u0002`
        : s.t === 'gap'
          ? `~${s.max}\u0002`
          : '-\u0002';
  return sig;
}
