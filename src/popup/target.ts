/** Which tab the popup speaks about. */
import browser from 'webextension-polyfill';

export interface TargetTab {
  id: number;
  /** Known when the browser shows it to us (activeTab after a toolbar click, or a host permission). */
  url?: string;
}

/**
 * The tab the popup was opened for: `?tab=<id>` when the popup is opened as a page (tests, a pinned
 * window), else the active tab of the popup's own window.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    try {
      const tab = await browser.tabs.get(fromQuery);
      return { id: fromQuery, url: tab.url };
    } catch {
      return { id: fromQuery };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}
