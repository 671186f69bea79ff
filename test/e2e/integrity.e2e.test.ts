/**
 * Page integrity in real browsers: Standpoint must leave every page working, send nothing anywhere
 * and never stack up marks, listeners or errors. Each fixture page (test/fixtures/sites/www.unn.ua/
 * en/integrity/) is opened twice in the same browser: once on www.unn.ua, where the content script
 * runs, and once, byte for byte the same, on OTHER_HOST (www.example.org), where it never runs. The
 * page's own state (window.__integrity.state()), errors and requests must agree between the two.
 *
 * Parts: built-extension audit (manifest, remote code, eval) · hydrated Preact app · editor and
 * forms · body-replacing and infinite-scroll pages · hostile CSS and the tooltip · a page undoing
 * marks · text shown by "Read more" · a strict CSP · frames and shadow roots · a page throwing its
 * own errors · a huge page · corrupt settings · no network · extension reload.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, CDPSession, Page as PwPage, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditManifest } from '../unit/audit/manifest-rules.ts';
import { formatFindings, listFiles, type Rule, scanFiles, UNSAFE_SOURCE_RULES } from '../unit/audit/scan.ts';
import {
  BROWSERS,
  type BrowserName,
  type BrowserSession,
  type ChromiumSession,
  distFor,
  FIXTURE_SITES,
  type FixtureServer,
  inExtension,
  launch,
  OTHER_HOST,
  REPO_ROOT,
  reportFor,
  startFixtureServer,
  type TestPage,
} from './harness/index.ts';
import { POPUP_PATH } from './harness/session.ts';

const HOST = 'www.unn.ua';
const BASE = '/en/integrity';
const FIXTURE_DIR = path.join(FIXTURE_SITES, HOST, 'en', 'integrity');
const READY = 'html[data-standpoint="ready"]';
const MARK = 'standpoint-mark';
const TOOLTIP = 'standpoint-tooltip';

type State = Record<string, unknown>;
interface Watched {
  page: TestPage;
  /** Uncaught page errors and console errors seen since the page was created. */
  errors: string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

/** Serves Preact from node_modules (no CDN) and mirrors every integrity fixture onto OTHER_HOST. */
function registerRoutes(server: FixtureServer): void {
  const vendor = {
    'preact.mjs': path.join(REPO_ROOT, 'node_modules/preact/dist/preact.mjs'),
    'hooks.mjs': path.join(REPO_ROOT, 'node_modules/preact/hooks/dist/hooks.mjs'),
  };
  for (const host of [HOST, OTHER_HOST]) {
    for (const [name, file] of Object.entries(vendor)) {
      server.addPage(host, `${BASE}/vendor/${name}`, readFileSync(file, 'utf8'), TYPES['.mjs']);
    }
  }
  for (const name of readdirSync(FIXTURE_DIR)) {
    const type = TYPES[path.extname(name)];
    if (!type) continue;
    const body = readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
    server.addPage(OTHER_HOST, `${BASE}/${name}`, body, type);
    if (name.endsWith('.html')) server.addPage(OTHER_HOST, `${BASE}/${name.slice(0, -5)}`, body, type);
  }
}

/** Opens `url` in a new tab with error listeners attached before the page starts loading. */
async function openWatched(browser: BrowserSession, url: string): Promise<Watched> {
  const page = await browser.open('about:blank');
  const errors: string[] = [];
  const raw = page.raw as {
    on(event: 'pageerror', fn: (e: Error) => void): void;
    on(event: 'console', fn: (m: { type(): string; text(): string }) => void): void;
  };
  raw.on('pageerror', (e) => errors.push(`pageerror: ${e?.message ?? String(e)}`));
  raw.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/** What Standpoint marked, in document order, as "id:text" (parts of split marks left out). */
function markList(page: TestPage): Promise<string[]> {
  return page.evaluate(
    (tag: string) =>
      Array.from(
        document.querySelectorAll(`${tag}:not([data-sp-part])`),
        (m) => `${m.getAttribute('data-sp-id')}:${m.textContent}`,
      ),
    MARK,
  );
}

/** Waits until the marks and the page text stop changing for ~1 s (at most `max` ms). */
async function settle(page: TestPage, max = 12_000): Promise<void> {
  let last = '';
  let stable = 0;
  const end = Date.now() + max;
  while (Date.now() < end) {
    const now = await page.evaluate(
      (tag: string) => `${document.querySelectorAll(tag).length}/${document.body?.textContent?.length ?? 0}`,
      MARK,
    );
    stable = now === last ? stable + 1 : 0;
    last = now;
    if (stable >= 4) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Problems with the marks as a whole: marks inside marks, empty marks, more than one tooltip host. */
function markProblems(page: TestPage): Promise<string[]> {
  return page.evaluate(
    ([mark, tooltip]: [string, string]) => {
      const out: string[] = [];
      for (const m of Array.from(document.querySelectorAll(mark))) {
        if (m.parentElement?.closest(mark)) out.push(`nested mark: ${m.textContent}`);
        if (!m.textContent) out.push('empty mark');
        if (
          m.closest(
            '[contenteditable]:not([contenteditable="false"]), textarea, input, select, button, script, style',
          )
        ) {
          out.push(`mark in an excluded element: ${m.textContent}`);
        }
      }
      const hosts = document.querySelectorAll(tooltip).length;
      if (hosts > 1) out.push(`${hosts} tooltip hosts`);
      return out;
    },
    [MARK, TOOLTIP] as [string, string],
  );
}

function state(page: TestPage): Promise<State> {
  return page.evaluate(() => (window as unknown as { __integrity: { state(): State } }).__integrity.state());
}

/**
 * The browser's own services (Firefox's remote settings, updates): its traffic reaches the fixture
 * server through the harness proxy too, but it is not Standpoint's and happens without it as well.
 */
const BROWSER_OWN =
  /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net|getpocket\.com)$|^(?:safebrowsing\.googleapis\.com|sb-ssl\.google\.com)$/;

/** Requests the fixture server saw since `from`, as `host/path`, less the browser's own. */
function pageRequests(server: FixtureServer, from = 0): string[] {
  return server.requests.slice(from).filter((r) => !BROWSER_OWN.test(r.slice(0, r.indexOf('/'))));
}

/** Hosts and paths the fixture server was asked for since `from`. */
function requestsSince(server: FixtureServer, from: number): { hosts: Set<string>; paths: Set<string> } {
  const seen = pageRequests(server, from);
  return {
    hosts: new Set(seen.map((r) => r.slice(0, r.indexOf('/')))),
    paths: new Set(seen.map((r) => r.slice(r.indexOf('/')))),
  };
}

/**
 * Opens a fixture page without Standpoint (OTHER_HOST) and with it (HOST), waits for both to
 * finish (`done` in the page, then the marks settle), and checks what every page must keep: the same
 * requests (Standpoint adds none), the same errors (Standpoint adds none), no misplaced marks.
 */
async function openPair(
  browser: BrowserSession,
  server: FixtureServer,
  pathname: string,
  done: () => unknown = () => true,
): Promise<{ base: Watched; ext: Watched }> {
  const r0 = server.requests.length;
  const base = await openWatched(browser, server.url(OTHER_HOST, pathname));
  await base.page.waitForFunction(done);
  await settle(base.page);
  const baseReq = requestsSince(server, r0);

  const r1 = server.requests.length;
  const ext = await openWatched(browser, server.url(HOST, pathname));
  await ext.page.waitForSelector(READY);
  await ext.page.waitForFunction(done);
  await settle(ext.page);
  const extReq = requestsSince(server, r1);

  // Standpoint never runs on OTHER_HOST: its copy must stay unmarked, or the comparison means nothing.
  expect(await markList(base.page)).toEqual([]);
  expect([...extReq.hosts]).toEqual([HOST]);
  const extra = [...extReq.paths].filter((p) => !baseReq.paths.has(p) && p !== '/favicon.ico');
  expect(extra, 'requests only the page with Standpoint made').toEqual([]);
  expect(await markProblems(ext.page)).toEqual([]);
  return { base, ext };
}

async function closeAll(...pages: Watched[]): Promise<void> {
  for (const w of pages) await w.page.close().catch(() => undefined);
}

/** The page's errors with Standpoint must be exactly the page's own (those seen without it). */
function expectSameErrors(base: Watched, ext: Watched): void {
  const norm = (list: string[]) => [...new Set(list.map((e) => e.replaceAll(OTHER_HOST, HOST)))].sort();
  expect(norm(ext.errors)).toEqual(norm(base.errors));
}

/** Listener count of the whole document (all worlds), through the DevTools protocol (Chromium only). */
async function listenerCount(context: BrowserContext, page: TestPage): Promise<number> {
  const cdp: CDPSession = await context.newCDPSession(page.raw as PwPage);
  try {
    let total = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId!,
        depth: expression === 'document' ? -1 : 1,
        pierce: true,
      });
      total += listeners.length;
    }
    return total;
  } finally {
    await cdp.detach();
  }
}

type Api = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(k: string | null): Promise<Record<string, unknown>> }; sync: StorageArea };
  runtime: { reload(): void };
};
type StorageArea = {
  set(v: object): Promise<void>;
  clear(): Promise<void>;
  get(k?: string | null): Promise<Record<string, unknown>>;
};

/** Replaces everything in `storage.sync` with `items` (`{}`: back to the defaults). */
function storeSync(browser: BrowserSession, items: object): Promise<void> {
  return inExtension(
    browser,
    async (value: object) => {
      const g = globalThis as unknown as { chrome?: Api; browser?: Api };
      const api = (g.browser ?? g.chrome)!;
      await api.storage.sync.clear();
      await api.storage.sync.set(value);
    },
    items,
  );
}

/** Static checks on the build the browsers load: manifest, no remote code, no eval in the content script. */
function auditBuild(name: BrowserName): void {
  const dist = distFor(name);
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(auditManifest(manifest)).toEqual([]);

  const remote: Rule[] = [
    { id: 'remote script', pattern: /<script\b[^>]*\bsrc\s*=\s*['"]?(?:https?:)?\/\//i, why: 'remote code' },
    { id: 'remote import', pattern: /\b(?:import|from)\s*\(?\s*['"`](?:https?:)?\/\//, why: 'remote code' },
    { id: 'importScripts', pattern: /\bimportScripts\s*\(\s*['"`](?:https?:)?\/\//, why: 'remote code' },
    {
      id: 'remote stylesheet',
      pattern: /<link\b[^>]*\bhref\s*=\s*['"]?(?:https?:)?\/\//i,
      why: 'remote resource',
    },
  ];
  const files = listFiles(dist, ['.js', '.mjs', '.html', '.css']);
  expect(files.length).toBeGreaterThan(2);
  expect(formatFindings(scanFiles(dist, files, remote))).toBe('');

  // The content script runs inside every news page: no code from strings there, whatever bundled it.
  const scripts = (manifest.content_scripts as { js?: string[] }[]).flatMap((s) => s.js ?? []);
  expect(scripts.length).toBeGreaterThan(0);
  const evalRules = UNSAFE_SOURCE_RULES.filter((r) => r.id === 'eval' || r.id === 'new Function');
  const contentFiles = scripts.map((s) => path.join(dist, s));
  expect(formatFindings(scanFiles(dist, contentFiles, evalRules))).toBe('');
}

describe.each(BROWSERS)('page integrity in %s', (browserName) => {
  let server: FixtureServer;
  let browser: BrowserSession;
  /** Every URL the browser requested (Chromium: pages and the service worker). */
  const browserRequests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    registerRoutes(server);
    browser = await launch(browserName, server);
    if (browser.name === 'chromium') {
      (browser as ChromiumSession).context.on('request', (r) => browserRequests.push(r.url()));
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ships a build with the short permission list, no remote code and no eval in the content script', () => {
    auditBuild(browserName);
  });

  it('keeps a server-rendered Preact app working: hydration adopts the server DOM, updates and clicks still work', async () => {
    const done = () => (window as unknown as { __ticksDone?: boolean }).__ticksDone === true;
    const { base, ext } = await openPair(browser, server, `${BASE}/hydrate.html`, done);
    const before = await state(base.page);
    expect(before).toMatchObject({ reusedButton: true, reusedTick: true, errors: [] });
    expect(await state(ext.page)).toEqual(before);
    expect((await markList(ext.page)).length).toBeGreaterThan(0);

    for (const w of [base, ext]) await w.page.click('#like');
    for (const w of [base, ext])
      await w.page.waitForFunction(() => document.getElementById('like')?.textContent === 'Likes: 1');
    expect(await state(ext.page)).toEqual(await state(base.page));
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it('leaves a rich-text editor and form fields untouched, and typing into them works', async () => {
    const { base, ext } = await openPair(browser, server, `${BASE}/editor.html`);
    expect(await state(ext.page)).toEqual(await state(base.page));
    // Standpoint was active on this page: the article text outside the editor is marked.
    expect((await markList(ext.page)).length).toBeGreaterThan(0);
    expect(
      await ext.page.evaluate(
        (tag: string) => document.querySelectorAll(`#editor ${tag}, #inline-edit ${tag}`).length,
        MARK,
      ),
    ).toBe(0);

    for (const w of [base, ext]) {
      await w.page.click('#editor p:last-child');
      const raw = w.page.raw as {
        keyboard: { press(k: string): Promise<void>; type(t: string): Promise<void> };
      };
      await raw.keyboard.press('End');
      await raw.keyboard.type(' The Kremlin wants a ceasefire first.');
      await w.page.click('#comment');
      await raw.keyboard.press('End');
      await raw.keyboard.type(' Security guarantees too.');
      await w.page.click('#send');
    }
    await new Promise((r) => setTimeout(r, 800));
    const after = await state(base.page);
    expect(after.submitted).toContain('Security guarantees too.');
    expect(String(after.editorHtml)).toContain('The Kremlin wants a ceasefire first.');
    expect(await state(ext.page)).toEqual(after);
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it.each([
    ['article body', 'article'],
    ['whole <body>', 'body'],
  ])('keeps marks correct on a page that replaces its %s repeatedly', async (_what, mode) => {
    const done = () => (window as unknown as { __done?: boolean }).__done === true;
    const { base, ext } = await openPair(
      browser,
      server,
      `${BASE}/replace.html?mode=${mode}&rounds=12`,
      done,
    );
    expect(await state(ext.page)).toEqual(await state(base.page));
    // The same final content loaded at once: what the marks after all the churn must equal.
    const reference = await openWatched(
      browser,
      server.url(HOST, `${BASE}/replace.html?mode=${mode}&rounds=1`),
    );
    await reference.page.waitForSelector(READY);
    await settle(reference.page);
    const expected = await markList(reference.page);
    expect(expected.length).toBeGreaterThan(0);
    expect(await markList(ext.page)).toEqual(expected);
    expect(await ext.page.evaluate(() => document.querySelectorAll('*').length)).toBe(
      await reference.page.evaluate(() => document.querySelectorAll('*').length),
    );
    expectSameErrors(base, ext);
    await closeAll(base, ext, reference);
  });

  it('keeps the headline outside the article marked as its last version, on a page that renders it anew', async () => {
    const done = () => (window as unknown as { __done?: boolean }).__done === true;
    const { base, ext } = await openPair(browser, server, `${BASE}/headline.html?rounds=12`, done);
    expect(await state(ext.page)).toEqual(await state(base.page));
    const reference = await openWatched(browser, server.url(HOST, `${BASE}/headline.html?rounds=1`));
    await reference.page.waitForSelector(READY);
    await settle(reference.page);
    const expected = await markList(reference.page);
    // The last headline's mentions are marked, first: the read starts with it.
    expect(expected[0]).toBe('zelensky:Zelensky');
    expect(expected).toContain('crimea-recognition:recognizing Russian control over Crimea');
    // A header rendered anew brings a full pass, at most one a second: the last may follow the churn.
    await expect.poll(() => markList(ext.page), { timeout: 10_000 }).toEqual(expected);
    expect(await ext.page.evaluate(() => document.querySelectorAll('*').length)).toBe(
      await reference.page.evaluate(() => document.querySelectorAll('*').length),
    );
    expectSameErrors(base, ext);
    await closeAll(base, ext, reference);
  });

  it('keeps marks correct on an infinite-scroll page, with no growth in nodes or listeners beyond the content', async () => {
    const done = () => (window as unknown as { __appended?: number }).__appended === 40;
    const { base, ext } = await openPair(browser, server, `${BASE}/infinite.html?count=40&every=80`, done);
    expect(await state(ext.page)).toEqual(await state(base.page));
    const reference = await openWatched(browser, server.url(HOST, `${BASE}/infinite.html?count=40&static=1`));
    await reference.page.waitForSelector(READY);
    await settle(reference.page);
    const expected = await markList(reference.page);
    expect(expected.length).toBeGreaterThan(0);
    expect(await markList(ext.page)).toEqual(expected);
    const nodes = (w: Watched) => w.page.evaluate(() => document.querySelectorAll('*').length);
    expect(await nodes(ext)).toBe(await nodes(reference));
    if (browser.name === 'chromium') {
      const context = (browser as ChromiumSession).context;
      expect(await listenerCount(context, ext.page)).toBe(await listenerCount(context, reference.page));
    }
    expectSameErrors(base, ext);
    await closeAll(base, ext, reference);
  });

  it.each([
    ['a plain page (control)', 'plain.html'],
    ['a page with hostile CSS', 'hostile.html'],
  ])('shows a readable tooltip on top of %s', async (_what, file) => {
    const { base, ext } = await openPair(browser, server, `${BASE}/${file}`);
    expect(await state(ext.page)).toEqual(await state(base.page));
    const first = `article ${MARK}:not([data-sp-part])`;
    expect((await markList(ext.page)).length).toBeGreaterThan(0);
    await ext.page.hover(first);
    await ext.page.waitForFunction((tag: string) => {
      const host = document.querySelector(tag) as HTMLElement | null;
      return host !== null && !host.hidden && (host.shadowRoot?.textContent ?? '').trim().length > 0;
    }, TOOLTIP);
    await new Promise((r) => setTimeout(r, 300));
    const view = await ext.page.evaluate((tag: string) => {
      const host = document.querySelector(tag) as HTMLElement;
      const inner = Array.from(host.shadowRoot?.children ?? []).filter((el) => el.localName !== 'style');
      const boxes = [host, ...inner]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const box = boxes.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      if (!box) return { visible: false };
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const hit = document.elementFromPoint(cx, cy);
      const style = getComputedStyle(host);
      return {
        visible: true,
        onTop: hit === host,
        hit: hit ? hit.localName : null,
        inViewport: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        big: box.width >= 120 && box.height >= 40,
        opaque: style.opacity === '1' && style.visibility === 'visible',
        text: (host.shadowRoot?.textContent ?? '').trim().length,
      };
    }, TOOLTIP);
    expect(view).toMatchObject({ visible: true, onTop: true, inViewport: true, big: true, opaque: true });
    expect(view.text).toBeGreaterThan(10);
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it('marks the rest of an article when "Read more" shows it', async () => {
    const { base, ext } = await openPair(browser, server, `${BASE}/reveal.html`);
    const within = (sel: string) =>
      ext.page.evaluate(([s, tag]: [string, string]) => document.querySelectorAll(`${s} ${tag}`).length, [
        sel,
        MARK,
      ] as [string, string]);
    // Hidden text is not read, so nothing is marked there yet.
    expect(await within('h1')).toBeGreaterThan(0);
    expect([await within('#more'), await within('#later')]).toEqual([0, 0]);
    for (const w of [base, ext]) await w.page.evaluate(() => document.getElementById('read-more')!.click());
    // Shown by removing `hidden` and by clearing an inline display:none.
    await ext.page.waitForFunction(
      (tag: string) =>
        document.querySelectorAll(`#more ${tag}`).length > 0 &&
        document.querySelectorAll(`#later ${tag}`).length > 0,
      MARK,
    );
    await settle(ext.page);
    expect(await state(ext.page)).toEqual(await state(base.page));
    const marks = await ext.page.evaluate((tag: string) => document.querySelectorAll(tag).length, MARK);
    const url = server.url(HOST, `${BASE}/reveal.html`);
    await expect.poll(async () => (await reportFor(browser, url))?.markCount).toBe(marks);
    expect(await markProblems(ext.page)).toEqual([]);
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it('paints marks and the tooltip under a strict Content-Security-Policy, tripping none of it', async () => {
    const { base, ext } = await openPair(browser, server, `${BASE}/csp.html`);
    // The page's state lists every violation of its policy: none with Standpoint, as without. A
    // violation would also be reported to the site, naming the extension.
    const baseState = await state(base.page);
    expect(baseState.violations).toEqual([]);
    expect(await state(ext.page)).toEqual(baseState);
    const first = `article ${MARK}:not([data-sp-part])`;
    expect((await markList(ext.page)).length).toBeGreaterThan(0);
    // Unstyled, a mark is an inline element like any other: the default style is an underline.
    const look = () =>
      ext.page.evaluate((sel: string) => {
        const style = getComputedStyle(document.querySelector(sel)!);
        return { line: style.textDecorationLine, tinted: style.backgroundColor !== 'rgba(0, 0, 0, 0)' };
      }, first);
    expect(await look()).toEqual({ line: 'underline', tinted: false });
    await ext.page.hover(first);
    await ext.page.waitForFunction((tag: string) => {
      const host = document.querySelector(tag) as HTMLElement | null;
      return host !== null && !host.hidden && (host.shadowRoot?.textContent ?? '').trim().length > 0;
    }, TOOLTIP);
    // The shadow root's stylesheet applies: the host is fixed on top, not a static box in the flow.
    const host = await ext.page.evaluate((tag: string) => {
      const style = getComputedStyle(document.querySelector(tag)!);
      return { position: style.position, zIndex: style.zIndex };
    }, TOOLTIP);
    expect(host).toEqual({ position: 'fixed', zIndex: '2147483647' });
    // A settings change restyles the marks in the open page, still within the policy.
    try {
      await storeSync(browser, { settings: { style: 'background' } });
      await ext.page.waitForFunction(
        (sel: string) =>
          getComputedStyle(document.querySelector(sel)!).backgroundColor !== 'rgba(0, 0, 0, 0)',
        first,
      );
      expect(await look()).toEqual({ line: 'none', tinted: true });
    } finally {
      await storeSync(browser, {});
    }
    expect((await state(ext.page)).violations).toEqual([]);
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it('gives up on a block the page keeps undoing, instead of fighting it for as long as it is open', async () => {
    const { base, ext } = await openPair(browser, server, `${BASE}/fight.html`);
    const restores = () =>
      ext.page.evaluate(() =>
        (window as unknown as { __integrity: { restores(): number } }).__integrity.restores(),
      );
    const settled = await restores();
    await new Promise((r) => setTimeout(r, 3_000));
    // Standpoint marked, the page undid it a few times, and then both let it be.
    expect(settled).toBeGreaterThan(0);
    expect(await restores()).toBe(settled);
    expect(await state(ext.page)).toEqual(await state(base.page));
    // What the page does not touch keeps its marks, and the count the badge shows is what is left.
    const marks = () => ext.page.evaluate((tag: string) => document.querySelectorAll(tag).length, MARK);
    expect(
      await ext.page.evaluate((tag: string) => document.querySelectorAll(`h1 ${tag}`).length, MARK),
    ).toBeGreaterThan(0);
    const url = server.url(HOST, `${BASE}/fight.html`);
    await expect.poll(async () => (await reportFor(browser, url))?.markCount).toBe(await marks());
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it('leaves frames and open shadow roots working', async () => {
    const { base, ext } = await openPair(browser, server, `${BASE}/frames.html`, () => {
      const frame = document.getElementById('frame') as HTMLIFrameElement | null;
      return (
        frame?.contentDocument?.readyState === 'complete' && frame.contentDocument.getElementById('inner')
      );
    });
    expect(await state(ext.page)).toEqual(await state(base.page));
    expect((await markList(ext.page)).length).toBeGreaterThan(0);
    for (const w of [base, ext]) {
      await w.page.evaluate(() =>
        (
          (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.getElementById(
            'inner',
          ) as HTMLElement
        ).click(),
      );
    }
    const after = await state(base.page);
    expect(after.frameCounter).toBe(1);
    expect(await state(ext.page)).toEqual(after);
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  it("annotates a page that throws its own errors and breaks globals, adding no error of Standpoint's", async () => {
    const late = () =>
      ((window as unknown as { __errors?: string[] }).__errors ?? []).some((e) => e.includes('late'));
    const { base, ext } = await openPair(browser, server, `${BASE}/errors.html`, late);
    const own = await state(base.page);
    expect((own.errors as string[]).length).toBeGreaterThanOrEqual(3);
    expect(await state(ext.page)).toEqual(own);
    expect((await markList(ext.page)).length).toBeGreaterThan(0);
    expectSameErrors(base, ext);
    await closeAll(base, ext);
  });

  /**
   * Opens a heavy page (`pathname`) without and with Standpoint and returns the longest
   * stall between frames each saw. The browser's own layout of that much text stalls too, so the
   * page without Standpoint is the yardstick.
   */
  async function stalls(
    pathname: string,
  ): Promise<{ base: number; ext: number; page: Watched; without: Watched }> {
    const gapOf = (w: Watched) =>
      w.page.evaluate(() => (window as unknown as { __maxFrameGap: number }).__maxFrameGap);
    const base = await openWatched(browser, server.url(OTHER_HOST, pathname));
    await new Promise((r) => setTimeout(r, 6_000));
    const baseGap = await gapOf(base);
    const ext = await openWatched(browser, server.url(HOST, pathname));
    await ext.page.waitForSelector(READY, { timeout: 60_000 });
    await settle(ext.page, 60_000);
    await new Promise((r) => setTimeout(r, 2_000));
    return { base: baseGap, ext: await gapOf(ext), page: ext, without: base };
  }

  it('keeps a page with millions of characters responsive and reports it as too large', async () => {
    const { base, ext, page, without } = await stalls(`${BASE}/huge.html?chars=3000000&paras=3000`);
    // "Never frozen": Standpoint adds no stall of a second or more to what the page itself costs.
    expect(ext, `longest stall: ${ext} ms with Standpoint, ${base} ms without`).toBeLessThan(base + 1_000);
    const report = await reportFor(browser, page.page.url());
    const marks = (await markList(page.page)).length;
    expect(report?.state ?? null, 'page report').toBe(marks > 0 ? 'annotated' : 'too-large');
    expectSameErrors(without, page);
    await closeAll(page, without);
  });

  it('keeps a long page under the size limit responsive while annotating it', async () => {
    const { base, ext, page, without } = await stalls(`${BASE}/huge.html?chars=1500000&paras=1500`);
    expect((await markList(page.page)).length).toBeGreaterThan(0);
    expect(ext, `longest stall: ${ext} ms with Standpoint, ${base} ms without`).toBeLessThan(base + 1_000);
    expectSameErrors(without, page);
    await closeAll(page, without);
  }, 180_000);

  it('handles a pathological DOM (400 levels deep, 20,000 inline elements, a name in one node per letter)', async () => {
    const { base, ext, page, without } = await stalls(`${BASE}/pathological.html?depth=400&spans=20000`);
    expect(await state(page.page)).toEqual(await state(without.page));
    expect(ext, `longest stall: ${ext} ms with Standpoint, ${base} ms without`).toBeLessThan(base + 1_000);
    expect(await markProblems(page.page)).toEqual([]);
    const report = await reportFor(browser, page.page.url());
    expect(['annotated', 'too-large']).toContain(report?.state);
    expectSameErrors(without, page);
    await closeAll(page, without);
  }, 180_000);

  it('falls back to the defaults and still annotates when storage.sync holds garbage', async () => {
    const garbage = [
      {
        settings: {
          enabled: 'yes',
          kinds: 7,
          density: 42,
          scope: ['page'],
          disabledSites: 'www.unn.ua',
          junk: { a: 1 },
        },
      },
      { settings: 'not settings at all', settings$: { v: 'banana' } },
      { settings: { enabled: true, kinds: { party: 'x' } }, settings$: { v: -3 } },
    ];
    try {
      for (const items of garbage) {
        await storeSync(browser, items);
        const w = await openWatched(browser, server.url(HOST, `${BASE}/plain.html`));
        await w.page.waitForSelector(READY);
        await settle(w.page);
        expect((await markList(w.page)).length, JSON.stringify(items)).toBeGreaterThan(0);
        expect(w.errors).toEqual([]);
        await closeAll(w);
      }
    } finally {
      await storeSync(browser, {});
    }
  });

  it('made no request anywhere but the fixture pages themselves', () => {
    // Firefox sends every connection through the harness proxy to the fixture server, so any other
    // host would show up here; Chromium resolves unknown hosts to nothing, and its own log shows them.
    const hosts = new Set(pageRequests(server).map((r) => r.slice(0, r.indexOf('/'))));
    expect([...hosts].sort()).toEqual([HOST, OTHER_HOST].sort());
    const foreign = browserRequests.filter(
      (u) =>
        !/^(?:https:\/\/(?:www\.unn\.ua|www\.example\.org)\/|chrome-extension:|data:|about:|blob:)/.test(u),
    );
    expect(foreign).toEqual([]);
    if (browser.name === 'chromium') expect(browserRequests.length).toBeGreaterThan(10);
  });

  it('reloads with tabs open: the old script tears down, no duplicate marks, no errors', async () => {
    const w = await openWatched(browser, server.url(HOST, `${BASE}/plain.html`));
    await w.page.waitForSelector(READY);
    await settle(w.page);
    const before = await markList(w.page);
    expect(before.length).toBeGreaterThan(0);

    if (browser.name === 'chromium') {
      const session = browser as ChromiumSession;
      // Chromium 156 disables a command-line-loaded unpacked extension that reloads itself unless developer
      // mode is on (as it is for anyone reloading an unpacked build); turn it on like a developer would.
      const settingsPage = await session.context.newPage();
      await settingsPage.goto('chrome://extensions');
      await settingsPage.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
          }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
      );
      await settingsPage.close();
      const old = session.serviceWorker;
      await old
        .evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.reload())
        .catch(() => undefined);
      // The reloaded extension starts a new worker; wait for it so the new content scripts can be answered.
      const end = Date.now() + 15_000;
      while (Date.now() < end && !session.context.serviceWorkers().some((w: Worker) => w !== old)) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(
        session.context.serviceWorkers().some((w: Worker) => w !== old),
        'the extension came back',
      ).toBe(true);
    } else {
      const helper = await browser.openExtensionPage(POPUP_PATH);
      await helper.evaluate(() => {
        setTimeout(() => (globalThis as unknown as { browser: Api }).browser.runtime.reload(), 50);
      });
      await helper.close().catch(() => undefined);
    }
    await new Promise((r) => setTimeout(r, 2_000));
    await settle(w.page);
    // Either the orphaned script cleaned up (0 marks) or a fresh one re-annotated (the same marks): never both.
    const after = await markList(w.page);
    expect(
      after.length === 0 || JSON.stringify(after) === JSON.stringify(before),
      `marks after reload: ${after.length}`,
    ).toBe(true);
    expect(await markProblems(w.page)).toEqual([]);
    expect(await state(w.page)).toEqual({ text: expect.any(String) });
    expect(w.errors).toEqual([]);

    await w.page.goto(server.url(HOST, `${BASE}/plain.html`));
    await w.page.waitForSelector(READY);
    await settle(w.page);
    expect(await markList(w.page)).toEqual(before);
    await closeAll(w);
  });
});
