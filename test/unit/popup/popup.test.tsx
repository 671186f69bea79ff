// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetInfo, ExtraSite, PageReport } from '../../../src/messaging/protocol.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/types.ts';

// Storage must exist before @wxt-dev/storage loads, and the polyfill must never load (it throws
// outside an extension), so both fakes are set up in hoisted code.
const env = await vi.hoisted(async () => {
  const { installFakeStorage } = await import('../settings/fake-storage.ts');
  const { makeFakeBrowser } = await import('./fake-browser.ts');
  return { areas: installFakeStorage(), browser: makeFakeBrowser() };
});

vi.mock('webextension-polyfill', () => ({ default: env.browser }));

const replies = vi.hoisted(() => ({
  report: null as PageReport | null,
  info: { asOf: '2025-04-25', entries: 31, positions: 42, sources: 12 } as DatasetInfo | null,
  sites: [] as ExtraSite[],
}));
const sendMessage = vi.hoisted(() =>
  vi.fn(async (type: string, _data?: unknown): Promise<unknown> => {
    if (type === 'getActiveReport') return replies.report;
    if (type === 'getDatasetInfo') return replies.info;
    if (type === 'listExtraSites') return replies.sites;
    return true;
  }),
);
vi.mock('../../../src/messaging/protocol.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/messaging/protocol.ts')>()),
  sendMessage,
}));

const { App } = await import('../../../src/popup/App.tsx');

const REPORT: PageReport = {
  url: 'https://www.unn.ua/en/news/article',
  state: 'annotated',
  markCount: 6,
  entries: [
    { id: 'us', kind: 'party', count: 2, label: 'United States' },
    { id: 'crimea-recognition', kind: 'proposal', count: 1, label: 'Recognising Crimea as Russian' },
    { id: 'ukraine', kind: 'party', count: 3, label: 'Ukraine' },
    { id: 'us-framework-2025-04', kind: 'plan', count: 1, label: 'US framework' },
  ],
};

let root: HTMLElement;

async function until<T>(probe: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 1000; i++) {
    const got = probe();
    if (got) return got;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error('condition never held');
}

const $ = (sel: string) => root.querySelector(sel);
const text = () => root.textContent ?? '';
const stored = () => env.areas.sync.data.get('settings') as Settings | undefined;

async function mount(settings?: Partial<Settings>) {
  if (settings) {
    env.areas.sync.data.set('settings', { ...DEFAULT_SETTINGS, ...settings });
    env.areas.sync.data.set('settings$', { v: 2 });
  }
  render(<App />, root);
  await until(() => $('section'));
  // The report and dataset info arrive after settings; wait for the About line as the last one.
  await until(() => replies.info === null || $('[data-testid="about-counts"]'));
}

function select(name: string, value: string) {
  const el = $(`select[name="${name}"]`) as HTMLSelectElement;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => {
  env.areas.sync.data.clear();
  env.browser.state.tabUrl = 'https://www.unn.ua/en/news/article';
  env.browser.state.uiLanguage = 'en-US';
  replies.report = REPORT;
  replies.sites = [];
  sendMessage.mockClear();
  env.browser.permissions.request.mockClear();
  root = document.createElement('div');
  document.body.append(root);
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('In this article', () => {
  it('lists the report entries grouped by kind (plans, proposals, parties) with counts', async () => {
    await mount();
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(['Plans (1)', 'Proposals (1)', 'Parties (2)']);
    const parties = [...root.querySelectorAll('[data-testid="group-party"] button')].map((b) =>
      b.getAttribute('data-entry'),
    );
    expect(parties).toEqual(['ukraine', 'us']);
    expect($('[data-entry="ukraine"]')?.textContent).toContain('3');
  });

  it('reveals an entry in the target tab when chosen', async () => {
    await mount();
    ($('[data-entry="crimea-recognition"]') as HTMLButtonElement).click();
    expect(sendMessage).toHaveBeenCalledWith('revealInTab', { tabId: 7, id: 'crimea-recognition' });
  });

  it('follows a new report from the worker without reopening', async () => {
    await mount();
    await until(() => env.browser.listenerCount() > 0);
    env.browser.emitSession({ 'report:7': { newValue: { ...REPORT, entries: REPORT.entries.slice(0, 1) } } });
    await until(() => root.querySelectorAll('button.entry').length === 1);
    expect($('[data-entry="us"]')).not.toBeNull();
  });

  it.each([
    [
      { settings: { disabledSites: ['unn.ua'] }, report: { ...REPORT, state: 'disabled', entries: [] } },
      'off for this site',
    ],
    [{ settings: { enabled: false }, report: null }, 'turned off everywhere'],
    [{ settings: {}, report: { ...REPORT, state: 'no-article', entries: [] } }, 'No article was found'],
    [
      { settings: {}, report: { ...REPORT, state: 'no-matches', entries: [] } },
      'Nothing in this article matches',
    ],
    [{ settings: {}, report: null }, 'has not read this page yet'],
  ] as const)('says why the list is empty (%#)', async (c, why) => {
    replies.report = c.report as PageReport | null;
    await mount(c.settings as Partial<Settings>);
    expect($('[data-testid="article-empty"]')?.textContent).toContain(why);
  });
});

describe('This site and settings', () => {
  it('turns the current site off and on, in storage', async () => {
    await mount();
    const box = $('[data-testid="site-toggle"]') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.labels?.[0]?.textContent).toContain('www.unn.ua');
    box.click();
    await until(() => stored()?.disabledSites.includes('unn.ua'));
    await until(() => !($('[data-testid="site-toggle"]') as HTMLInputElement).checked);
    ($('[data-testid="site-toggle"]') as HTMLInputElement).click();
    await until(() => stored()?.disabledSites.length === 0);
  });

  it('turns Standpoint off globally', async () => {
    await mount();
    ($('[data-testid="global-toggle"]') as HTMLInputElement).click();
    await until(() => stored()?.enabled === false);
  });

  it('saves every choice the moment it changes', async () => {
    await mount();
    select('density', 'every');
    select('style', 'background');
    select('trigger', 'click');
    select('scope', 'page');
    await until(() => stored()?.scope === 'page');
    expect(stored()).toMatchObject({
      density: 'every',
      style: 'background',
      trigger: 'click',
      scope: 'page',
    });
    ($('input[name="kind-party"]') as HTMLInputElement).click();
    await until(() => stored()?.kinds.party === false);
    expect(stored()?.kinds).toEqual({ party: false, plan: true, proposal: true });
  });

  it('labels every control', async () => {
    await mount();
    const controls = [...root.querySelectorAll('input, select, button')] as HTMLElement[];
    expect(controls.length).toBeGreaterThan(10);
    for (const c of controls) {
      const name = (
        c.getAttribute('aria-label') ??
        c.closest('label')?.textContent ??
        c.textContent ??
        ''
      ).trim();
      expect(name, c.outerHTML.slice(0, 80)).not.toBe('');
    }
  });

  it('switches to Ukrainian and to the dark theme from the settings', async () => {
    await mount({ language: 'uk', theme: 'dark' });
    await until(() => text().includes('У цій статті'));
    // Both are set in effects, which run after the render that shows the text.
    await until(() => document.documentElement.lang === 'uk');
    await until(() => document.documentElement.dataset.theme === 'dark');
    select('theme', 'light');
    await until(() => document.documentElement.dataset.theme === 'light');
  });

  it('follows the browser language when the setting is automatic', async () => {
    env.browser.state.uiLanguage = 'uk';
    await mount();
    expect(text()).toContain('Налаштування');
  });

  it('shows no raw message keys in either language', async () => {
    for (const language of ['en', 'uk'] as const) {
      await mount({ language });
      await until(() => $('[data-testid="about-counts"]'));
      const words = (root.textContent ?? '').split(/\s+/);
      expect(words.filter((w) => /^[a-z]+_[a-z_]+$/.test(w))).toEqual([]);
      render(null, root);
    }
  });
});

describe('Other sites', () => {
  beforeEach(() => {
    env.browser.state.tabUrl = 'https://www.example.org/news/ukraine-peace-talks';
    replies.report = null;
  });

  it('asks for the origin permission, then has the worker enable the site', async () => {
    await mount();
    expect($('[data-testid="article-empty"]')?.textContent).toContain("not in Standpoint's list");
    ($('[data-testid="enable-site"]') as HTMLButtonElement).click();
    await until(() => sendMessage.mock.calls.some(([t]) => t === 'enableSite'));
    expect(env.browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.example.org/*'] });
    expect(sendMessage).toHaveBeenCalledWith('enableSite', 'https://www.example.org');
  });

  it('does nothing but say so when the permission is refused', async () => {
    env.browser.permissions.request.mockResolvedValueOnce(false);
    await mount();
    ($('[data-testid="enable-site"]') as HTMLButtonElement).click();
    await until(() => $('[role="status"]'));
    expect($('[role="status"]')?.textContent).toContain('not granted');
    expect(sendMessage.mock.calls.some(([t]) => t === 'enableSite')).toBe(false);
  });

  it('lists added sites and removes one', async () => {
    replies.sites = [{ origin: 'https://www.example.org', granted: true }];
    await mount();
    expect($('[data-testid="enable-site"]')).toBeNull();
    ($('button[aria-label="Remove www.example.org"]') as HTMLButtonElement).click();
    await until(() => sendMessage.mock.calls.some(([t]) => t === 'disableSite'));
    expect(sendMessage).toHaveBeenCalledWith('disableSite', 'https://www.example.org');
  });

  it('annotates the page once through the worker', async () => {
    await mount();
    ($('[data-testid="annotate-once"]') as HTMLButtonElement).click();
    await until(() => sendMessage.mock.calls.some(([t]) => t === 'annotateOnce'));
    expect(sendMessage).toHaveBeenCalledWith('annotateOnce', 7);
  });

  it('on a plain-http page offers annotating once, not adding the site for good', async () => {
    env.browser.state.tabUrl = 'http://news.example.org/ukraine';
    await mount();
    expect($('[data-testid="enable-site"]')).toBeNull();
    ($('[data-testid="annotate-once"]') as HTMLButtonElement).click();
    await until(() => sendMessage.mock.calls.some(([t]) => t === 'annotateOnce'));
    expect(env.browser.permissions.request).not.toHaveBeenCalled();
  });

  it('a plain-http site kept from an older version: marked as such, and its page can still be annotated once', async () => {
    env.browser.state.tabUrl = 'http://news.example.org/ukraine';
    replies.sites = [{ origin: 'http://news.example.org', granted: false }];
    await mount();
    expect($('[data-testid="extra-sites"]')?.textContent).toContain('plain http');
    ($('[data-testid="annotate-once"]') as HTMLButtonElement).click();
    await until(() => sendMessage.mock.calls.some(([t]) => t === 'annotateOnce'));
    expect(env.browser.permissions.request).not.toHaveBeenCalled();
  });

  it('on an https site outside the listed news sites offers annotating once, and says why', async () => {
    env.browser.state.tabUrl = 'https://blog.example.net/ukraine';
    await mount();
    expect($('[data-testid="enable-site"]')).toBeNull();
    expect($('[data-testid="once-only"]')?.textContent).toContain('not one of the news sites');
    ($('[data-testid="annotate-once"]') as HTMLButtonElement).click();
    await until(() => sendMessage.mock.calls.some(([t]) => t === 'annotateOnce'));
    expect(env.browser.permissions.request).not.toHaveBeenCalled();
  });

  it('offers nothing to enable on a built-in site', async () => {
    env.browser.state.tabUrl = 'https://edition.cnn.com/2025/04/25/x';
    await mount();
    expect($('[data-testid="enable-site"]')).toBeNull();
  });
});

describe('About', () => {
  it('shows the dataset date and counts and opens the sources overview', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await mount();
    expect($('[data-testid="about-counts"]')?.textContent).toBe(
      'Data as of 2025-04-25: 31 entries, 42 positions.',
    );
    ($('[data-testid="open-sources"]') as HTMLButtonElement).click();
    expect(sendMessage).toHaveBeenCalledWith('openOverview', 'view=sources');
    await until(() => close.mock.calls.length > 0);
  });
});
