/** "Other sites": enable Standpoint on a site outside the built-in list, annotate once, remove sites. */
import type { ExtraSite } from '../../messaging/protocol.ts';
import { canAddForGood } from '../coverage.ts';
import type { Translate } from '../i18n.ts';

interface Props {
  t: Translate;
  /** The current page's origin when it is an http(s) page outside the built-in list. */
  candidate: string | null;
  /** The news sites that can be added for good (match patterns). */
  optional: readonly string[];
  sites: ExtraSite[];
  /** A short result line after an action (e.g. permission refused). */
  notice: string | null;
  onEnable: (origin: string) => void;
  onRemove: (origin: string) => void;
  onAnnotateOnce: () => void;
}

/** The enable/once buttons for the current page and the list of sites added so far. */
export function OtherSites({
  t,
  candidate,
  optional,
  sites,
  notice,
  onEnable,
  onRemove,
  onAnnotateOnce,
}: Props) {
  // A site stored without its permission (revoked, or plain http from an older version) is not on:
  // its page still gets the enable and annotate-once buttons.
  const added = candidate !== null && sites.some((s) => s.origin === candidate && s.granted);
  /** Why a site cannot be added for good (plain http, or not a listed news site), or null. */
  const onceOnly = (origin: string) =>
    canAddForGood(origin, optional)
      ? null
      : origin.startsWith('http:')
        ? 'site_http_once'
        : 'site_not_listed';
  const candidateOnce = candidate === null ? null : onceOnly(candidate);
  return (
    <section aria-labelledby="sec-other">
      <h2 id="sec-other">{t('section_other')}</h2>
      {candidate && !added ? (
        <>
          <div class="row">
            {candidateOnce === null ? (
              <button type="button" data-testid="enable-site" onClick={() => onEnable(candidate)}>
                {t('enable_here')}
              </button>
            ) : null}
            <button type="button" data-testid="annotate-once" onClick={onAnnotateOnce}>
              {t('annotate_once')}
            </button>
          </div>
          {candidateOnce === null ? null : (
            <p class="muted" data-testid="once-only">
              {t(candidateOnce)}
            </p>
          )}
        </>
      ) : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {sites.length === 0 ? (
        <p class="muted">{t('no_extra_sites')}</p>
      ) : (
        <ul class="sites" data-testid="extra-sites">
          {sites.map((s) => (
            <li key={s.origin}>
              <span>{new URL(s.origin).host}</span>
              {s.granted ? null : <span class="muted"> {t(onceOnly(s.origin) ?? 'site_no_permission')}</span>}
              <button
                type="button"
                aria-label={t('remove_site', { host: new URL(s.origin).host })}
                onClick={() => onRemove(s.origin)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
