/**
 * The matcher's input for the property tests: the real dataset's names, read straight from data/
 * (entries/<kind>/*.json and meta.json's contexts), plus the literal name phrases so generated
 * text contains real mentions rather than only noise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContextRule, Entry, NameSpec, WordList } from '../../../src/data/types.ts';
import { expandWordLists } from '../../../src/data/word-lists.ts';
import type { MatchSource } from '../../../src/matcher/types.ts';

const DATA = path.resolve(import.meta.dirname, '../../../data');

function readEntries(): Entry[] {
  const entries: Entry[] = [];
  const dir = path.join(DATA, 'entries');
  for (const kind of readdirSync(dir).sort()) {
    for (const file of readdirSync(path.join(dir, kind)).sort()) {
      if (file.endsWith('.json'))
        entries.push(JSON.parse(readFileSync(path.join(dir, kind, file), 'utf8')) as Entry);
    }
  }
  return entries;
}

function readContexts(entries: Entry[]): Record<string, ContextRule> {
  const metaFile = path.join(DATA, 'meta.json');
  const meta = existsSync(metaFile)
    ? (JSON.parse(readFileSync(metaFile, 'utf8')) as {
        contexts?: Record<string, ContextRule>;
        wordLists?: Record<string, WordList>;
      })
    : {};
  const contexts = expandWordLists(meta.contexts ?? {}, meta.wordLists ?? {}, (rule, message) => {
    throw new Error(`data/meta.json: contexts.${rule}: ${message}`);
  });
  // Until meta.json lands, a context a name refers to is stood in by the built-in actor rule, so the
  // context code path still runs.
  for (const entry of entries) {
    for (const specs of Object.values(entry.names)) {
      for (const spec of specs ?? []) {
        if (typeof spec !== 'string' && spec.context && !contexts[spec.context]) {
          contexts[spec.context] = { actor: true, description: 'stand-in for the property tests' };
        }
      }
    }
  }
  return contexts;
}

const entries = readEntries();

/** The dataset's names and contexts, as `compileMatcher` takes them. */
export const MATCH_SOURCE: MatchSource = {
  entries: entries.map((e) => ({ id: e.id, kind: e.kind, names: e.names })),
  contexts: readContexts(entries),
};

/** Entry id -> kind, to check what the matcher reports. */
export const KIND_OF = new Map(entries.map((e) => [e.id, e.kind]));

/** Resolves the name syntax to its first choice: "Кіт{|а} X" -> "Кіт X", "(a|b) c" -> "a c", "[the] x" -> "the x". */
function firstForm(text: string): string {
  return text
    .replace(/\{([^}|]*)[^}]*\}/g, '$1')
    .replace(/\(([^)|]*)[^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]/g, '$1')
    .replace(/~\d+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** First forms of the names that count anywhere (plain strings: no context rule, default case rule). */
export const PLAIN_NAMES: string[] = entries
  .flatMap((e) =>
    Object.values(e.names).flatMap((specs: NameSpec[] | undefined) =>
      (specs ?? []).filter((s) => typeof s === 'string'),
    ),
  )
  .map(firstForm)
  .filter((text) => text.length > 1);

/** Name phrases with the name syntax resolved to its first choice ("Кіт{|а} X" -> "Кіт X", "(a|b)" -> "a"). */
export const NAME_PHRASES: string[] = entries
  .flatMap((e) =>
    Object.values(e.names).flatMap((specs: NameSpec[] | undefined) =>
      (specs ?? []).map((spec) => (typeof spec === 'string' ? spec : spec.text)),
    ),
  )
  .map(firstForm)
  .filter((text) => text.trim().length > 1);
