/** Whether a page is covered by Standpoint's built-in site list (the manifest's content script matches). */

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
export function isBuiltIn(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}
