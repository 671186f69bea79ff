/**
 * Real-browser harness for Standpoint's end-to-end tests.
 *
 * Usage (one test body, both browsers):
 *
 *   import { afterAll, beforeAll, describe, expect, it } from 'vitest';
 *   import { BROWSERS, type BrowserSession, type FixtureServer, launch, startFixtureServer } from './harness/index.ts';
 *
 *   describe.each(BROWSERS)('%s', (browserName) => {
 *     let server: FixtureServer;
 *     let browser: BrowserSession;
 *     beforeAll(async () => {
 *       server = await startFixtureServer();
 *       browser = await launch(browserName, server);      // loads the build of this run (see below)
 *     });
 *     afterAll(async () => {
 *       await browser?.close();
 *       await server?.close();
 *     });
 *
 *     it('annotates the UNN article', async () => {
 *       const page = await browser.open(server.url('www.unn.ua', UNN_ARTICLE_PATH));
 *       await page.waitForSelector('html[data-standpoint="ready"]');
 *       expect(await page.evaluate(() => document.querySelectorAll('standpoint-mark').length)).toBeGreaterThan(0);
 *     });
 *   });
 *
 * What you get:
 * - `startFixtureServer()` -> HTTPS server for every host in manifest.json's content_scripts plus
 *   OTHER_HOST (www.example.org). Serves test/fixtures/sites/<host>/<path>[.html|/index.html];
 *   `server.addPage(host, path, html)` registers a page at runtime; `server.url(host, path)` gives
 *   the real-looking https URL to open (no port: the browsers map the hosts to the server).
 * - `launch('chromium' | 'firefox', server, { headed?, dist? })` -> BrowserSession:
 *   `open(url)`, `openPopup()`, `openExtensionPage(path)`, `badgeText(page)`, `close()`; pages
 *   (TestPage) offer goto/evaluate/waitForSelector/waitForFunction/hover/click/screenshot/close and
 *   `raw` (playwright-core Page in Chromium, puppeteer-core Page in Firefox).
 *   For browser-specific needs call `launchChromium` (context, extensionId, serviceWorker) or
 *   `launchFirefox` (browser, geckoId, uuid) directly.
 * - What a page shows: `snapshot(page, selector)` is the text there as rendered and the marks per id.
 * - Asking the extension: `inExtension(browser, fn, arg)` runs `fn` with its API; `reportFor(browser,
 *   url)` is the page report the background keeps for the tab showing `url`, `reportsFor` all of
 *   them with their keys (extension.ts).
 * - Which build is loaded: `STANDPOINT_DIST` (a dir holding chrome/ and firefox/) if set, e.g. by
 *   `npm test` after its build step; otherwise the e2e global setup (globalSetup.ts) builds both
 *   targets once per run into a private .tmp/ dir, so `npm run test:e2e` works alone and never
 *   races other engineers on dist/.
 * - Fixture paths: UNN_ARTICLE_PATH (www.unn.ua, English), UNN_UK_ARTICLE_PATH (unn.ua, Ukrainian),
 *   CNN_ARTICLE_PATH (edition.cnn.com), OTHER_ARTICLE_PATH (www.example.org); FIXTURE_ARTICLES lists
 *   the three articles with host and language (see fixtures.ts).
 *
 * Notes: Firefox's popup page is opened as a tab at moz-extension://<pinned uuid>/...; in both
 * browsers an extension page opened as a tab is itself the active tab, so tests of "active tab"
 * behaviour should query the tab they mean. `badgeText(page)` brings that page's tab to the front in
 * Chromium (the worker has no "tabs" permission, so it finds the tab as the active one). Hosts the
 * server does not serve fail to resolve (Chromium) or are refused by the proxy (Firefox, when
 * launched through `launch`): no test reaches the internet, and the browsers' own background
 * traffic is switched off so `server.requests` shows only what pages and the extension asked for. `waitForFunction` polls every 100 ms, so it also works in tabs that are not in front.
 * A cold launch takes ~3 s (Chromium) and ~7 s (Firefox); share one session per file.
 */
import path from 'node:path';
import { type ChromiumSession, launchChromium } from './chromium.ts';
import { type FirefoxSession, launchFirefox } from './firefox.ts';
import { REPO_ROOT } from './hosts.ts';
import type { FixtureServer } from './server.ts';
import type { BrowserSession } from './session.ts';

export { CHROMIUM_PATH, type ChromiumSession, launchChromium } from './chromium.ts';
export { inExtension, reportFor, reportsFor, type TabReport } from './extension.ts';
export { FIREFOX_PATH, type FirefoxSession, launchFirefox } from './firefox.ts';
export {
  CNN_ARTICLE_PATH,
  FIXTURE_ARTICLES,
  OTHER_ARTICLE_PATH,
  UNN_ARTICLE_PATH,
  UNN_UK_ARTICLE_PATH,
} from './fixtures.ts';
export { OTHER_HOST, REPO_ROOT, servedHosts, supportedHosts } from './hosts.ts';
export { snapshot } from './marks.ts';
export { FIXTURE_SITES, type FixtureServer, startFixtureServer } from './server.ts';
export type { BrowserSession, TestPage, WaitOptions } from './session.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** The build folder for one browser: $STANDPOINT_DIST/<chrome|firefox>, else dist/<chrome|firefox>. */
export function distFor(name: BrowserName): string {
  const base = process.env.STANDPOINT_DIST
    ? path.resolve(REPO_ROOT, process.env.STANDPOINT_DIST)
    : path.join(REPO_ROOT, 'dist');
  return path.join(base, name === 'chromium' ? 'chrome' : 'firefox');
}

/** Launches `name` with this run's build loaded and all served hosts routed to `server`. */
export async function launch(
  name: BrowserName,
  server: FixtureServer,
  options: {
    headed?: boolean;
    dist?: string;
    viewport?: { width: number; height: number };
    /** Keep and reuse this profile folder (restart tests). */
    profileDir?: string;
  } = {},
): Promise<BrowserSession> {
  const dist = options.dist ?? distFor(name);
  if (name === 'chromium') {
    const session: ChromiumSession = await launchChromium({
      ...options,
      dist,
      serverPort: server.port,
      hosts: server.hosts,
    });
    return session;
  }
  const session: FirefoxSession = await launchFirefox({
    ...options,
    dist,
    serverPort: server.port,
    hosts: server.hosts,
  });
  return session;
}
