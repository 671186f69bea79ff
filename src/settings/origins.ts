/** Origins and match patterns for sites the reader adds (shared by the popup and the worker). */

/** Reduces any URL or origin to "scheme://host[:port]", or null if it is not http(s). */
export function toOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The match pattern for every page of an origin (ports are not part of match patterns). */
export function patternFor(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
