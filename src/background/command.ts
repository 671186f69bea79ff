/** The `toggle-site` keyboard command: Standpoint on or off for the active tab's site. */
import browser from 'webextension-polyfill';
import { getSettings, isSiteEnabled, setSiteEnabled, updateSettings } from '../settings/storage.ts';

/** Flips the active tab's site; turning a site on also turns Standpoint on globally. */
export async function toggleActiveSite(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.url) return;
  let host: string;
  try {
    host = new URL(tab.url).hostname;
  } catch {
    return;
  }
  if (!host) return;
  const settings = await getSettings();
  if (isSiteEnabled(settings, host)) {
    await setSiteEnabled(host, false);
    return;
  }
  await setSiteEnabled(host, true);
  if (!settings.enabled) await updateSettings({ enabled: true });
}
