import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AnnotateIO, runAnnotate } from '../../../src/cli/annotate.ts';
import { ROOT } from './real-data.ts';

function io(stdin = '', fetchUrl?: AnnotateIO['fetchUrl']) {
  const out: string[] = [];
  const err: string[] = [];
  const value: AnnotateIO = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    stdin: async () => Buffer.from(stdin),
    dataDir: path.join(ROOT, 'data'),
    ...(fetchUrl ? { fetchUrl } : {}),
  };
  return { value, out, err };
}

const HTML = path.join(ROOT, 'test/devset/kyivindependent-2025-04-25-trump-crimea.html');

describe('standpoint annotate', { timeout: 60000 }, () => {
  it('prints the JSON contract with offsets into the extracted text', async () => {
    const t = io();
    expect(await runAnnotate(['--json', HTML], t.value)).toBe(0);
    const res = JSON.parse(t.out.join('')) as {
      lang: string;
      mentions: { id: string; kind: string; text: string; start: number; end: number; nested?: boolean }[];
    };
    expect(res.lang).toBe('en');
    expect((res as { aboutTheWar?: boolean }).aboutTheWar).toBe(true);
    expect(res.mentions.some((m) => m.id === 'crimea-recognition')).toBe(true);
    expect(res.mentions.some((m) => m.nested)).toBe(true);
    // Menus, <pre> and <button> are not read: "debug:" text would add a NATO mention.
    expect(res.mentions.filter((m) => m.id === 'nato').length).toBe(1);
    for (const m of res.mentions) expect(m.end - m.start).toBe(m.text.length);
  });
  it('reads plain text from stdin and detects Ukrainian', async () => {
    const t = io('Київ наполягає на гарантіях безпеки від США.');
    expect(await runAnnotate(['--json', '-'], t.value)).toBe(0);
    const res = JSON.parse(t.out.join(''));
    expect(res.lang).toBe('uk');
    expect(res.mentions.map((m: { id: string }) => m.id)).toEqual(['ukraine', 'security-guarantees', 'us']);
    // One mention of a side: the extension would leave this text unmarked.
    expect(res.aboutTheWar).toBe(false);
  });
  it('detects Russian and compiles the Russian names only for a Russian text, as the extension does', async () => {
    const ids = async (text: string, ...flags: string[]) => {
      const t = io(text);
      expect(await runAnnotate(['--json', ...flags, '-'], t.value)).toBe(0);
      const res = JSON.parse(t.out.join('')) as { lang: string; mentions: { id: string }[] };
      return { lang: res.lang, ids: res.mentions.map((m) => m.id) };
    };
    // «Уиткофф» is the Russian spelling; Ukrainian writes «Віткофф».
    expect(
      await ids('Кремль отверг перемирие, которое предложил Уиткофф: условия были неприемлемы.'),
    ).toEqual({
      lang: 'ru',
      ids: ['russia', 'ceasefire', 'witkoff'],
    });
    expect(await ids('Кремль відкинув перемир’я, яке запропонував Уиткофф.')).toEqual({
      lang: 'uk',
      ids: ['russia', 'ceasefire'],
    });
    expect(
      (
        await ids(
          'Кремль отверг перемирие, которое предложил Уиткофф: условия были неприемлемы.',
          '--lang',
          'ru',
        )
      ).lang,
    ).toBe('ru');
    const bad = io('x');
    expect(await runAnnotate(['--lang', 'de', '-'], bad.value)).toBe(1);
    expect(bad.err.join('')).toBe('standpoint annotate: --lang must be auto, en, uk or ru (got "de")\n');
  });
  it('says when a text is not about the war, as the extension decides', async () => {
    const off = io('Trump said the ceasefire in Gaza would hold.');
    expect(await runAnnotate(['-'], off.value)).toBe(0);
    expect(off.out.join('')).toMatch(
      /^not about the war: 0 mention\(s\) of its sides or plans \(0 of a side, 0 of Ukraine's, 0 proposal\(s\) only this war has\), 2 needed, one of a side, and Ukraine's side or such a proposal/m,
    );
    // Russia alone, as in news of the Iran deal: two signals, but not this war.
    const russia = io('Russia and China backed Iran; Russia said the sanctions must not return.');
    expect(await runAnnotate(['-'], russia.value)).toBe(0);
    expect(russia.out.join('')).toMatch(
      /^not about the war: 2 mention\(s\) .*\(2 of a side, 0 of Ukraine's/m,
    );
    const on = io('Zelensky said Ukraine would not accept the ceasefire terms.');
    expect(await runAnnotate(['--json', '-'], on.value)).toBe(0);
    expect(JSON.parse(on.out.join('')).aboutTheWar).toBe(true);
    const onText = io('Zelensky said Ukraine would not accept the ceasefire terms.');
    expect(await runAnnotate(['-'], onText.value)).toBe(0);
    expect(onText.out.join('')).not.toContain('not about the war');
  });
  it('prints counts and the first mention in context without --json', async () => {
    const t = io('The US and Ukraine discussed security guarantees. The US insists.');
    expect(await runAnnotate(['-'], t.value)).toBe(0);
    const text = t.out.join('');
    expect(text).toMatch(/^us \(party\)\s+2×\s+The \[US\] and Ukraine/m);
    expect(text).toMatch(/security-guarantees \(proposal\)\s+1×/);
  });
  it('fetches URLs through the URL reader and reads HTML from them', async () => {
    const html =
      '<html><body><article><p>Moscow has rejected the ceasefire proposal again today.</p></article></body></html>';
    const t = io('', async (url) => ({ raw: Buffer.from(html), contentType: 'text/html', finalUrl: url }));
    expect(await runAnnotate(['--json', 'https://www.example.org/x'], t.value)).toBe(0);
    expect(JSON.parse(t.out.join('')).mentions.map((m: { id: string }) => m.id)).toEqual([
      'russia',
      'ceasefire',
    ]);
  });
  it('reports what the extension marks: nothing wholly inside a link or a field', async () => {
    const html = `<html><body><article>
      <p>Kyiv rejects the ceasefire terms, Zelensky said.</p>
      <p>Read next: <a href="/x">Putin demands sanctions relief</a> and <button>Trump</button></p>
      <p>The <a href="/y">security</a> guarantees were discussed with <span contenteditable>Rubio</span>.</p>
    </article></body></html>`;
    const t = io('', async (url) => ({ raw: Buffer.from(html), contentType: 'text/html', finalUrl: url }));
    expect(await runAnnotate(['--json', 'https://www.example.org/a'], t.value)).toBe(0);
    const res = JSON.parse(t.out.join('')) as { mentions: { id: string; text: string }[] };
    // Buttons are not read at all; link and editable text is read but never marked. A mention that
    // only starts in a link is marked outside it, so it is reported.
    expect(res.mentions.map((m) => m.id)).toEqual([
      'ukraine',
      'ceasefire',
      'zelensky',
      'security-guarantees',
    ]);
  });
  it('fails with one line and exit code 1 on a missing file, an unreadable URL or binary input', async () => {
    const missing = io();
    expect(await runAnnotate(['no/such/file.html'], missing.value)).toBe(1);
    expect(missing.err.join('')).toBe('standpoint annotate: cannot read no/such/file.html: no such file\n');

    const bad = io('', async (url) => {
      throw new Error(`cannot fetch ${url}: HTTP 404`);
    });
    expect(await runAnnotate(['https://example.org/gone'], bad.value)).toBe(1);
    expect(bad.err.join('')).toBe('standpoint annotate: cannot fetch https://example.org/gone: HTTP 404\n');

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sp-')), 'x.bin');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    const bin = io();
    expect(await runAnnotate([file], bin.value)).toBe(1);
    expect(bin.err.join('').split('\n').filter(Boolean)).toHaveLength(1);
    expect(bin.err.join('')).toMatch(/looks binary/);
  });
});
