/**
 * Settings in `storage.sync`, through `@wxt-dev/storage` (versioned item with migrations).
 * Every read goes through `salvageSettings`, so callers always get complete, valid Settings.
 * Works in the content script, popup, overview and worker alike.
 */
import { storage } from '@wxt-dev/storage';
import { isSiteEnabled, MIGRATIONS, SETTINGS_VERSION, salvageSettings, siteKey } from './salvage.ts';
import { DEFAULT_SETTINGS, type Settings } from './types.ts';

export { isSiteEnabled, siteKey };

const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS,
});

/** The reader's settings, repaired field by field if storage holds anything invalid. */
export async function getSettings(): Promise<Settings> {
  return salvageSettings(await settingsItem.getValue());
}

/** Calls `cb` with the repaired settings whenever they change (in any tab or device); returns an unsubscribe. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(salvageSettings(value)));
}

// Serialise writes from this context: two quick toggles must not both read the same old value.
let queue: Promise<unknown> = Promise.resolve();

/** Merges `patch` into the stored settings and returns what was saved. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = queue.then(async () => {
    const next = salvageSettings({ ...(await getSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Turns Standpoint off (or back on) for one site; returns the saved settings. */
export async function setSiteEnabled(hostname: string, on: boolean): Promise<Settings> {
  const key = siteKey(hostname);
  const current = await getSettings();
  // Turning a subdomain back on must also lift a parent-domain entry that covered it.
  const rest = current.disabledSites.filter((off) => off !== key && !key.endsWith(`.${off}`));
  return updateSettings({ disabledSites: on ? rest : [...rest, key] });
}
