/**
 * Overview page entry: loads the bundled dataset, wires the matcher into search, follows the
 * reader's theme and language settings, and mounts the app.
 */

import dataset from 'virtual:standpoint/dataset';
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { compileMatcher, type Matcher } from '../matcher/index.ts';
import { getSettings, watchSettings } from '../settings/storage.ts';
import type { Settings } from '../settings/types.ts';
import { App } from './App.tsx';
import { initialLang } from './i18n.ts';
import type { UiLang } from './model/labels.ts';
import './overview.css';

let matcher: Matcher | undefined;
/** Entry ids the matcher finds in the query; compiled on first use so the page opens fast. */
function findIds(text: string): string[] {
  matcher ??= compileMatcher({ entries: dataset.entries, contexts: dataset.contexts });
  return [...new Set(matcher.find(text).map((m) => m.id))];
}

/** Mirrors the theme setting onto <html data-theme> ('auto' leaves it to prefers-color-scheme). */
function applyTheme(theme: Settings['theme'] | undefined): void {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

async function start(): Promise<void> {
  let settings: Settings | undefined;
  try {
    settings = await getSettings();
    watchSettings((s) => applyTheme(s.theme));
  } catch {
    // Opened outside the extension (e.g. a preview server): defaults are fine.
  }
  applyTheme(settings?.theme);
  const chosen: UiLang | undefined =
    settings?.language === 'en' || settings?.language === 'uk' ? settings.language : undefined;
  const defaultLang = initialLang(chosen, browser.i18n?.getUILanguage?.() ?? navigator.language);
  const root = document.getElementById('root');
  if (root) render(<App dataset={dataset} defaultLang={defaultLang} findIds={findIds} />, root);
}

void start();
