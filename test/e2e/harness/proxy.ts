/**
 * A tiny HTTP CONNECT proxy for Firefox: every tunnel goes to the fixture server, whatever host the
 * browser asked for, so `https://www.unn.ua/...` reaches this machine without root or /etc/hosts.
 * With `hosts` given, a tunnel to any other host is refused (as Chromium's resolver rules do), so a
 * browser's own background traffic never shows up in the fixture server's request log; the refused
 * hosts are kept in `refused` for diagnosis. Nothing ever leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ConnectProxy {
  readonly port: number;
  /** `host:port` of every tunnel refused because the host is not served. */
  readonly refused: string[];
  close(): Promise<void>;
}

/** Starts the proxy on a free port, tunnelling to 127.0.0.1:`targetPort` (only for `hosts`, if given). */
export async function startConnectProxy(targetPort: number, hosts?: string[]): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const refused: string[] = [];
  const allowed = hosts ? new Set(hosts.map((h) => h.toLowerCase())) : null;
  const server: Server = createServer((_req, res) => {
    // Plain-HTTP proxying is not offered: fixtures are HTTPS only.
    res.writeHead(405);
    res.end();
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '').toLowerCase();
    if (allowed && !allowed.has(host)) {
      refused.push(target);
      client.on('error', () => undefined);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      // A browser dropping a tunnel is normal; it must not crash the test process.
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
