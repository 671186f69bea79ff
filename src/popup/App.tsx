/** The popup: This site, In this article, Settings, Other sites, About. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendMessage } from '../messaging/protocol.ts';
import { patternFor, toOrigin } from '../settings/origins.ts';
import { isSiteEnabled, setSiteEnabled, updateSettings } from '../settings/storage.ts';
import type { Settings } from '../settings/types.ts';
import { matchesAny } from './coverage.ts';
import { emptyReason } from './empty-reason.ts';
import { popupLang, translator } from './i18n.ts';
import { About } from './sections/About.tsx';
import { Article } from './sections/Article.tsx';
import { OtherSites } from './sections/OtherSites.tsx';
import { SettingsForm } from './sections/SettingsForm.tsx';
import { ThisSite } from './sections/ThisSite.tsx';
import { usePopupState } from './state.ts';

function safeUrl(raw: string | undefined): URL | null {
  try {
    return raw ? new URL(raw) : null;
  } catch {
    return null;
  }
}

/** Mirrors the theme setting onto <html data-theme> ('auto' leaves it to prefers-color-scheme). */
function applyTheme(theme: Settings['theme'] | undefined): void {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

/** The whole popup. */
export function App() {
  const st = usePopupState();
  const [notice, setNotice] = useState<string | null>(null);
  const lang = popupLang(st.settings?.language ?? 'auto', browser.i18n.getUILanguage());
  const t = translator(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);
  useEffect(() => applyTheme(st.settings?.theme), [st.settings?.theme]);

  if (!st.settings) return <main data-testid="popup-root" aria-busy="true" />;
  const settings = st.settings;

  const url = safeUrl(st.report?.url ?? st.tab?.url);
  const web = url && /^https?:$/.test(url.protocol) ? url : null;
  const origin = web ? toOrigin(web.href) : null;
  const builtIn = web ? matchesAny(st.builtIn, web) : false;
  const added = origin !== null && st.extraSites.some((s) => s.origin === origin && s.granted);
  const reasonKey = st.ready
    ? emptyReason({ url: web?.href, settings, report: st.report, covered: builtIn || added })
    : null;
  const entries = st.report?.state === 'annotated' ? st.report.entries : [];

  const change = (patch: Partial<Settings>) => void updateSettings(patch);

  async function enable(candidate: string) {
    let granted = false;
    try {
      // Must be the first call in the click handler: browsers only grant inside the user gesture.
      granted = await browser.permissions.request({ origins: [patternFor(candidate)] });
    } catch {
      granted = false;
    }
    if (!granted) {
      setNotice(t('permission_refused'));
      return;
    }
    const ok = await sendMessage('enableSite', candidate).catch(() => false);
    setNotice(ok ? t('site_enabled') : t('site_enable_failed'));
    await st.reload();
  }

  async function remove(site: string) {
    await sendMessage('disableSite', site).catch(() => false);
    setNotice(null);
    await st.reload();
  }

  async function annotateOnce() {
    const tabId = st.tab?.id;
    const ok = tabId === undefined ? false : await sendMessage('annotateOnce', tabId).catch(() => false);
    setNotice(ok ? t('annotated_once') : t('annotate_once_failed'));
  }

  return (
    <main data-testid="popup-root">
      <h1>{t('title')}</h1>
      <ThisSite
        t={t}
        host={web?.hostname ?? null}
        siteOn={web ? isSiteEnabled({ ...settings, enabled: true }, web.hostname) : false}
        globalOn={settings.enabled}
        onSite={(on) => web && void setSiteEnabled(web.hostname, on)}
        onGlobal={(on) => change({ enabled: on })}
      />
      <Article
        t={t}
        entries={entries}
        emptyReason={reasonKey ? t(reasonKey) : null}
        onReveal={(id) => {
          const tabId = st.tab?.id;
          if (tabId !== undefined) void sendMessage('revealInTab', { tabId, id }).catch(() => false);
        }}
      />
      <SettingsForm t={t} settings={settings} onChange={change} />
      <OtherSites
        t={t}
        candidate={origin && !builtIn ? origin : null}
        optional={st.optional}
        sites={st.extraSites}
        notice={notice}
        onEnable={(o) => void enable(o)}
        onRemove={(o) => void remove(o)}
        onAnnotateOnce={() => void annotateOnce()}
      />
      <About
        t={t}
        info={st.info}
        onOpenSources={() => {
          void sendMessage('openOverview', 'view=sources')
            .catch(() => undefined)
            .then(() => window.close());
        }}
      />
    </main>
  );
}
