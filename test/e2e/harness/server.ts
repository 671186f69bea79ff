/**
 * HTTPS fixture server: answers for every served host (see hosts.ts) on one local port with a
 * self-signed certificate whose SANs name those hosts. Browsers reach it under the real hostnames
 * (Chromium via --host-resolver-rules, Firefox via the CONNECT proxy), so the manifest's own match
 * patterns decide where the content script runs.
 *
 * Files: test/fixtures/sites/<host>/<path> (tries the path as is, then <path>.html, then <path>/index.html).
 * Runtime pages: server.addPage(host, path, html) wins over files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';
import { REPO_ROOT, servedHosts } from './hosts.ts';

export const FIXTURE_SITES = path.join(REPO_ROOT, 'test', 'fixtures', 'sites');

export interface FixtureServer {
  /** Local port the server listens on (127.0.0.1). */
  readonly port: number;
  /** Hosts the certificate and the browsers' host mapping cover. */
  readonly hosts: string[];
  /** `https://<host><path>` — the real-looking URL a test opens. */
  url(host: string, pathname?: string): string;
  /**
   * Serves `html` (or any body with `contentType`) at host+path until the server closes, with
   * `cache-control: no-store` unless `headers` say otherwise (e.g. a page the back/forward cache may keep).
   */
  addPage(
    host: string,
    pathname: string,
    body: string,
    contentType?: string,
    headers?: Record<string, string>,
  ): void;
  /** Requests seen so far, as `host/path`, for tests that check what the page loaded. */
  readonly requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(host: string, pathname: string): string | null {
  const base = path.join(FIXTURE_SITES, host);
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [
    path.join(base, clean),
    path.join(base, `${clean}.html`),
    path.join(base, clean, 'index.html'),
  ];
  for (const file of candidates) {
    // Never serve outside the host's folder, whatever the request path says.
    if (!file.startsWith(base)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Starts the fixture server on a free port (or `port`). */
export async function startFixtureServer(options: { port?: number } = {}): Promise<FixtureServer> {
  const hosts = servedHosts();
  const pems = await generate([{ name: 'commonName', value: 'standpoint-fixtures' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) }],
  });
  const extra = new Map<string, { body: string; contentType: string; headers: Record<string, string> }>();
  const requests: string[] = [];

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const pathname = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push(`${host}${pathname}`);
    const page = extra.get(`${host}${pathname}`);
    if (page) {
      res.writeHead(200, { 'content-type': page.contentType, 'cache-control': 'no-store', ...page.headers });
      res.end(page.body);
      return;
    }
    const file = fileFor(host, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`no fixture for ${host}${pathname}`);
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    hosts,
    requests,
    url: (host, pathname = '/') => `https://${host}${pathname.startsWith('/') ? '' : '/'}${pathname}`,
    addPage(host, pathname, body, contentType = 'text/html; charset=utf-8', headers = {}) {
      extra.set(`${host.toLowerCase()}${pathname}`, { body, contentType, headers });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
