/**
 * Everything the popup shows, loaded once and kept live: settings (storage watch), the page report
 * (the worker's copy in storage.session, refreshed whenever the content script reports), extra sites.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  type DatasetInfo,
  type ExtraSite,
  type PageReport,
  reportStorageKey,
  sendMessage,
} from '../messaging/protocol.ts';
import { getSettings, watchSettings } from '../settings/storage.ts';
import type { Settings } from '../settings/types.ts';
import { findTargetTab, type TargetTab } from './target.ts';

export interface PopupState {
  settings: Settings | null;
  tab: TargetTab | null;
  report: PageReport | null;
  info: DatasetInfo | null;
  extraSites: ExtraSite[];
  /** The manifest's built-in match patterns. */
  builtIn: string[];
  /** The further news sites a reader may add for good (the manifest's optional host patterns). */
  optional: string[];
  /** False until the first load finished (so empty states do not flash). */
  ready: boolean;
}

async function safely<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch {
    return fallback;
  }
}

/** Loads the popup's state and keeps it current; `reload` re-reads the report and extra sites. */
export function usePopupState(): PopupState & { reload: () => Promise<void> } {
  const [state, setState] = useState<PopupState>({
    settings: null,
    tab: null,
    report: null,
    info: null,
    extraSites: [],
    builtIn: [],
    optional: [],
    ready: false,
  });

  const reload = useCallback(async () => {
    const tab = await safely(() => findTargetTab(location.search), null);
    const [settings, report, info, extraSites] = await Promise.all([
      getSettings(),
      tab ? safely(() => sendMessage('getActiveReport', tab.id), null) : Promise.resolve(null),
      safely(() => sendMessage('getDatasetInfo', undefined), null),
      safely(() => sendMessage('listExtraSites', undefined), [] as ExtraSite[]),
    ]);
    const manifest = browser.runtime.getManifest();
    const builtIn = (manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []);
    const optional = manifest.optional_host_permissions ?? [];
    setState({ settings, tab, report, info, extraSites, builtIn, optional, ready: true });
  }, []);

  useEffect(() => {
    void reload();
    return watchSettings((settings) => setState((s) => ({ ...s, settings })));
  }, [reload]);

  useEffect(() => {
    const tabId = state.tab?.id;
    if (tabId === undefined) return;
    const key = reportStorageKey(tabId);
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area !== 'session' || !(key in changes)) return;
      const report = (changes[key]?.newValue as PageReport | undefined) ?? null;
      setState((s) => ({ ...s, report }));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [state.tab?.id]);

  return { ...state, reload };
}
