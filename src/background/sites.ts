/**
 * Sites the reader enabled beyond the built-in list. The origins live in `storage.local` (permissions
 * are per device, so they do not sync); the content script is registered per origin with
 * `scripting.registerContentScripts` and re-registered on every worker start, so it survives restarts
 * even where a browser drops persisted registrations.
 */
import browser from 'webextension-polyfill';
import type { ExtraSite } from '../messaging/protocol.ts';
import { patternFor, toOrigin } from '../settings/origins.ts';
import { contentScriptFile, injectInto } from './tabs.ts';

const STORE_KEY = 'extraSites';
const ID_PREFIX = 'site:';

async function storedOrigins(): Promise<string[]> {
  const got = await browser.storage.local.get(STORE_KEY);
  const raw = got[STORE_KEY];
  return Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string' && toOrigin(o) === o) : [];
}

async function saveOrigins(origins: string[]): Promise<void> {
  await browser.storage.local.set({ [STORE_KEY]: [...new Set(origins)].sort() });
}

async function hasPermission(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [patternFor(origin)] });
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX)));
}

async function register(origin: string): Promise<void> {
  await browser.scripting.registerContentScripts([
    {
      id: ID_PREFIX + origin,
      matches: [patternFor(origin)],
      js: [contentScriptFile()],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/** The extra sites and whether each still holds its permission. */
export async function listExtraSites(): Promise<ExtraSite[]> {
  const origins = await storedOrigins();
  return Promise.all(origins.map(async (origin) => ({ origin, granted: await hasPermission(origin) })));
}

/**
 * Enables an origin whose permission the popup has just obtained: stores it, registers the content
 * script and annotates the tabs already open there. False without the permission.
 */
export async function enableSite(value: string): Promise<boolean> {
  const origin = toOrigin(value);
  if (!origin || !(await hasPermission(origin))) return false;
  await saveOrigins([...(await storedOrigins()), origin]);
  if (!(await registeredIds()).has(ID_PREFIX + origin)) await register(origin);
  const open = await browser.tabs.query({ url: patternFor(origin) });
  await Promise.all(open.map((t) => (t.id === undefined ? undefined : injectInto(t.id))));
  return true;
}

/** Removes an extra site: unregisters its script, forgets it and gives the permission back. */
export async function disableSite(value: string): Promise<boolean> {
  const origin = toOrigin(value);
  if (!origin) return false;
  await saveOrigins((await storedOrigins()).filter((o) => o !== origin));
  if ((await registeredIds()).has(ID_PREFIX + origin)) {
    await browser.scripting.unregisterContentScripts({ ids: [ID_PREFIX + origin] });
  }
  try {
    await browser.permissions.remove({ origins: [patternFor(origin)] });
  } catch {
    // Some browsers refuse to remove a permission another registration still needs; the site is off anyway.
  }
  return true;
}

/**
 * Makes the registrations match the stored sites that still hold their permission. Idempotent; runs
 * on every worker start.
 */
export async function syncRegistrations(): Promise<void> {
  const wanted = new Set<string>();
  for (const origin of await storedOrigins()) if (await hasPermission(origin)) wanted.add(ID_PREFIX + origin);
  const have = await registeredIds();
  const stale = [...have].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const id of wanted) if (!have.has(id)) await register(id.slice(ID_PREFIX.length));
}
