/** Fetches `url`; throws an Error with a one-line message when it cannot be read. */
export function fetchUrl(url: string): Promise<{ raw: Buffer; contentType: string; finalUrl: string }>;
