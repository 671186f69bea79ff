/**
 * `standpoint annotate [--json] [--lang auto|en|uk|ru] [--page] <file.html | file.txt | URL | ->`
 *
 * Reads HTML or plain text, extracts the text as the extension would (same extract/ and matcher/
 * code; HTML parsed with linkedom), and prints the mentions it would mark (none wholly inside a link
 * or field): per entry the count and the first one in context, or with --json
 * `{"lang", "chars", "aboutTheWar", "mentions": [{id, kind, text, start, end, nested?}]}` with offsets
 * into the extracted text; `aboutTheWar` false (and a line saying so without --json) where the
 * extension would mark nothing, the page not being about the war. Errors are one line on stderr and
 * exit code 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { isExcludedElement } from '../annotator/highlighter.ts';
import { shownSegment } from '../annotator/resolve.ts';
import { isOnTopic, TOPIC_MIN_SIGNALS, tallyTopic, topicIds } from '../annotator/topic.ts';
import { loadDataset } from '../data/load.ts';
import { pageNameLangs, toNameIndex } from '../data/name-index.ts';
import type { Lang } from '../data/types.ts';
import { type Extracted, extractText, findArticleHead, findArticleRoot } from '../extract/index.ts';
import { compileMatcher, detectLang, type Mention } from '../matcher/index.ts';
import type { CliIO } from './io.ts';

/** The CLI's IO, plus an optional URL reader (tests pass one; the default lives in bin/fetch-url.mjs). */
export interface AnnotateIO extends CliIO {
  fetchUrl?: (url: string) => Promise<{ raw: Buffer; contentType: string; finalUrl: string }>;
}

export const ANNOTATE_USAGE =
  'usage: standpoint annotate [--json] [--lang auto|en|uk|ru] [--page] <file.html | file.txt | URL | ->';

class CliError extends Error {}

interface Args {
  json: boolean;
  lang: 'auto' | Lang;
  page: boolean;
  input: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, lang: 'auto', page: false, input: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--page') args.page = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (v !== 'auto' && v !== 'en' && v !== 'uk' && v !== 'ru')
        throw new CliError(`--lang must be auto, en, uk or ru (got "${v ?? ''}")`);
      args.lang = v;
    } else if (a.startsWith('--') && a !== '-') throw new CliError(`unknown option ${a}; ${ANNOTATE_USAGE}`);
    else if (args.input) throw new CliError(`only one input, got "${args.input}" and "${a}"`);
    else args.input = a;
  }
  if (!args.input) throw new CliError(ANNOTATE_USAGE);
  return args;
}

/** NUL bytes or many invalid UTF-8 sequences in the first 8 KB: not text we can read. */
export function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = head.toString('utf8');
  let bad = 0;
  for (const ch of text) if (ch === '\uFFFD') bad++;
  return bad > 8 && bad / Math.max(1, text.length) > 0.02;
}

function looksHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<!--|<meta|<article|<div|<p[\s>])/i.test(text);
}

interface Input {
  raw: Buffer;
  html: boolean;
  url?: string;
  name: string;
}

async function readInput(spec: string, io: AnnotateIO): Promise<Input> {
  if (/^https?:\/\//i.test(spec)) {
    // Network access is Node-only and lives outside src/ (see bin/fetch-url.mjs).
    const reader = io.fetchUrl ?? (await import('../../bin/fetch-url.mjs')).fetchUrl;
    let got: { raw: Buffer; contentType: string; finalUrl: string };
    try {
      got = await reader(spec);
    } catch (e) {
      throw new CliError((e as Error).message);
    }
    const html = /html|xml/i.test(got.contentType) || looksHtml(got.raw.toString('utf8', 0, 512));
    return { raw: got.raw, html, url: got.finalUrl, name: spec };
  }
  if (spec === '-') {
    const raw = await io.stdin();
    return { raw, html: looksHtml(raw.toString('utf8', 0, 512)), name: 'stdin' };
  }
  let raw: Buffer;
  try {
    raw = fs.readFileSync(spec);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new CliError(`cannot read ${spec}: ${why}`);
  }
  const ext = path.extname(spec).toLowerCase();
  const html =
    ext === '.html' || ext === '.htm' || (ext !== '.txt' && looksHtml(raw.toString('utf8', 0, 512)));
  return { raw, html, name: spec };
}

/**
 * The text the extension would read from this input, its segments flagged where the extension
 * never marks (links, fields, editors: the annotator's own rule). Plain text has no segments.
 */
function extractedOf(
  input: { raw: Buffer; html: boolean; url?: string },
  page = false,
): Extracted & { declaredLang?: string } {
  const source = input.raw.toString('utf8').replace(/^\uFEFF/, '');
  if (!input.html) return { text: source, segments: [] };
  const { document } = parseHTML(source);
  const declaredLang = (document.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const article = page ? null : findArticleRoot(document, input.url);
  // The article's headline and standfirst outside it are read before it, as the extension does.
  const root = article
    ? [...findArticleHead(document, article), article]
    : (document.body ?? document.documentElement);
  const extracted = root ? extractText(root, { flag: isExcludedElement }) : { text: '', segments: [] };
  return { ...extracted, declaredLang };
}

/** The page's declared `<html lang>` as one of ours (`uk-UA` is uk); undefined when none or another. */
function declaredPageLang(declared: string | undefined): Lang | undefined {
  const base = declared?.split('-')[0];
  return base === 'en' || base === 'uk' || base === 'ru' ? base : undefined;
}

/**
 * The mentions the extension would show, by the annotator's own rule (`shownSegment`): a mention
 * wholly inside links or fields is matched (it is context for its neighbours) but not marked, so it
 * is not reported. Plain text (no segments) shows everything.
 */
function shownMentions(extracted: Extracted, mentions: Mention[]): Mention[] {
  if (extracted.segments.length === 0) return mentions;
  return mentions.filter((m) => shownSegment(extracted, m.start, m.end, (seg) => seg.flagged));
}

function contextOf(text: string, m: Mention): string {
  const from = Math.max(0, m.start - 40);
  const to = Math.min(text.length, m.end + 40);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${clean(text.slice(from, m.start))}[${clean(m.text)}]${clean(text.slice(m.end, to))}${to < text.length ? '…' : ''}`;
}

/** Human-readable report: per entry the count and the first mention in context. */
export function formatReport(text: string, lang: string, mentions: Mention[]): string {
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const rows = [...byId].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const lines = [
    `lang: ${lang} · ${mentions.length} mentions of ${byId.size} entries in ${text.length} characters`,
  ];
  const width = Math.max(0, ...rows.map(([id, ms]) => `${id} (${ms[0]!.kind})`.length));
  for (const [id, ms] of rows)
    lines.push(
      `${`${id} (${ms[0]!.kind})`.padEnd(width)}  ${String(ms.length).padStart(3)}×  ${contextOf(text, ms[0]!)}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Run `standpoint annotate`; returns the exit code. */
export async function runAnnotate(argv: string[], io: AnnotateIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    const input = await readInput(args.input, io);
    if (looksBinary(input.raw)) throw new CliError(`${input.name} looks binary, not HTML or text`);
    const { dataset } = loadDataset(io.dataDir);
    if (!dataset) throw new CliError(`cannot load the dataset from ${io.dataDir}`);
    const extracted = extractedOf(input, args.page);
    const { text } = extracted;
    const lang =
      args.lang === 'auto' ? (declaredPageLang(extracted.declaredLang) ?? detectLang(text)) : args.lang;
    // As the extension does: a page compiles the Russian names only when it is written in Russian.
    const index = toNameIndex(dataset, pageNameLangs(lang === 'ru'));
    const matcher = compileMatcher(index);
    const found = matcher.find(text, { lang: args.lang });
    const mentions = shownMentions(extracted, found);
    // The extension marks nothing on a page that is not about the war (src/annotator/topic.ts).
    const tally = tallyTopic(found, topicIds(index.entries));
    const aboutTheWar = isOnTopic(tally);
    if (args.json) {
      const list = mentions.map((m) => ({
        id: m.id,
        kind: m.kind,
        text: m.text,
        start: m.start,
        end: m.end,
        ...(m.nested ? { nested: true } : {}),
      }));
      io.out(`${JSON.stringify({ lang, chars: text.length, aboutTheWar, mentions: list })}\n`);
    } else {
      io.out(formatReport(text, lang, mentions));
      if (!aboutTheWar)
        io.out(
          `not about the war: ${tally.signals} mention(s) of its sides or plans (${tally.sides} of a side, ${tally.ukraineSide} of Ukraine's, ${tally.warProposals} proposal(s) only this war has), ${TOPIC_MIN_SIGNALS} needed, one of a side, and Ukraine's side or such a proposal; the extension marks nothing on such a page\n`,
        );
    }
    return 0;
  } catch (e) {
    const msg = e instanceof CliError ? e.message : `unexpected error: ${(e as Error).message}`;
    io.err(`standpoint annotate: ${msg.split('\n')[0]}\n`);
    return 1;
  }
}
