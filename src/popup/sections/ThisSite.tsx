/** "This site": on/off for the current site and the global switch. */
import type { Translate } from '../i18n.ts';

interface Props {
  t: Translate;
  host: string | null;
  siteOn: boolean;
  globalOn: boolean;
  onSite: (on: boolean) => void;
  onGlobal: (on: boolean) => void;
}

/** Two labelled switches; the site switch is absent when the tab shows no web page. */
export function ThisSite({ t, host, siteOn, globalOn, onSite, onGlobal }: Props) {
  return (
    <section aria-labelledby="sec-site">
      <h2 id="sec-site">{t('section_site')}</h2>
      {host ? (
        <label class="switch">
          <input
            type="checkbox"
            data-testid="site-toggle"
            checked={siteOn}
            disabled={!globalOn}
            onChange={(e) => onSite(e.currentTarget.checked)}
          />
          <span>{t('site_on', { host })}</span>
        </label>
      ) : (
        <p class="muted">{t('site_none')}</p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          data-testid="global-toggle"
          checked={globalOn}
          onChange={(e) => onGlobal(e.currentTarget.checked)}
        />
        <span>{t('global_on')}</span>
      </label>
    </section>
  );
}
