/**
 * The annotator in real Chromium and Firefox ESR, on UNN- and CNN-like pages (English and Ukrainian):
 * the expected mentions are marked; the "security guarantees" tooltip shows each party's stance with a
 * source; a person's tooltip names whom they represent; Escape and mouse-out close it; the keyboard
 * path works; the article text, the page's own script, inputs and editors are untouched; appended
 * posts get marked; a single-page navigation re-annotates; turning Standpoint off removes every trace
 * without a reload. Chromium also writes the README's tooltip screenshots (light and dark).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNN_UK_ARTICLE_PATH } from './harness/fixtures.ts';
import {
  BROWSERS,
  type BrowserSession,
  CNN_ARTICLE_PATH,
  type FixtureServer,
  inExtension,
  launch,
  OTHER_HOST,
  REPO_ROOT,
  reportFor,
  snapshot,
  startFixtureServer,
  type TestPage,
  UNN_ARTICLE_PATH,
} from './harness/index.ts';

const READY = 'html[data-standpoint="ready"]';
const CNN = 'edition.cnn.com';
const LIVE_PATH = '/live-news/ukraine-peace-talks-04-25-25';
const GUARDIAN = 'www.theguardian.com';
const GUARDIAN_PATH = '/world/2025/apr/26/ukraine-war-briefing-kyiv-counterproposal';
const MARK = 'standpoint-mark';
const PROPOSAL_MARK = `${MARK}[data-sp-kind="proposal"]`;
/** The proposal colours of the light and dark palettes (src/annotator/page-style.ts: #b45309, #fcd34d). */
const PROPOSAL_COLOUR = { light: 'rgb(180, 83, 9)', dark: 'rgb(252, 211, 77)' };

/** A short article about the war inside a `.shell` wrapper that `css` paints (body and html stay transparent). */
function themedArticle(css: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Theme</title><style>
.shell{padding:20px}
${css}
</style></head><body><div class="shell">
<article><h1>Ukraine asks for security guarantees</h1><p>Ukraine wants security guarantees and a ceasefire
before any talks with Russia, Volodymyr Zelensky said.</p><p>European leaders discussed a reassurance force
for Ukraine after a ceasefire, while the US envoy met Russian officials in Moscow.</p></article></div></body></html>`;
}

/** The underline colour of the page's first proposal mark. */
function proposalColour(page: TestPage): Promise<string> {
  return page.evaluate(
    (s: string) => getComputedStyle(document.querySelector(s)!).textDecorationColor,
    PROPOSAL_MARK,
  );
}

type Keyboard = {
  press(key: string): Promise<void>;
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
};
type Mouse = { move(x: number, y: number): Promise<void>; down(): Promise<void>; up(): Promise<void> };
const keyboard = (page: TestPage) => (page.raw as { keyboard: Keyboard }).keyboard;
const mouse = (page: TestPage) => (page.raw as { mouse: Mouse }).mouse;

async function shortcut(page: TestPage, code: 'KeyN' | 'KeyP'): Promise<void> {
  const kb = keyboard(page);
  await kb.down('Alt');
  await kb.down('Shift');
  await kb.press(code);
  await kb.up('Shift');
  await kb.up('Alt');
}

/** What the tooltip shows right now (read through its open shadow root). */
function tooltip(page: TestPage) {
  return page.evaluate(() => {
    const host = document.querySelector('standpoint-tooltip') as HTMLElement | null;
    const root = host?.shadowRoot;
    const links = [...(root?.querySelectorAll('a') ?? [])].map((a) => ({
      href: a.getAttribute('href'),
      target: a.getAttribute('target'),
      rel: a.getAttribute('rel'),
    }));
    return {
      open: !!host && !host.hidden,
      role: host?.getAttribute('role') ?? null,
      state: root?.querySelector('.card')?.getAttribute('data-state') ?? null,
      kind: root?.querySelector('.kind')?.textContent ?? null,
      text: root?.querySelector('.card')?.textContent ?? '',
      badges: [...(root?.querySelectorAll('.badge') ?? [])].map((b) => b.textContent ?? ''),
      links,
    };
  });
}

async function waitTooltip(page: TestPage, open: boolean): Promise<void> {
  try {
    await page.waitForFunction((want: boolean) => {
      const host = document.querySelector('standpoint-tooltip') as HTMLElement | null;
      const ready = host?.shadowRoot?.querySelector('.card')?.getAttribute('data-state') === 'ready';
      return want ? !!host && !host.hidden && ready : !host || host.hidden;
    }, open);
  } catch (err) {
    const seen = JSON.stringify(await tooltip(page));
    throw new Error(`the tooltip did not become ${open ? 'open' : 'closed'}; it shows ${seen}`, {
      cause: err,
    });
  }
}

type SyncArea = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };

/** Merges `patch` into the stored settings, as the popup would. */
function patchSettings(browser: BrowserSession, patch: object): Promise<void> {
  return inExtension(
    browser,
    async (p: object) => {
      const g = globalThis as unknown as {
        chrome?: { storage: { sync: SyncArea } };
        browser?: { storage: { sync: SyncArea } };
      };
      const sync = (g.browser ?? g.chrome)!.storage.sync;
      const current = ((await sync.get('settings')).settings ?? {}) as object;
      await sync.set({ settings: { ...current, ...p } });
    },
    patch,
  );
}

describe.each(BROWSERS)('annotator in %s', (browserName) => {
  let server: FixtureServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    // The reference copy: the same HTML on a host Standpoint does not run on.
    const cnnHtml = readFileSync(
      path.join(REPO_ROOT, 'test/fixtures/sites', CNN, `${CNN_ARTICLE_PATH}.html`),
      'utf8',
    );
    server.addPage(OTHER_HOST, CNN_ARTICLE_PATH, cnnHtml);
    const guardianHtml = readFileSync(
      path.join(REPO_ROOT, 'test/fixtures/sites', GUARDIAN, `${GUARDIAN_PATH}.html`),
      'utf8',
    );
    server.addPage(OTHER_HOST, GUARDIAN_PATH, guardianHtml);
    browser = await launch(browserName, server, { viewport: { width: 1100, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the CNN article without changing its text or breaking its script', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    await page.waitForSelector(READY);
    await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
    const reference = await browser.open(server.url(OTHER_HOST, CNN_ARTICLE_PATH));
    const plain = await snapshot(reference, 'main');
    const plainHeadline = await snapshot(reference, 'h1');
    await reference.close();
    await page.waitForFunction(() => document.querySelectorAll('standpoint-mark').length > 8);
    const marked = await snapshot(page, 'main');

    expect(marked.text).toBe(plain.text);
    // The headline, printed outside the article body, is read before it: the first mentions are there.
    expect((await snapshot(page, 'h1')).text).toBe(plainHeadline.text);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('h1 standpoint-mark:not([data-sp-part])')].map((m) => m.textContent),
      ),
    ).toEqual(['Ukraine', 'US', 'security guarantees']);
    // The first pass starts before the entries' labels arrive; its marks still carry them.
    expect(
      await page.evaluate(() =>
        document.querySelector('h1 standpoint-mark[data-sp-id="us"]')?.getAttribute('aria-label'),
      ),
    ).toBe('Party: US (United States)');
    expect(Object.keys(plain.ids)).toEqual([]);
    for (const id of ['security-guarantees', 'crimea-recognition', 'ceasefire', 'kellogg', 'ukraine'])
      expect(marked.ids[id], id).toBeGreaterThan(0);
    // Density: a party at its first mention only; proposals at every mention.
    expect(marked.ids.ukraine).toBe(1);
    expect(marked.ids.ceasefire).toBeGreaterThan(1);
    // Nothing outside the article (related links, footer) is marked.
    expect(
      await page.evaluate(
        () => document.querySelectorAll('footer standpoint-mark, .related standpoint-mark').length,
      ),
    ).toBe(0);

    // The page's own script still works: its click counter counts a click on a mark.
    expect(
      await page.evaluate(() => (window as unknown as { cnnPageScriptRan?: boolean }).cnnPageScriptRan),
    ).toBe(true);
    await page.click(`${MARK}[data-sp-id="ceasefire"]`);
    await page.waitForFunction(() => document.getElementById('clicks')?.textContent === '1');
    await keyboard(page).press('Escape');
    await page.close();
  });

  it('shows the security guarantees proposal with stances and sources, and closes on Escape and mouse-out', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
    await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
    await waitTooltip(page, true);
    const shown = await tooltip(page);
    expect(shown.role).toBe('tooltip');
    expect(shown.kind).toBe('Proposal');
    expect(shown.text).toMatch(/Ukraine/);
    expect(shown.text).toMatch(/Data as of \d{4}-\d{2}-\d{2}/);
    expect(shown.badges.length).toBeGreaterThan(0);
    for (const word of shown.badges)
      expect(['supports', 'opposes', 'with conditions', 'mixed', 'unclear']).toContain(word);
    expect(shown.links.length).toBeGreaterThan(0);
    for (const link of shown.links) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    // The mark points at the tooltip for assistive technology.
    expect(
      await page.evaluate(() =>
        document
          .querySelector('standpoint-mark[aria-describedby="standpoint-tooltip"]')
          ?.getAttribute('data-sp-id'),
      ),
    ).toBe('security-guarantees');

    await keyboard(page).press('Escape');
    await waitTooltip(page, false);

    // Leave the mark first: a pointer that never moved does not hover anew.
    await mouse(page).move(5, 780);
    await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
    await waitTooltip(page, true);
    await mouse(page).move(5, 780);
    await waitTooltip(page, false);
    await page.close();
  });

  it('picks the light-on-dark colours for an article on a dark wrapper, though body and html are transparent', async () => {
    server.addPage(CNN, '/2025/04/26/europe/theme-dark', themedArticle('.shell{background:#111;color:#eee}'));
    server.addPage(
      CNN,
      '/2025/04/26/europe/theme-light',
      themedArticle('.shell{background:#fafafa;color:#111}'),
    );
    const colour = async (path: string) => {
      const tab = await browser.open(server.url(CNN, path));
      await tab.waitForSelector(PROPOSAL_MARK);
      const c = await proposalColour(tab);
      await tab.close();
      return c;
    };
    expect(await colour('/2025/04/26/europe/theme-dark')).toBe(PROPOSAL_COLOUR.dark);
    expect(await colour('/2025/04/26/europe/theme-light')).toBe(PROPOSAL_COLOUR.light);
  });

  it("follows the site's dark mode switched on and off after the marks are written", async () => {
    // A theme switch as sites make it: a class on <html>, and the site following the system's theme.
    server.addPage(
      CNN,
      '/2025/04/26/europe/theme-switch',
      themedArticle(`.shell{background:#fafafa;color:#111}
html.dark .shell{background:#111;color:#eee}
@media (prefers-color-scheme: dark){.shell{background:#111;color:#eee}}`),
    );
    const page = await browser.open(server.url(CNN, '/2025/04/26/europe/theme-switch'));
    await page.waitForSelector(PROPOSAL_MARK);
    const colour = () => proposalColour(page);
    const setClass = (name: string) =>
      page.evaluate((c: string) => {
        document.documentElement.className = c;
      }, name);
    const { light: LIGHT, dark: DARK } = PROPOSAL_COLOUR;
    expect(await colour()).toBe(LIGHT);
    await setClass('dark');
    await expect.poll(colour, { timeout: 5000 }).toBe(DARK);
    await setClass('');
    await expect.poll(colour, { timeout: 5000 }).toBe(LIGHT);
    // The system turns dark and the site follows it with a media query: no attribute changes at all.
    // Only Chromium lets a test switch the system's scheme here (CDP).
    if (browserName === 'chromium') {
      const raw = page.raw as PwPage;
      await raw.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(colour, { timeout: 5000 }).toBe(DARK);
      await raw.emulateMedia({ colorScheme: 'light' });
      await expect.poll(colour, { timeout: 5000 }).toBe(LIGHT);
    }
    expect(await page.evaluate(() => document.querySelectorAll('#standpoint-style').length)).toBe(1);
    await page.close();
  });

  it('marks the key points and the lead caption printed between a Guardian headline and its body', async () => {
    const page = await browser.open(server.url(GUARDIAN, GUARDIAN_PATH));
    await page.waitForSelector(READY);
    await page.waitForSelector(`figcaption ${MARK}[data-sp-id="kellogg"]`);
    const reference = await browser.open(server.url(OTHER_HOST, GUARDIAN_PATH));
    const plain = await snapshot(reference, 'article');
    await reference.close();
    expect(Object.keys(plain.ids)).toEqual([]);
    expect((await snapshot(page, 'article')).text).toBe(plain.text);
    const marked = await page.evaluate(() => {
      const ids = (sel: string) =>
        [...document.querySelectorAll(`${sel} standpoint-mark:not([data-sp-part])`)].map((m) =>
          m.getAttribute('data-sp-id'),
        );
      const items = [...document.querySelectorAll('[data-gu-name="standfirst"] li')];
      return {
        items: items.map((li) =>
          [...li.querySelectorAll('standpoint-mark')].map((m) => m.getAttribute('data-sp-id')),
        ),
        caption: ids('figcaption'),
        meta: ids('[data-gu-name="meta"]'),
        // The headline and the key points are read before the body: the page's first mark is there.
        first: document
          .querySelector('standpoint-mark')
          ?.closest('[data-gu-name]')
          ?.getAttribute('data-gu-name'),
      };
    });
    expect(marked.items[0]).toContain('crimea-recognition');
    expect(marked.items[1]).toContain('security-guarantees');
    // A key point that is only a link, and a short one, are not read as the standfirst.
    expect(marked.items[2]).toEqual([]);
    expect(marked.caption).toContain('kellogg');
    expect(marked.meta).toEqual([]);
    expect(['headline', 'standfirst']).toContain(marked.first);
    await page.close();
  });

  it('paints a headline on a dark banner in the dark palette above a light article, through a theme switch', async () => {
    server.addPage(
      CNN,
      '/2025/04/26/europe/theme-banner',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Banner</title><style>
.shell{background:#fafafa;color:#111}
html.dark .shell{background:#111;color:#eee}
.banner{background:#111;color:#eee;padding:24px}
</style></head><body><div class="shell">
<div class="banner"><h1>Ukraine asks for security guarantees</h1></div>
<article><p>Ukraine wants security guarantees and a ceasefire before any talks with Russia, Volodymyr
Zelensky said.</p><p>European leaders discussed a reassurance force for Ukraine after a ceasefire,
while the US envoy met Russian officials in Moscow.</p></article></div></body></html>`,
    );
    const page = await browser.open(server.url(CNN, '/2025/04/26/europe/theme-banner'));
    await page.waitForSelector(`article ${PROPOSAL_MARK}`);
    const colours = () =>
      page.evaluate(
        (s: string) =>
          ['h1', 'article'].map(
            (where) => getComputedStyle(document.querySelector(`${where} ${s}`)!).textDecorationColor,
          ),
        PROPOSAL_MARK,
      );
    const { light: LIGHT, dark: DARK } = PROPOSAL_COLOUR;
    expect(await colours()).toEqual([DARK, LIGHT]);
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await expect.poll(colours, { timeout: 5000 }).toEqual([DARK, DARK]);
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await expect.poll(colours, { timeout: 5000 }).toEqual([DARK, LIGHT]);
    await page.close();
  });

  it('writes no mark into an alert or a status a screen reader would read out again, but marks a live feed', async () => {
    server.addPage(
      CNN,
      '/2025/04/26/europe/alert-banner',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alert</title></head><body><article>
<h1>Ukraine asks for security guarantees</h1>
<div role="alert" id="breaking">Breaking: Zelensky says Ukraine needs security guarantees before a ceasefire</div>
<p id="body">Ukraine wants security guarantees and a ceasefire before any talks with Russia, Volodymyr Zelensky
said. European leaders discussed a reassurance force for Ukraine after a ceasefire.</p>
<p aria-live="assertive" id="live">Update: the US envoy met Russian officials in Moscow to discuss a ceasefire.</p>
<div role="status" id="status">3 new posts: Kyiv answers the US framework on security guarantees</div>
<div aria-live="polite" aria-atomic="true" id="atomic">Now: envoys discuss a ceasefire and security guarantees</div>
<div role="log" id="feed"><p>10:42 Kyiv says security guarantees must come before a ceasefire.</p></div>
</article></body></html>`,
    );
    const page = await browser.open(server.url(CNN, '/2025/04/26/europe/alert-banner'));
    await page.waitForSelector(`#body ${MARK}[data-sp-id="security-guarantees"]`);
    await page.waitForSelector(`#feed ${MARK}[data-sp-id="security-guarantees"]`);
    const state = await page.evaluate((mark: string) => {
      const of = (id: string) => document.getElementById(id)!;
      const marks = (...ids: string[]) => ids.reduce((n, id) => n + of(id).querySelectorAll(mark).length, 0);
      return {
        spokenMarks: marks('breaking', 'live', 'status', 'atomic'),
        texts: ['breaking', 'status', 'atomic'].map((id) => of(id).textContent),
        bodyMarks: marks('body'),
      };
    }, MARK);
    expect(state.spokenMarks).toBe(0);
    expect(state.texts).toEqual([
      'Breaking: Zelensky says Ukraine needs security guarantees before a ceasefire',
      '3 new posts: Kyiv answers the US framework on security guarantees',
      'Now: envoys discuss a ceasefire and security guarantees',
    ]);
    expect(state.bodyMarks).toBeGreaterThan(1);
    await page.close();
  });

  // Only Chromium lets a test switch to print media (CDP); the rule is one CSS media query for both.
  if (browserName === 'chromium')
    it('prints the article without the marks’ underline or tint', async () => {
      const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
      const sel = `${MARK}[data-sp-id="security-guarantees"]`;
      await page.waitForSelector(sel);
      const paint = () =>
        page.evaluate((s: string) => {
          const c = getComputedStyle(document.querySelector(s)!);
          return { line: c.textDecorationLine, background: c.backgroundColor };
        }, sel);
      expect((await paint()).line).toContain('underline');
      const raw = page.raw as PwPage;
      await raw.emulateMedia({ media: 'print' });
      expect(await paint()).toEqual({ line: 'none', background: 'rgba(0, 0, 0, 0)' });
      await raw.emulateMedia({ media: 'screen' });
      expect((await paint()).line).toContain('underline');
      await page.close();
    });

  it("copies the article's text without Standpoint's marks, labels or styles, and leaves other copies to the page", async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    await page.waitForSelector(`main ${MARK}[data-sp-id="security-guarantees"]`);
    // Selects what `which` names, then copies as the browser starts a copy (a copy event whose
    // clipboard the listeners may fill) and reads what ended up on it.
    const copy = (which: 'paragraph' | 'inside-mark' | 'unmarked', pageHandler = false) =>
      page.evaluate(
        ({ which, pageHandler, mark }) => {
          // In the body: the headline's mark has no paragraph around it.
          const marked = document.querySelector(`main ${mark}[data-sp-id="security-guarantees"]`)!;
          // Unmarked: the first element of the page whose own text holds no mark.
          const p =
            which === 'unmarked'
              ? [...document.body.querySelectorAll('*')].find(
                  (x) =>
                    x.children.length === 0 && (x.textContent ?? '').trim().length > 20 && !x.closest(mark),
                )!
              : marked.closest('p')!;
          const range = document.createRange();
          if (which === 'inside-mark') {
            range.setStart(marked.firstChild!, 2);
            range.setEnd(marked.firstChild!, 8);
          } else range.selectNodeContents(p);
          const sel = getSelection()!;
          sel.removeAllRanges();
          sel.addRange(range);
          const own = (e: ClipboardEvent) => {
            e.clipboardData!.setData('text/plain', 'the page’s own copy');
            e.preventDefault();
          };
          if (pageHandler) document.addEventListener('copy', own);
          // Read while the event is dispatched, after every other listener (Standpoint's listens on
          // window too, registered earlier): Firefox hides a copy's data once it is over.
          let text = '';
          let html = '';
          const read = (e: ClipboardEvent) => {
            text = e.clipboardData!.getData('text/plain');
            html = e.clipboardData!.getData('text/html');
          };
          window.addEventListener('copy', read);
          const event = new ClipboardEvent('copy', {
            clipboardData: new DataTransfer(),
            bubbles: true,
            cancelable: true,
          });
          p.dispatchEvent(event);
          document.removeEventListener('copy', own);
          window.removeEventListener('copy', read);
          return {
            handled: event.defaultPrevented,
            text,
            html,
            selected: sel.toString(),
            marksInSelection: p.querySelectorAll(mark).length,
          };
        },
        { which, pageHandler, mark: MARK },
      );
    const whole = await copy('paragraph');
    const inside = await copy('inside-mark');
    const unmarked = await copy('unmarked');
    const own = await copy('paragraph', true);
    expect(whole.marksInSelection).toBeGreaterThan(0);
    // Standpoint fills the clipboard for a selection with marks, or inside one (whose styles the
    // browser would carry as the text's context); no mark selected: the browser copies as it would
    // without Standpoint; a page that fills the clipboard itself keeps its own copy.
    expect([whole.handled, inside.handled, unmarked.handled, own.handled]).toEqual([true, true, false, true]);
    // What was put on the clipboard: only Chromium lets a page read a copy event's data it did not
    // write itself (Firefox hides it; its real copy is read back below).
    if (browserName === 'chromium') {
      expect(whole.text).toBe(whole.selected);
      expect(whole.text).toContain("who will guarantee Ukraine's security");
      expect(whole.html).toContain("who will guarantee Ukraine's security");
      for (const trace of ['standpoint', 'data-sp', 'role=', 'aria-', 'tabindex', 'unset'])
        expect(whole.html).not.toContain(trace);
      // The text's own look, as the browser writes it for a copy.
      expect(whole.html).toMatch(/^<span style="color: rgb\([^"]*font-family:/);
      expect(inside.text).toBe(inside.selected);
      expect(inside.html).not.toContain('unset');
      expect(inside.html).toContain(inside.selected);
      expect({ text: own.text, html: own.html }).toEqual({ text: 'the page’s own copy', html: '' });
    }
    // The real thing: the keyboard shortcut, then what the system clipboard holds (Chromium: read
    // back with the clipboard permission; Firefox: pasted into a field of the page, whose paste
    // event may read it).
    await page.evaluate((mark: string) => {
      const field = document.createElement('div');
      field.id = 'paste-here';
      field.contentEditable = 'true';
      field.addEventListener('paste', (e) => {
        field.dataset.html = e.clipboardData!.getData('text/html');
        field.dataset.text = e.clipboardData!.getData('text/plain');
        e.preventDefault();
      });
      const input = Object.assign(document.createElement('input'), {
        id: 'field',
        value: 'Ukraine ceasefire talks, typed in a field',
      });
      document.body.append(field, input);
      const range = document.createRange();
      range.selectNodeContents(
        document.querySelector(`main ${mark}[data-sp-id="security-guarantees"]`)!.closest('p')!,
      );
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, MARK);
    const kb = keyboard(page);
    const raw = page.raw as PwPage;
    if (browserName === 'chromium')
      await raw
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(raw.url()).origin });
    const copyAndRead = async (): Promise<{ html: string; text: string }> => {
      await kb.down('Control');
      await kb.press('c');
      await kb.up('Control');
      if (browserName === 'chromium')
        return page.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const read = async (type: string) =>
            item!.types.includes(type) ? (await item!.getType(type)).text() : '';
          return { html: await read('text/html'), text: await read('text/plain') };
        });
      const back = await page.evaluate(() => document.activeElement?.id ?? '');
      await page.evaluate(() => document.getElementById('paste-here')!.focus());
      await kb.down('Control');
      await kb.press('v');
      await kb.up('Control');
      const got = await page.evaluate(() => {
        const field = document.getElementById('paste-here')!;
        return { html: field.dataset.html ?? '', text: field.dataset.text ?? '' };
      });
      if (back) await page.evaluate((id: string) => document.getElementById(id)!.focus(), back);
      return got;
    };
    const clipboard = (await copyAndRead()).html;
    expect(clipboard).toContain("who will guarantee Ukraine's security");
    for (const trace of ['standpoint', 'data-sp', 'role=', 'aria-', 'unset'])
      expect(clipboard).not.toContain(trace);
    // Text copied from a form field is the field's own, whatever the page's selection held before.
    await page.evaluate(() => {
      const input = document.getElementById('field') as HTMLInputElement;
      input.focus();
      input.select();
    });
    expect((await copyAndRead()).text).toBe('Ukraine ceasefire talks, typed in a field');
    await page.close();
  });

  it('lets the reader select text across a mark with the mouse, without pinning its tooltip', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    const sel = `${MARK}[data-sp-id="security-guarantees"]`;
    await page.waitForSelector(sel);
    const box = await page.evaluate((s: string) => {
      const mark = document.querySelector(s)!;
      mark.scrollIntoView({ block: 'center' });
      // The first line's box: a mark that wraps has one per line.
      const r = mark.getClientRects()[0]!;
      return { x: r.left + 1, y: r.top + r.height / 2, h: r.height, text: mark.textContent ?? '' };
    }, sel);
    // From the mark's first letter down to the next line, as a reader selects a quote.
    await mouse(page).move(box.x, box.y);
    await mouse(page).down();
    for (let k = 1; k <= 10; k++) await mouse(page).move(box.x + 10 * k, box.y + (box.h * 1.5 * k) / 10);
    await mouse(page).up();
    const after = await page.evaluate(() => ({
      selected: document.getSelection()?.toString() ?? '',
      role: document.querySelector('standpoint-tooltip')?.getAttribute('role') ?? null,
    }));
    expect(after.selected.startsWith(box.text)).toBe(true);
    expect(after.selected.trim().length).toBeGreaterThan(box.text.length);
    // Hovering on the way may open the passing tooltip; the drag never pins it as a dialog.
    expect(after.role).not.toBe('dialog');
    // A double-click on a marked word selects the word, and leaves no tooltip pinned over the text.
    const raw = page.raw as unknown as {
      mouse: { click(x: number, y: number, o: { clickCount?: number; count?: number }): Promise<void> };
    };
    await raw.mouse.click(box.x + 15, box.y, browserName === 'chromium' ? { clickCount: 2 } : { count: 2 });
    await new Promise((r) => setTimeout(r, 300));
    const word = await page.evaluate(() => ({
      selected: document.getSelection()?.toString() ?? '',
      pinned: (() => {
        const host = document.querySelector('standpoint-tooltip') as HTMLElement | null;
        return !!host && !host.hidden && host.getAttribute('role') === 'dialog';
      })(),
    }));
    expect(word.selected.trim().length).toBeGreaterThan(2);
    expect(box.text).toContain(word.selected.trim());
    expect(word.pinned).toBe(false);
    await page.close();
  });

  it('loads the tooltip script on the first hover, into a world the page cannot see', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
    await page.waitForFunction(() => document.documentElement.dataset.standpoint === 'ready');
    // The tooltip host exists only once tooltip.js ran (it creates it); the hand-over global lives in
    // the content scripts' isolated world, never on the page's window.
    const seen = () =>
      page.evaluate(() => ({
        hosts: document.querySelectorAll('standpoint-tooltip').length,
        global: '__standpointTooltipUi' in window,
      }));
    expect(await seen()).toEqual({ hosts: 0, global: false });
    await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
    await waitTooltip(page, true);
    expect((await tooltip(page)).text).toMatch(/Data as of/);
    expect(await seen()).toEqual({ hosts: 1, global: false });
    await page.close();
  });

  it('keeps a tall tooltip inside a short window: it scrolls inside, its footer in view', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    const raw = page.raw as {
      setViewportSize?: (size: { width: number; height: number }) => Promise<void>;
      setViewport?: (size: { width: number; height: number }) => Promise<void>;
    };
    const size = { width: 1100, height: 340 };
    await (raw.setViewportSize ? raw.setViewportSize(size) : raw.setViewport!(size));
    await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
    await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
    await waitTooltip(page, true);
    await page.waitForFunction(() => {
      const host = document.querySelector('standpoint-tooltip')!;
      const r = host.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    const fit = await page.evaluate(() => {
      const host = document.querySelector('standpoint-tooltip')!;
      const card = host.shadowRoot!.querySelector('.card') as HTMLElement;
      const link = host.shadowRoot!.querySelector('.foot .link') as HTMLElement;
      const r = card.getBoundingClientRect();
      const l = link.getBoundingClientRect();
      return {
        inWindow: r.top >= 0 && r.bottom <= innerHeight,
        scrolls: card.scrollHeight > card.clientHeight,
        footerShown: l.top >= r.top && l.bottom <= r.bottom,
      };
    });
    expect(fit).toEqual({ inWindow: true, scrolls: true, footerShown: true });
    await page.close();
  });

  it('names whom a person represents, and the keyboard moves between marks and opens tooltips', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    await page.waitForSelector(`${MARK}[data-sp-id="kellogg"]`);
    await page.hover(`${MARK}[data-sp-id="kellogg"]`);
    await waitTooltip(page, true);
    const person = await tooltip(page);
    expect(person.kind).toBe('Person');
    expect(person.text).toContain('Speaks for United States');
    await keyboard(page).press('Escape');
    await waitTooltip(page, false);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shortcut(page, 'KeyN');
    await waitTooltip(page, true);
    const first = await page.evaluate(() => {
      const a = document.activeElement;
      return { tag: a?.localName, id: a?.getAttribute('data-sp-id'), label: a?.getAttribute('aria-label') };
    });
    expect(first.tag).toBe(MARK);
    expect(first.label).toMatch(/^(Party|Plan|Proposal): /);
    await shortcut(page, 'KeyN');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(second).not.toBe(first.label);
    // Enter pins the tooltip as a dialog and moves focus into it; Escape returns focus to the mark.
    await keyboard(page).press('Enter');
    await page.waitForFunction(
      () => document.querySelector('standpoint-tooltip')?.getAttribute('role') === 'dialog',
    );
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('standpoint-tooltip');
    await keyboard(page).press('Escape');
    await waitTooltip(page, false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(second);
    // One mark in the page's Tab order, the one focus last came to: Tab leaves the marks at once
    // (a live blog's hundreds are not as many stops), Shift+Tab comes back to it.
    const stops = () =>
      page.evaluate(
        (tag: string) =>
          Array.from(document.querySelectorAll(`${tag}[tabindex="0"]`), (m) => m.getAttribute('aria-label')),
        MARK,
      );
    expect(await page.evaluate((tag: string) => document.querySelectorAll(tag).length, MARK)).toBeGreaterThan(
      3,
    );
    expect(await stops()).toEqual([second]);
    await keyboard(page).press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe(MARK);
    await keyboard(page).down('Shift');
    await keyboard(page).press('Tab');
    await keyboard(page).up('Shift');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(second);
    await page.close();
  });

  it('leaves inputs and editors alone, marks appended posts, and re-annotates after a single-page navigation', async () => {
    const page = await browser.open(server.url(CNN, LIVE_PATH));
    await page.waitForSelector(`#post-2 ${MARK}[data-sp-id="crimea-recognition"]`);
    const fields = await page.evaluate(() => ({
      input: (document.getElementById('q-input') as HTMLInputElement).value,
      textarea: (document.getElementById('q-text') as HTMLTextAreaElement).value,
      editorMarks: document.querySelectorAll('#q-editor standpoint-mark').length,
      editorText: document.getElementById('q-editor')?.textContent,
      navMarks: document.querySelectorAll('header standpoint-mark').length,
      script: (window as unknown as { pageScriptRan?: boolean }).pageScriptRan,
      // Page CSS aimed at span/mark must not reach the marks.
      markFont: getComputedStyle(document.querySelector('#post-1 standpoint-mark')!).fontSize,
      paraFont: getComputedStyle(document.querySelector('#post-1 p')!).fontSize,
    }));
    expect(fields).toEqual({
      input: 'Will there be security guarantees for Ukraine?',
      textarea: 'Ukraine wants a ceasefire and security guarantees.',
      editorMarks: 0,
      editorText: 'Draft: Putin rejects the ceasefire; security guarantees pending.',
      navMarks: 0,
      script: true,
      markFont: fields.paraFont,
      paraFont: fields.paraFont,
    });
    // The move-between-marks shortcut typed in a field stays in the field.
    await page.evaluate(() => (document.getElementById('q-input') as HTMLInputElement).focus());
    await shortcut(page, 'KeyN');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-input');

    const postId = await page.evaluate(() =>
      (window as unknown as { appendPost(t: string): string }).appendPost(
        "Ukraine's counterproposal says both sides must commit to a full and unconditional ceasefire before any other step.",
      ),
    );
    await page.waitForSelector(`#${postId} ${MARK}[data-sp-id="ceasefire"]`);

    await page.evaluate(() =>
      (window as unknown as { navigateTo(p: string, t: string[]): void }).navigateTo(
        '/live-news/counterproposal-kellogg',
        [
          "Ukraine's counterproposal was signed by the French, British and Germans and presented to Keith Kellogg, the US special envoy.",
          'It also asks for security guarantees from the United States, not only from Europe.',
        ],
      ),
    );
    await page.waitForSelector(`#nav-p-0 ${MARK}[data-sp-id="kellogg"]`);
    await page.waitForSelector(`#nav-p-1 ${MARK}[data-sp-id="security-guarantees"]`);
    // Exactly one set of marks: the text shows each word once.
    expect(await page.evaluate(() => document.getElementById('nav-p-1')?.textContent)).toBe(
      'It also asks for security guarantees from the United States, not only from Europe.',
    );
    await page.close();
  });

  it('leaves a page about something else unmarked, and marks the war story a single-page navigation brings', async () => {
    // A menu that names Kyiv, as news sites' menus do, around an article that names neither side.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets</title></head>
<body><header><nav><a href="/world">World</a> <a href="/kyiv">Kyiv</a> <a href="/ukraine">Ukraine-Russia war</a></nav></header>
<main><article><h1>Stocks close higher as tariffs are paused</h1>
<p>Stocks rose on Tuesday after President Donald Trump paused new tariffs for ninety days, traders said.</p>
<p>The pause works like a ceasefire in the trade fight, one analyst said, but sanctions on the shipping firms stay.</p>
</article></main>
<script>window.openStory = (paras) => {
  history.pushState({}, '', '/2025/04/25/politics/peace-talks');
  const article = document.querySelector('article');
  article.replaceChildren(...paras.map((t, i) => { const p = document.createElement(i ? 'p' : 'h1'); p.textContent = t; return p; }));
};</script></body></html>`;
    server.addPage(CNN, '/2025/04/22/business/stocks-tariff-pause', html);
    const url = server.url(CNN, '/2025/04/22/business/stocks-tariff-pause');
    const page = await browser.open(url);
    // The background holds the page's report: about something else. The page itself carries no
    // trace of Standpoint (no ready flag), so its scripts cannot tell that the reader uses it.
    await expect
      .poll(() => reportFor(browser, url).then((r) => r?.state ?? ''), { timeout: 30_000 })
      .toBe('off-topic');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-standpoint'))).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('standpoint-mark').length)).toBe(0);
    await page.evaluate(() =>
      (window as unknown as { openStory(p: string[]): void }).openStory([
        'Zelensky rejects recognizing Russia’s control over Crimea',
        'Ukraine wants security guarantees before any ceasefire, Zelensky said after talks with the US envoy.',
        'Officials in Kyiv said the talks would continue in London next week, with European delegations present.',
      ]),
    );
    await page.waitForSelector(`article ${MARK}[data-sp-id="security-guarantees"]`);
    await page.waitForSelector(`article ${MARK}[data-sp-id="crimea-recognition"]`);
    // The menu stays as it was: only the article is marked.
    expect(await page.evaluate(() => document.querySelectorAll('nav standpoint-mark').length)).toBe(0);
    await page.close();
  });

  it('uses Ukrainian on the Ukrainian UNN page', async () => {
    const page = await browser.open(server.url('unn.ua', UNN_UK_ARTICLE_PATH));
    await page.waitForSelector(READY);
    await page.waitForFunction(() => document.querySelectorAll('standpoint-mark').length > 3);
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('standpoint-mark[aria-label]')].map(
        (m) => m.getAttribute('aria-label') ?? '',
      ),
    );
    expect(labels.some((l) => /^(Сторона|План|Пропозиція): /.test(l))).toBe(true);
    const target = await page.evaluate(() => {
      const m = document.querySelector('standpoint-mark[data-sp-kind="proposal"]');
      return m ? `standpoint-mark[data-sp-id="${m.getAttribute('data-sp-id')}"]` : null;
    });
    expect(target).not.toBeNull();
    await page.hover(target!);
    await waitTooltip(page, true);
    const shown = await tooltip(page);
    expect(shown.kind).toBe('Пропозиція');
    expect(shown.text).toMatch(/Дані станом на/);
    await page.close();
  });

  it('asks the background for Russian names on a Russian-language page and marks with them', async () => {
    // RBC-Ukraine's Russian edition lives on a built-in host; the content script ships no Russian names.
    const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Переговоры</title></head>
<body><main><article><h1>Кремль настаивает на выводе войск из Донбасса</h1>
<p>Россия по-прежнему требует вывода украинских войск из Донбасса как условия прекращения огня, заявил Дмитрий Песков.</p>
<p>В Киеве такие требования называют неприемлемыми и настаивают на гарантиях безопасности от партнеров.</p>
<p>Переговорщики обсудят и будущее Запорожской АЭС, сообщают источники, знакомые с ходом встреч.</p>
</article></main></body></html>`;
    server.addPage('www.rbc.ua', '/rus/news/kreml-donbass', html);
    const page = await browser.open(server.url('www.rbc.ua', '/rus/news/kreml-donbass'));
    await page.waitForSelector(READY);
    await page.waitForFunction(() => document.querySelectorAll('standpoint-mark').length >= 4);
    const { ids } = await snapshot(page, 'article');
    expect(ids.russia).toBeGreaterThanOrEqual(1);
    expect(ids['donbas-withdrawal']).toBeGreaterThanOrEqual(1);
    expect(ids.peskov).toBe(1);
    expect(ids['security-guarantees']).toBe(1);
    await page.close();
  });

  it('removes every trace when turned off, without a reload, and comes back when turned on', async () => {
    const page = await browser.open(server.url('www.unn.ua', UNN_ARTICLE_PATH));
    await page.waitForSelector(READY);
    await page.waitForFunction(() => document.querySelectorAll('standpoint-mark').length > 3);
    await page.hover(`${MARK}[data-sp-kind="proposal"]`);
    await waitTooltip(page, true);
    const before = await page.evaluate(() => (window as unknown as { __spMarker?: number }).__spMarker);
    await page.evaluate(() => {
      (window as unknown as { __spMarker: number }).__spMarker = 42;
    });
    try {
      await patchSettings(browser, { enabled: false });
      await page.waitForFunction(
        () =>
          document.querySelectorAll('standpoint-mark, standpoint-tooltip, #standpoint-style').length === 0 &&
          !document.documentElement.hasAttribute('data-standpoint'),
      );
      // Same document (no reload happened).
      expect(await page.evaluate(() => (window as unknown as { __spMarker?: number }).__spMarker)).toBe(42);
      expect(before).toBeUndefined();
    } finally {
      await patchSettings(browser, { enabled: true });
    }
    await page.waitForSelector(READY);
    await page.waitForSelector(MARK);
    await page.close();
  });

  it('an old instance told that a new one arrived removes every trace', async () => {
    const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
    await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
    const reference = await browser.open(server.url(OTHER_HOST, CNN_ARTICLE_PATH));
    const plain = await reference.evaluate(() => document.querySelector('main')!.innerHTML);
    await reference.close();
    await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
    await waitTooltip(page, true);
    // What a newly injected content script announces (DOM events cross isolated worlds).
    await page.evaluate(() => document.dispatchEvent(new CustomEvent('standpoint:takeover')));
    await page.waitForFunction(
      () =>
        document.querySelectorAll('standpoint-mark, standpoint-tooltip, #standpoint-style').length === 0 &&
        !document.documentElement.hasAttribute('data-standpoint'),
    );
    expect(await page.evaluate(() => document.querySelector('main')!.innerHTML)).toBe(plain);
    await page.close();
  });

  // Both browsers: the built-in sites are host permissions now (the tooltip script is injected too).
  it('a re-injected content script takes over without duplicates', async () => {
    const url = server.url(CNN, CNN_ARTICLE_PATH);
    const page = await browser.open(url);
    await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
    await page.waitForFunction(() => document.querySelectorAll('standpoint-mark').length > 8);
    const before = await snapshot(page, 'main');
    await page.evaluate(() => {
      (window as unknown as { __spTakeovers: number }).__spTakeovers = 0;
      document.addEventListener('standpoint:takeover', () => {
        (window as unknown as { __spTakeovers: number }).__spTakeovers++;
      });
    });
    await inExtension(
      browser,
      async (wanted: string) => {
        type Api = {
          tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
          runtime: { getManifest(): { content_scripts?: { js?: string[] }[] } };
          scripting: { executeScript(o: object): Promise<unknown> };
        };
        const g = globalThis as unknown as { chrome?: Api; browser?: Api };
        const api = (g.browser ?? g.chrome)!;
        // Chromium hides tab URLs without the "tabs" permission: fall back to the active tab (the page).
        const tabs = await api.tabs.query({});
        const tab =
          tabs.find((t) => t.url === wanted) ??
          (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];
        const file = api.runtime.getManifest().content_scripts![0]!.js![0]!;
        await api.scripting.executeScript({ target: { tabId: tab!.id! }, files: [file] });
      },
      url,
    );
    await page.waitForFunction(() => (window as unknown as { __spTakeovers: number }).__spTakeovers > 0);
    await page.waitForFunction(
      (count: number) =>
        document.documentElement.dataset.standpoint === 'ready' &&
        document.querySelectorAll('standpoint-mark:not([data-sp-part])').length === count,
      Object.values(before.ids).reduce((a, b) => a + b, 0),
    );
    const after = await snapshot(page, 'main');
    expect(after).toEqual(before);
    expect(
      await page.evaluate(() => ({
        nested: document.querySelectorAll('standpoint-mark standpoint-mark').length,
        styles: document.querySelectorAll('#standpoint-style').length,
        tooltips: document.querySelectorAll('standpoint-tooltip').length,
      })),
      // The new instance loads its tooltip UI on first use: no host yet (the old one's was swept).
    ).toEqual({ nested: 0, styles: 1, tooltips: 0 });
    await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
    await waitTooltip(page, true);
    expect(await page.evaluate(() => document.querySelectorAll('standpoint-tooltip').length)).toBe(1);
    await page.close();
  });

  if (browserName === 'chromium')
    it('writes the tooltip screenshots (light and dark)', async () => {
      const dir = path.join(REPO_ROOT, 'docs/screenshots');
      mkdirSync(dir, { recursive: true });
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.open(server.url(CNN, CNN_ARTICLE_PATH));
        const raw = page.raw as PwPage;
        await raw.emulateMedia({ colorScheme: scheme });
        await page.waitForSelector(`${MARK}[data-sp-id="security-guarantees"]`);
        await page.hover(`${MARK}[data-sp-id="security-guarantees"]`);
        await waitTooltip(page, true);
        await new Promise((r) => setTimeout(r, 300));
        const box = await page.evaluate(() => {
          const r = document.querySelector('standpoint-tooltip')!.getBoundingClientRect();
          const m = document.querySelector('standpoint-mark[aria-describedby]')!.getBoundingClientRect();
          const x = Math.max(0, Math.min(r.left, m.left) - 24);
          const y = Math.max(0, Math.min(r.top, m.top) - 40);
          return {
            x,
            y,
            width: Math.max(r.right, m.right) + 24 - x,
            height: Math.max(r.bottom, m.bottom) + 24 - y,
          };
        });
        await raw.screenshot({ path: path.join(dir, `tooltip-${scheme}.png`), clip: box });
        await page.close();
      }
    });
});
