/**
 * Launches Debian's Chromium (playwright-core persistent context) with an unpacked build loaded and
 * every served host mapped to the fixture server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { Browser as WebExtBrowser } from 'webextension-polyfill';
import { type BrowserSession, DEFAULT_TIMEOUT, openPopupWith, type TestPage } from './session.ts';

/** `chrome.*` in Chromium MV3 returns promises, so the polyfill's types describe it well enough. */
declare const chrome: WebExtBrowser;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export interface ChromiumSession extends BrowserSession {
  readonly name: 'chromium';
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The background service worker (evaluate `chrome.*` calls in it). */
  readonly serviceWorker: Worker;
  /** Badge text by tab id or page. */
  badgeText(target: TestPage | number): Promise<string>;
}

export interface ChromiumOptions {
  /** Unpacked Chrome build, e.g. dist/chrome. */
  dist: string;
  /** Fixture server port every served host resolves to. */
  serverPort: number;
  /** Hosts to map (default: none, i.e. nothing reaches the network). */
  hosts: string[];
  /** Show a window (needs DISPLAY). */
  headed?: boolean;
  /** Reuse this profile folder (kept on close) so a test can restart the browser with the same profile. */
  profileDir?: string;
  viewport?: { width: number; height: number };
}

function wrapPage(page: Page): TestPage {
  return {
    raw: page,
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitForSelector(selector, options) {
      await page.waitForSelector(selector, {
        state: 'attached',
        timeout: options?.timeout ?? DEFAULT_TIMEOUT,
      });
    },
    async waitForFunction(fn, arg, options) {
      // Interval polling: the default (requestAnimationFrame) can stall in tabs that are not in front.
      await page.waitForFunction(fn as never, arg, {
        timeout: options?.timeout ?? DEFAULT_TIMEOUT,
        polling: 100,
      });
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    async screenshot(file, options) {
      await page.screenshot({ path: file, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
  };
}

/** Starts Chromium with the extension; resolves once its service worker is up. */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const dist = path.resolve(options.dist);
  const userDir = options.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'standpoint-chromium-'));
  const rules = options.hosts.map((host) => `MAP ${host} 127.0.0.1:${options.serverPort}`);
  // Everything else fails to resolve, so a test can never reach the real internet by accident.
  rules.push('MAP * ~NOTFOUND');
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${rules.join(', ')}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-default-browser-check',
      // Development aid: V8 flags for a bench run, e.g. SP_JS_FLAGS=--trace-deopt (with DEBUG=pw:browser).
      ...(process.env.SP_JS_FLAGS ? [`--js-flags=${process.env.SP_JS_FLAGS}`] : []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: DEFAULT_TIMEOUT }));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionBase = `chrome-extension://${extensionId}/`;

  // Without the "tabs" permission the worker cannot see tab URLs, so the tab is found by making it
  // the active one (all test tabs share one window).
  async function tabIdOf(page: TestPage): Promise<number> {
    await (page.raw as Page).bringToFront();
    const ids = await serviceWorker.evaluate(async () => {
      const tabs = await chrome.tabs.query({ active: true });
      return tabs.map((tab) => tab.id ?? -1);
    });
    if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) {
      throw new Error(`cannot tell which tab shows ${page.url()} (active tabs: ${ids.length})`);
    }
    return ids[0];
  }

  async function openExtensionPage(pathname: string): Promise<TestPage> {
    const page = wrapPage(await context.newPage());
    await page.goto(extensionBase + pathname.replace(/^\//, ''));
    return page;
  }

  return {
    name: 'chromium',
    context,
    extensionId,
    serviceWorker,
    extensionBase,
    async open(url) {
      const page = wrapPage(await context.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    openPopup: () => openPopupWith(openExtensionPage),
    async badgeText(target) {
      const tabId = typeof target === 'number' ? target : await tabIdOf(target);
      return serviceWorker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(userDir, { recursive: true, force: true });
    },
  };
}
