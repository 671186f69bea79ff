/**
 * The toolbar badge: the number of marks in each tab, kept in `storage.session` so a worker that the
 * browser stopped and restarted (MV3) still knows every tab's report.
 */
import browser from 'webextension-polyfill';
import { type PageReport, reportStorageKey } from '../messaging/protocol.ts';

const BADGE_COLOUR = '#1f4e8c';

/** The badge text for a report: the mark count, or nothing when Standpoint shows nothing. */
export function badgeText(report: PageReport | null): string {
  if (report?.state !== 'annotated' || report.markCount <= 0) return '';
  return report.markCount > 999 ? '999+' : String(report.markCount);
}

// storage.session exists in Chrome 102+ and Firefox 115+; in-memory is only a last resort.
const memory = new Map<string, PageReport>();
const session = () => (browser.storage as { session?: browser.Storage.StorageArea }).session;

async function store(tabId: number, report: PageReport | null): Promise<void> {
  const key = reportStorageKey(tabId);
  const area = session();
  if (!area) {
    if (report) memory.set(key, report);
    else memory.delete(key);
    return;
  }
  if (report) await area.set({ [key]: report });
  else await area.remove(key);
}

/** The last report a tab's content script sent, if any. */
export async function storedReport(tabId: number): Promise<PageReport | null> {
  const key = reportStorageKey(tabId);
  const area = session();
  if (!area) return memory.get(key) ?? null;
  const got = await area.get(key);
  return (got[key] as PageReport | undefined) ?? null;
}

async function paint(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed between the report and the paint: nothing to show.
  }
}

/** Records a tab's report and shows its count on the badge. */
export async function applyReport(tabId: number, report: PageReport): Promise<void> {
  await store(tabId, report);
  await paint(tabId, badgeText(report));
}

/** Forgets a tab's report and clears its badge (navigation, tab closed). */
export async function clearTab(tabId: number): Promise<void> {
  await store(tabId, null);
  await paint(tabId, '');
}

/** Clears the badge of every tab (Standpoint turned off globally). */
export async function clearAll(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : clearTab(t.id))));
}
