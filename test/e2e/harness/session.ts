/** The small browser-neutral interface both launchers return, so one test body can run in both. */

/** Options for waits; the default timeout is 15 s. */
export interface WaitOptions {
  timeout?: number;
}

/** A tab, wrapping a playwright-core or puppeteer-core page. Use `raw` for anything else. */
export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (main world) and returns its JSON-serialisable result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitForSelector(selector: string, options?: WaitOptions): Promise<void>;
  /** Resolves once `fn(arg)` is truthy in the page. */
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options?: WaitOptions): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
  /** The underlying playwright-core `Page` (Chromium) or puppeteer-core `Page` (Firefox). */
  readonly raw: unknown;
}

export interface BrowserSession {
  readonly name: 'chromium' | 'firefox';
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  readonly extensionBase: string;
  /** Opens a new tab at `url` and waits for its load event. */
  open(url: string): Promise<TestPage>;
  /** Opens an extension page (path relative to the build root) in a new tab. */
  openExtensionPage(pathname: string): Promise<TestPage>;
  /** Opens the popup's page in a new tab (popup root rendered by the time it resolves). */
  openPopup(): Promise<TestPage>;
  /** The toolbar badge text of the tab showing `page`. */
  badgeText(page: TestPage): Promise<string>;
  close(): Promise<void>;
}

export const POPUP_PATH = 'src/popup/index.html';
export const DEFAULT_TIMEOUT = 15_000;

/** `openPopup` for either browser: the popup's page opened through `openExtensionPage`, root rendered. */
export async function openPopupWith(
  openExtensionPage: (pathname: string) => Promise<TestPage>,
): Promise<TestPage> {
  const page = await openExtensionPage(POPUP_PATH);
  await page.waitForSelector('#root > *');
  return page;
}
