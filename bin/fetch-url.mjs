// Node-only network access for `standpoint annotate <URL>`. It lives in bin/, next to the launcher
// and outside src/, because nothing under src/ may open a network connection (the source audit
// checks this): the extension never fetches anything, only the command line does, on request.

/**
 * Fetches `url` and returns { raw: Buffer, contentType: string, finalUrl: string }.
 * Throws Error with a one-line message when the URL cannot be read.
 */
export async function fetchUrl(url) {
  let res;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20000) });
  } catch (e) {
    throw new Error(`cannot fetch ${url}: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
  }
  if (!res.ok) throw new Error(`cannot fetch ${url}: HTTP ${res.status}`);
  return {
    raw: Buffer.from(await res.arrayBuffer()),
    contentType: res.headers.get('content-type') ?? '',
    finalUrl: res.url || url,
  };
}
