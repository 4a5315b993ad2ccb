// A loopback HTTP proxy that plays one real host name: it answers CONNECT for
// that host only, terminates TLS with a self-signed certificate made for this
// run (openssl; Firefox takes it through the session's acceptInsecureCerts)
// and hands the requests to `handle`. Everything else is refused, so a test
// browser behind it reaches nothing but this process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttps, type Server as HttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SiteProxy {
  port: number;
  /** hosts asked for and refused (anything but the played one) */
  refused: string[];
  close(): Promise<void>;
}

function selfSigned(host: string): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'nudgeline-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`,
      '-addext', `subjectAltName=DNS:${host}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore', timeout: 30_000 });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSiteProxy(host: string, handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<SiteProxy> {
  const tls: HttpsServer = createHttps(selfSigned(host), handle);
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const proxy: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk] as unknown as Uint8Array[]); // see marionette.ts
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > 16_384) socket.destroy();
        return;
      }
      socket.off('data', onData);
      const [method, target] = head.subarray(0, end).toString('latin1').split(' ');
      if (method === 'CONNECT' && target === `${host}:443`) {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const rest = head.subarray(end + 4);
        if (rest.length) socket.unshift(rest);
        tls.emit('connection', socket);
      } else {
        refused.push(target ?? '');
        socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      }
    };
    socket.on('data', onData);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    port: (proxy.address() as AddressInfo).port,
    refused,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((ok) => proxy.close(ok));
      tls.close();
    },
  };
}
