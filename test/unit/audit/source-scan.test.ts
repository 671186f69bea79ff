/**
 * Source audit: nothing in src/ turns text into markup or code, and nothing reaches the network.
 * The scanner proves on planted snippets that it catches each construct before it is trusted.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatFindings,
  listFiles,
  NETWORK_SOURCE_RULES,
  scanFiles,
  scanText,
  UNSAFE_SOURCE_RULES,
} from './scan.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SRC = path.join(ROOT, 'src');
const SOURCE_EXTS = ['.ts', '.tsx', '.js', '.mjs', '.jsx', '.html', '.css'];

const PLANTED_UNSAFE: Record<string, string> = {
  innerHTML: 'el.innerHTML = text;',
  'outerHTML=': 'node.outerHTML = "<b>x</b>";',
  insertAdjacentHTML: "host.insertAdjacentHTML('beforeend', label);",
  dangerouslySetInnerHTML: '<div dangerouslySetInnerHTML={{ __html: s }} />',
  createContextualFragment: 'range.createContextualFragment(s)',
  'document.write': 'document.write(s)',
  'srcdoc=': 'frame.srcdoc = s;',
  eval: 'const v = eval(code);',
  'new Function': 'const f = new Function("a", body);',
  'string timer': "setTimeout('run()', 10);",
};

const PLANTED_NETWORK: Record<string, string> = {
  fetch: "await fetch('https://example.org/collect', { method: 'POST' });",
  XMLHttpRequest: 'const x = new XMLHttpRequest();',
  WebSocket: "new WebSocket('wss://example.org')",
  EventSource: "new EventSource('/events')",
  sendBeacon: "navigator.sendBeacon('/b', data)",
  RTCPeerConnection: 'new RTCPeerConnection()',
  importScripts: "importScripts('https://cdn.example.org/x.js')",
  'remote import': "import x from 'https://cdn.example.org/x.js';",
  'remote script src': '<script src="https://cdn.example.org/x.js"></script>',
  'remote stylesheet': '<link rel="stylesheet" href="//cdn.example.org/x.css">',
  'remote @import': "@import url('https://fonts.example.org/a.css');",
};

describe('the scanner itself', () => {
  it.each(Object.entries(PLANTED_UNSAFE))('catches %s', (rule, snippet) => {
    expect(scanText('planted.ts', snippet, UNSAFE_SOURCE_RULES).map((f) => f.rule)).toContain(rule);
  });

  it.each(Object.entries(PLANTED_NETWORK))('catches network use: %s', (rule, snippet) => {
    expect(scanText('planted.ts', snippet, NETWORK_SOURCE_RULES).map((f) => f.rule)).toContain(rule);
  });

  it('ignores safe look-alikes and prose in comments', () => {
    const safe = [
      'el.textContent = text; // never innerHTML: page text stays text',
      '/* eval( and new Function( are banned */ const medieval = 1;',
      'const retrieval = evaluate(x); node.outerHTML === other;',
      "const data = await fetch(browser.runtime.getURL('names.json'));",
      "const source = { url: 'https://www.unn.ua/en/news' };",
      'setTimeout(() => run(), 10);',
    ].join('\n');
    const all = [...UNSAFE_SOURCE_RULES, ...NETWORK_SOURCE_RULES];
    expect(formatFindings(scanText('safe.ts', safe, all))).toBe('');
  });

  it('reports the line of a finding', () => {
    const [finding] = scanText('x.ts', 'const a = 1;\n\nel.innerHTML = b;', UNSAFE_SOURCE_RULES);
    expect(finding).toMatchObject({ file: 'x.ts', line: 3, rule: 'innerHTML' });
  });
});

describe('src/', () => {
  const files = listFiles(SRC, SOURCE_EXTS);

  it('is there to scan', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('never parses text as HTML or runs text as code', () => {
    expect(formatFindings(scanFiles(ROOT, files, UNSAFE_SOURCE_RULES))).toBe('');
  });

  it('never opens a network connection or loads remote code', () => {
    expect(formatFindings(scanFiles(ROOT, files, NETWORK_SOURCE_RULES))).toBe('');
  });
});
