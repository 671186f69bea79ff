/**
 * The names every contestant uses, from the real dataset: Standpoint's match source (as the build
 * gives it to the content script), its literal forms for mark.js and the naive loop, and the same
 * multiplied by 10 (distinct names that never occur, so the text work stays the same and only the
 * number of names grows).
 */
import type { NameSpec } from '../../src/data/types.ts';
import type { MatchSource } from '../../src/matcher/index.ts';
import { compilePattern } from '../../src/matcher/pattern.ts';

/** Turns one name (name syntax) into its literal strings: the matcher's own expansion, re-joined. */
export function literalForms(text: string): string[] {
  const out: string[] = [];
  for (const steps of compilePattern(text, 'auto')) {
    let s = '';
    let glue = false;
    for (const step of steps) {
      if (step.t === 'hyphen') {
        s += '-';
        glue = true;
      } else if (step.t === 'gap') {
        // A gap ("up to N other words") has no literal form: the literal is the adjacent version.
        glue = false;
      } else {
        if (s && !glue && !step.form.startsWith("'")) s += ' ';
        s += step.form;
        glue = false;
      }
    }
    if (s) out.push(s);
  }
  return out;
}

/** Every distinct literal form of every name in the source, in every language. */
export function literalNames(source: MatchSource): string[] {
  const all = new Set<string>();
  for (const entry of source.entries) {
    for (const specs of Object.values(entry.names)) {
      for (const spec of specs ?? []) {
        for (const form of literalForms(typeof spec === 'string' ? spec : spec.text)) all.add(form);
      }
    }
  }
  return [...all];
}

/** A word that never occurs in text: "Qzxab", "Qzxac", ... (letters only, so it tokenises as a word). */
function nonsense(k: number): string {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  return `Qzx${a[Math.floor(k / 26) % 26]}${a[k % 26]}`;
}

/** The source with every entry repeated `times` times: the original plus copies whose names never occur. */
export function multiplyNames(source: MatchSource, times: number): MatchSource {
  const entries = [...source.entries];
  for (let k = 1; k < times; k++) {
    const word = nonsense(k);
    for (const entry of source.entries) {
      const names: Record<string, NameSpec[]> = {};
      for (const [lang, specs] of Object.entries(entry.names)) {
        // Half the copies put the unknown word first, half last: both trie shapes get exercised.
        const mutate = (t: string) => (k % 2 ? `${word} ${t}` : `${t} ${word}`);
        names[lang] = (specs ?? []).map((s) =>
          typeof s === 'string' ? mutate(s) : { ...s, text: mutate(s.text) },
        );
      }
      entries.push({ ...entry, id: `${entry.id}~${k}`, names });
    }
  }
  return { ...source, entries };
}
