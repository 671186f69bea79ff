/**
 * Asking the extension itself, for tests that check what it knows (settings, reports): a function run
 * with the extension's API, in Chromium's service worker or, in Firefox, a short-lived extension page.
 */
import type { ChromiumSession } from './chromium.ts';
import { type BrowserSession, POPUP_PATH } from './session.ts';

/** Runs `fn(arg)` where the extension's API is (`browser` in Firefox, `chrome` in Chromium). */
export async function inExtension<R, A>(
  browser: BrowserSession,
  fn: (arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  if (browser.name === 'chromium')
    return (browser as ChromiumSession).serviceWorker.evaluate(fn as never, arg) as Promise<R>;
  const helper = await browser.openExtensionPage(POPUP_PATH);
  try {
    return await helper.evaluate(fn, arg);
  } finally {
    await helper.close();
  }
}

/** What the background last heard from the tab showing `url` (badge and popup read it), or null. */
export interface TabReport {
  /** Its key in storage.session, `report:<tab id>`: one per tab. */
  key: string;
  state: string;
  markCount: number;
}

/**
 * The reports the background keeps for tabs showing `url` (`report:<tab id>` in storage.session),
 * found by the report's URL: Chromium hides the URL of tabs the extension reaches only through its
 * content-script matches. More than one while a closed tab's report is not gone yet.
 */
export function reportsFor(browser: BrowserSession, url: string): Promise<TabReport[]> {
  return inExtension(
    browser,
    async (wanted: string) => {
      type Store = { get(k: null): Promise<Record<string, unknown>> };
      type Api = { storage: { session: Store } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const all = await (g.browser ?? g.chrome)!.storage.session.get(null);
      const found: { key: string; state: string; markCount: number }[] = [];
      for (const [key, value] of Object.entries(all)) {
        const report = value as { url?: string; state?: string; markCount?: number } | null;
        if (key.startsWith('report:') && report?.url === wanted)
          found.push({ key, state: report.state ?? '', markCount: report.markCount ?? 0 });
      }
      return found;
    },
    url,
  );
}

/** The report for the tab showing `url` (the first, when there are several), or null before the page reported. */
export async function reportFor(browser: BrowserSession, url: string): Promise<TabReport | null> {
  return (await reportsFor(browser, url))[0] ?? null;
}
