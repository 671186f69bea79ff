/**
 * Which sites Standpoint covers: the built-in ones (the manifest's content script matches) and the
 * news sites a reader may add for good (its optional host permissions).
 */

/** Tests a URL against one match pattern such as "https://www.bbc.com/news/*" or "https://*.example.org/*". */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', path = '/*'] = m;
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : host === '*' || url.hostname === host;
  if (!hostOk) return false;
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`).test(url.pathname + url.search);
}

/** True when any of `patterns` matches `url`. */
export function matchesAny(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}

/**
 * Whether an origin can be added for good: the manifest names the further news sites it may ask
 * lasting access to (`optional_host_permissions`, https only). Any other page, plain http included,
 * can be annotated once (activeTab).
 */
export function canAddForGood(origin: string, optional: readonly string[]): boolean {
  return matchesAny(optional, new URL(origin));
}
