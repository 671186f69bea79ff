/** Which tab the popup means, and talking to that tab's content script. */
import browser from 'webextension-polyfill';
import { type PageReport, sendMessage } from '../messaging/protocol.ts';
import { storedReport } from './badge.ts';

/** The id of the active tab in the focused window, or undefined. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Asks a tab's content script for its report; falls back to the last stored one if it cannot answer. */
export async function reportOf(tabId: number): Promise<PageReport | null> {
  try {
    const live = await sendMessage('getActiveReport', undefined, tabId);
    if (live) return live;
  } catch {
    // No content script in that tab (not a covered site, or a browser page).
  }
  return storedReport(tabId);
}

/** Asks a tab's content script to scroll to the next mark of an entry; false if it cannot. */
export async function revealIn(tabId: number, id: string): Promise<boolean> {
  try {
    return (await sendMessage('revealEntry', id, tabId)) === true;
  } catch {
    return false;
  }
}

/**
 * The content script file as built, relative to the extension root (its name is hashed, so read it
 * from the manifest). Firefox's getManifest() gives absolute moz-extension:// URLs, which
 * `scripting.registerContentScripts` refuses, hence the path-only form.
 */
export function contentScriptFile(): string {
  const file = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('The manifest lists no content script');
  return relativeToRoot(file);
}

/** "moz-extension://uuid/a/b.js" or "/a/b.js" -> "a/b.js"; relative paths are returned as they are. */
export function relativeToRoot(file: string): string {
  const path = /^[a-z-]+:\/\//i.test(file) ? new URL(file).pathname : file;
  return path.replace(/^\/+/, '');
}

/** Runs the content script in a tab now (activeTab or a granted host permission); false if refused. */
export async function injectInto(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScriptFile()] });
    return true;
  } catch {
    return false;
  }
}
