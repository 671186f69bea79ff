/**
 * A fake `webextension-polyfill` default export for popup component tests: just the calls the popup
 * makes, with spies. Storage itself is the in-memory fake from ../settings/fake-storage.ts.
 */
import { vi } from 'vitest';

type ChangeListener = (
  changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
  area: string,
) => void;

/** Builds the fake; `tabUrl` is what `tabs.get`/`tabs.query` report for the target tab (id 7). */
export function makeFakeBrowser() {
  const changeListeners = new Set<ChangeListener>();
  const state = { tabUrl: 'https://www.unn.ua/en/news/article' as string | undefined, uiLanguage: 'en-US' };
  const fake = {
    state,
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://www.unn.ua/*', 'https://edition.cnn.com/*'], js: ['assets/content.js'] },
        ],
        // www.example.org stands for one of the further news sites a reader may add for good.
        optional_host_permissions: ['https://www.example.org/*'],
      }),
      getURL: (p: string) => `chrome-extension://test/${p}`,
    },
    i18n: { getUILanguage: () => state.uiLanguage },
    tabs: {
      get: vi.fn(async (id: number) => ({ id, url: state.tabUrl })),
      query: vi.fn(async () => [{ id: 7, url: state.tabUrl }]),
    },
    permissions: { request: vi.fn(async (_: { origins: string[] }) => true) },
    storage: {
      onChanged: {
        addListener: (l: ChangeListener) => void changeListeners.add(l),
        removeListener: (l: ChangeListener) => void changeListeners.delete(l),
      },
    },
    /** How many storage.onChanged listeners are attached (the popup attaches one per target tab). */
    listenerCount: () => changeListeners.size,
    /** Fires `storage.onChanged` for the session area, as the worker's report write would. */
    emitSession(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
      for (const l of [...changeListeners]) l(changes, 'session');
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof makeFakeBrowser>;
