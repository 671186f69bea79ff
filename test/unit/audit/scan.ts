/**
 * The static checks the audit tests share: which source constructs Standpoint never uses, and
 * a scanner that reports them as `file:line: what`. Kept apart from the tests so they can prove
 * the scanner catches each construct before trusting it on the real tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Rule {
  id: string;
  pattern: RegExp;
  why: string;
}

/** Constructs that turn text into markup or code: never allowed in src/, with page or dataset text or not. */
export const UNSAFE_SOURCE_RULES: Rule[] = [
  { id: 'innerHTML', pattern: /\binnerHTML\b/, why: 'parses text as HTML' },
  { id: 'outerHTML=', pattern: /\bouterHTML\s*\+?=(?!=)/, why: 'parses text as HTML' },
  { id: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/, why: 'parses text as HTML' },
  { id: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/, why: 'parses text as HTML' },
  { id: 'createContextualFragment', pattern: /\bcreateContextualFragment\b/, why: 'parses text as HTML' },
  { id: 'document.write', pattern: /\bdocument\s*\.\s*write(?:ln)?\s*\(/, why: 'parses text as HTML' },
  { id: 'srcdoc=', pattern: /\.srcdoc\s*=(?!=)/, why: 'parses text as HTML' },
  {
    id: 'eval',
    pattern: /(?:^|[^.\w$])eval\s*\(|\b(?:window|globalThis|self)\s*\.\s*eval\b/,
    why: 'runs text as code',
  },
  {
    id: 'new Function',
    pattern: /\bnew\s+Function\s*\(|(?:^|[^.\w$])Function\s*\(\s*['"`]/,
    why: 'runs text as code',
  },
  { id: 'string timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/, why: 'runs text as code' },
];

/** Ways a script reaches the network. Standpoint sends nothing anywhere, so none may appear in src/. */
export const NETWORK_SOURCE_RULES: Rule[] = [
  // fetch() only of the extension's own files, which never leave the browser.
  { id: 'fetch', pattern: /(?:^|[^.\w$])fetch\s*\((?![^)\n]*runtime\.getURL)/, why: 'network request' },
  { id: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/, why: 'network request' },
  { id: 'WebSocket', pattern: /\bWebSocket\b/, why: 'network connection' },
  { id: 'EventSource', pattern: /\bEventSource\b/, why: 'network connection' },
  { id: 'sendBeacon', pattern: /\bsendBeacon\b/, why: 'network request' },
  { id: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/, why: 'network connection' },
  { id: 'importScripts', pattern: /\bimportScripts\s*\(/, why: 'loads remote code' },
  {
    id: 'remote import',
    pattern: /\b(?:import|from)\s*\(?\s*['"`](?:https?:)?\/\//,
    why: 'loads remote code',
  },
  {
    id: 'remote script src',
    pattern: /<script\b[^>]*\bsrc\s*=\s*['"]?(?:https?:)?\/\//i,
    why: 'loads remote code',
  },
  {
    id: 'remote stylesheet',
    pattern: /<link\b[^>]*\bhref\s*=\s*['"]?(?:https?:)?\/\//i,
    why: 'loads a remote resource',
  },
  {
    id: 'remote @import',
    pattern: /@import\s+(?:url\()?\s*['"]?(?:https?:)?\/\//i,
    why: 'loads a remote resource',
  },
];

/** Removes comments (roughly, line-preserving) so prose like "never use innerHTML" does not trip a rule. */
export function stripComments(source: string): string {
  const blocks = source.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '));
  // A `//` after a quote or a colon is usually inside a string or URL: keep those lines intact.
  const lines = blocks.replace(/(^|[\s;{}(),])\/\/(?!\/?\s*<reference).*$/gm, '$1');
  return lines.replace(/<!--[\s\S]*?-->/g, (block) => block.replace(/[^\n]/g, ' '));
}

export interface Finding {
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** Every match of `rules` in `source`, as 1-based line findings; comments are ignored. */
export function scanText(file: string, source: string, rules: Rule[]): Finding[] {
  const findings: Finding[] = [];
  const lines = stripComments(source).split('\n');
  lines.forEach((line, i) => {
    for (const rule of rules) {
      if (rule.pattern.test(line))
        findings.push({ file, line: i + 1, rule: rule.id, text: line.trim().slice(0, 160) });
    }
  });
  return findings;
}

/** Files under `dir` whose names end with one of `exts`, recursively, skipping node_modules. */
export function listFiles(dir: string, exts: string[]): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (exts.some((ext) => name.endsWith(ext))) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** Scans every file and returns all findings, with paths relative to `root`. */
export function scanFiles(root: string, files: string[], rules: Rule[]): Finding[] {
  return files.flatMap((file) => scanText(path.relative(root, file), readFileSync(file, 'utf8'), rules));
}

/** One line per finding, for a failure message a reader can act on. */
export function formatFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}: ${f.rule}: ${f.text}`).join('\n');
}
