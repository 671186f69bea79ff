/**
 * The foundation's promises, checked in both real browsers with the built extension:
 * the content script runs on the UNN (English and Ukrainian editions) and CNN article pages, and its
 * ping is answered by the background (that is what data-standpoint="ready" proves); it does not run on
 * another host, nor outside the news paths of a host listed by path (BBC); the popup opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserSession,
  FIXTURE_ARTICLES,
  type FixtureServer,
  launch,
  OTHER_ARTICLE_PATH,
  OTHER_HOST,
  startFixtureServer,
  type TestPage,
  UNN_ARTICLE_PATH,
} from './harness/index.ts';

const READY = 'html[data-standpoint="ready"]';

/** A short article page with names Standpoint knows, for hosts that have no fixture file. */
function smallArticle(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<article><h1>${title}</h1><p>Ukraine rejects the US proposal to recognize Russia's control over Crimea and
asks for security guarantees and a ceasefire first.</p></article></body></html>`;
}

/** Resolves with what Standpoint left on the page after it had the time a real run needs. */
async function traces(page: TestPage) {
  // Give a (wrongly) injected script the same chance it had on the control page.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return page.evaluate(() => ({
    attr: document.documentElement.hasAttribute('data-standpoint'),
    marks: document.querySelectorAll('standpoint-mark, standpoint-tooltip').length,
  }));
}

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  let server: FixtureServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    server.addPage('www.bbc.com', '/news/articles/fixture-peace-talks', smallArticle('BBC News fixture'));
    server.addPage('www.bbc.com', '/sport/football/fixture-ukraine', smallArticle('BBC Sport fixture'));
    browser = await launch(browserName, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(FIXTURE_ARTICLES)(
    'runs on the $name article ($host) and the background answers it',
    async (article) => {
      const page = await browser.open(server.url(article.host, article.path));
      await page.waitForSelector(READY);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(article.lang);
      // The page's own script still ran: Standpoint must not break the site.
      const pageScript = await page.evaluate(() => {
        const w = window as unknown as { unnPageScriptRan?: boolean; cnnPageScriptRan?: boolean };
        return Boolean(w.unnPageScriptRan || w.cnnPageScriptRan);
      });
      expect(pageScript).toBe(true);
      await page.close();
    },
  );

  it('runs on a BBC news path (hosts listed by path)', async () => {
    const page = await browser.open(server.url('www.bbc.com', '/news/articles/fixture-peace-talks'));
    await page.waitForSelector(READY);
    await page.close();
  });

  it('does not run on a host outside the manifest, nor off the news paths of BBC', async () => {
    // Control first: a supported page in the same session becomes ready, so silence below is meaningful.
    const control = await browser.open(server.url('www.unn.ua', UNN_ARTICLE_PATH));
    await control.waitForSelector(READY);
    await control.close();

    const other = await browser.open(server.url(OTHER_HOST, OTHER_ARTICLE_PATH));
    expect(await other.evaluate(() => document.title)).toContain('Ukraine peace talks');
    expect(await traces(other)).toEqual({ attr: false, marks: 0 });
    await other.close();

    const sport = await browser.open(server.url('www.bbc.com', '/sport/football/fixture-ukraine'));
    expect(await sport.evaluate(() => document.title)).toBe('BBC Sport fixture');
    expect(await traces(sport)).toEqual({ attr: false, marks: 0 });
    await sport.close();
  });

  it('opens the popup and renders its root', async () => {
    const popup = await browser.openPopup();
    expect(popup.url()).toBe(`${browser.extensionBase}src/popup/index.html`);
    const children = await popup.evaluate(() => document.getElementById('root')?.childElementCount ?? 0);
    expect(children).toBeGreaterThan(0);
    await popup.close();
  });
});
