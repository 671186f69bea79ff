/**
 * Launches Firefox ESR through puppeteer-core over WebDriver BiDi, installs an unpacked build as a
 * temporary add-on, and routes every HTTPS connection through a CONNECT proxy to the fixture server.
 * The extension's internal UUID is pinned by pref so its pages have a known moz-extension:// URL.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type ConnectProxy, startConnectProxy } from './proxy.ts';
import { type BrowserSession, DEFAULT_TIMEOUT, openPopupWith, POPUP_PATH, type TestPage } from './session.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxSession extends BrowserSession {
  readonly name: 'firefox';
  readonly browser: Browser;
  readonly geckoId: string;
  readonly uuid: string;
}

export interface FirefoxOptions {
  /** Unpacked Firefox build, e.g. dist/firefox. */
  dist: string;
  /** Fixture server port every HTTPS tunnel goes to. */
  serverPort: number;
  /** Hosts to tunnel to the server; others are refused. Default: all (the server 404s unknown ones). */
  hosts?: string[];
  headed?: boolean;
  /**
   * Reuse this profile folder so a test can restart with the same profile. The add-on is temporary
   * (gone at shutdown and installed again on launch); its storage and UUID are kept by pref.
   */
  profileDir?: string;
  viewport?: { width: number; height: number };
}

function wrapPage(page: Page): TestPage {
  return {
    raw: page,
    url: () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load', timeout: DEFAULT_TIMEOUT });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async waitForSelector(selector, options) {
      await page.waitForSelector(selector, { timeout: options?.timeout ?? DEFAULT_TIMEOUT });
    },
    async waitForFunction(fn, arg, options) {
      // Interval polling: the default (requestAnimationFrame) stalls in tabs that are not in front.
      await page.waitForFunction(
        fn as never,
        { timeout: options?.timeout ?? DEFAULT_TIMEOUT, polling: 100 },
        arg,
      );
    },
    hover: (selector) => page.hover(selector),
    click: (selector) => page.click(selector),
    async screenshot(file, options) {
      await page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage ?? false });
    },
    close: () => page.close(),
  };
}

/**
 * The add-on's internal UUID for a kept profile, the same on every launch: extension storage
 * (storage.local) belongs to the moz-extension:// origin, so a new UUID would look like a new install.
 */
function profileUuid(profileDir: string): string {
  const file = path.join(profileDir, 'standpoint-test-uuid');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(profileDir, { recursive: true });
  const uuid = randomUUID();
  writeFileSync(file, uuid);
  return uuid;
}

/** Starts Firefox ESR with the extension installed; resolves once it is installed. */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const dist = path.resolve(options.dist);
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const wantedId: string = manifest.browser_specific_settings?.gecko?.id;
  if (!wantedId) throw new Error(`${dist} is not a Firefox build (no gecko id in its manifest)`);
  const proxy: ConnectProxy = await startConnectProxy(options.serverPort, options.hosts);
  const uuid = options.profileDir ? profileUuid(options.profileDir) : randomUUID();
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: !options.headed,
    protocol: 'webDriverBiDi',
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    acceptInsecureCerts: true,
    defaultViewport: viewport,
    // Needed to navigate to moz-extension:// pages from automation.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disableIPv6': true,
      'extensions.webextensions.uuids': JSON.stringify({ [wantedId]: uuid }),
      // A temporary add-on is uninstalled at shutdown; keep its storage for same-profile restarts.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Keep the browser quiet: no remote settings, update checks, telemetry, push, captive-portal or
      // first-run traffic, so the only requests are the ones a test causes.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'dom.push.connection.enabled': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.blocklist.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'browser.safebrowsing.provider.mozilla.updateURL': '',
      'browser.region.network.url': '',
      'browser.newtabpage.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.healthreport.uploadEnabled': false,
      'toolkit.telemetry.enabled': false,
      'media.gmp-manager.url': '',
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  });
  const geckoId = await browser.installExtension(dist);
  const extensionBase = `moz-extension://${uuid}/`;

  async function openExtensionPage(pathname: string): Promise<TestPage> {
    const page = await browser.newPage();
    // With --remote-allow-system-access the navigation to moz-extension:// never reports "load":
    // start it, let the short timeout lapse, and let callers wait for content instead.
    await page.goto(extensionBase + pathname.replace(/^\//, ''), { timeout: 2_000 }).catch(() => undefined);
    const target = extensionBase + pathname.replace(/^\//, '');
    await page.waitForFunction(
      (wanted: string) =>
        location.href.startsWith(wanted.split('#')[0]!) && document.readyState === 'complete',
      { timeout: DEFAULT_TIMEOUT },
      target,
    );
    // puppeteer keeps reporting about:blank for this navigation; report where the tab really is.
    const wrapped = wrapPage(page);
    const href = await page.evaluate(() => location.href);
    return { ...wrapped, url: () => (page.url() === 'about:blank' ? href : page.url()) };
  }

  return {
    name: 'firefox',
    browser,
    geckoId,
    uuid,
    extensionBase,
    async open(url) {
      const page = wrapPage(await browser.newPage());
      await page.goto(url);
      return page;
    },
    openExtensionPage,
    openPopup: () => openPopupWith(openExtensionPage),
    async badgeText(target) {
      const wanted = target.url();
      const helper = await openExtensionPage(POPUP_PATH);
      try {
        return await helper.evaluate(async (url: string) => {
          const api = (globalThis as unknown as { browser: import('webextension-polyfill').Browser }).browser;
          const tab = (await api.tabs.query({})).find((t) => t.url === url);
          if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
          return api.action.getBadgeText({ tabId: tab.id });
        }, wanted);
      } finally {
        await helper.close();
      }
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
