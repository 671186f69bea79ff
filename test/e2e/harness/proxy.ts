/**
 * A tiny HTTP CONNECT proxy for Firefox: every tunnel goes to the fixture server, whatever host the
 * browser asked for, so `https://www.unn.ua/...` reaches this machine without root or /etc/hosts.
 * Hosts the fixture server does not know get a 404 from it, so nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ConnectProxy {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the proxy on a free port, tunnelling to 127.0.0.1:`targetPort`. */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    // Plain-HTTP proxying is not offered: fixtures are HTTPS only.
    res.writeHead(405);
    res.end();
  });
  server.on('connect', (_req, client: Socket, head: Buffer) => {
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
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
