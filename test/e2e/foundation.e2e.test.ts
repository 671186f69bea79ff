/**
 * The foundation's promises, checked in both real browsers with the built extension:
 * the content script runs on the UNN and CNN article pages (and its ping is answered by the background,
 * which is what data-standpoint="ready" proves), it does not run on another host, and the popup opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  type BrowserSession,
  CNN_ARTICLE_PATH,
  type FixtureServer,
  launch,
  OTHER_ARTICLE_PATH,
  OTHER_HOST,
  startFixtureServer,
  UNN_ARTICLE_PATH,
} from './harness/index.ts';

const READY = 'html[data-standpoint="ready"]';

describe.each(BROWSERS)('foundation in %s', (browserName) => {
  let server: FixtureServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script on the UNN article and the background answers it', async () => {
    const page = await browser.open(server.url('www.unn.ua', UNN_ARTICLE_PATH));
    await page.waitForSelector(READY);
    // The page's own script still ran: Standpoint must not break the site.
    expect(
      await page.evaluate(() => (window as unknown as { unnPageScriptRan?: boolean }).unnPageScriptRan),
    ).toBe(true);
    await page.close();
  });

  it('runs the content script on the CNN article', async () => {
    const page = await browser.open(server.url('edition.cnn.com', CNN_ARTICLE_PATH));
    await page.waitForSelector(READY);
    expect(await page.evaluate(() => document.documentElement.dataset.standpoint)).toBe('ready');
    await page.close();
  });

  it('does not run on a host outside the manifest', async () => {
    // Control first: a supported page in the same session becomes ready, so silence below is meaningful.
    const control = await browser.open(server.url('www.unn.ua', UNN_ARTICLE_PATH));
    await control.waitForSelector(READY);
    await control.close();

    const page = await browser.open(server.url(OTHER_HOST, OTHER_ARTICLE_PATH));
    expect(await page.evaluate(() => document.title)).toContain('Ukraine peace talks');
    // Give a (wrongly) injected script the same chance it had on the control page.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const traces = await page.evaluate(() => ({
      attr: document.documentElement.hasAttribute('data-standpoint'),
      marks: document.querySelectorAll('standpoint-mark, standpoint-tooltip').length,
    }));
    expect(traces).toEqual({ attr: false, marks: 0 });
    await page.close();
  });

  it('opens the popup and renders its root', async () => {
    const popup = await browser.openPopup();
    expect(popup.url()).toBe(`${browser.extensionBase}src/popup/index.html`);
    const children = await popup.evaluate(() => document.getElementById('root')?.childElementCount ?? 0);
    expect(children).toBeGreaterThan(0);
    await popup.close();
  });
});
