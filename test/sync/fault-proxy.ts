// A small fault proxy on loopback between the sync client and the test
// server: it forwards every request, and breaks the ones a test asks for
// (5xx answers, reset connections, truncated bodies, replies lost after the
// server applied the write, 409s on checkpoint writes).
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = '503' | 'reset' | 'truncate' | 'lose-reply' | '409-checkpoint';

export interface FaultProxy {
  origin: string;
  /** the next `times` requests matching `match` (default: any) get `fault` */
  arm(fault: Fault, times?: number, match?: RegExp): void;
  /** faults applied so far */
  applied: string[];
  /** forget armed faults and the record of applied ones */
  reset(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const t = new URL(target);
  const armed: Array<{ fault: Fault; left: number; match: RegExp }> = [];
  const applied: string[] = [];
  const take = (req: IncomingMessage): Fault | undefined => {
    const line = `${req.method} ${req.url}`;
    const a = armed.find((x) => x.left > 0 && x.match.test(line) && (x.fault !== '409-checkpoint' || (req.method === 'PUT' && req.url!.includes('/_local/'))));
    if (!a) return undefined;
    a.left--;
    applied.push(`${a.fault} ${line}`);
    return a.fault;
  };
  const server: Server = createServer((req, res) => {
    const fault = take(req);
    if (fault === 'reset') { req.socket.destroy(); return; }
    if (fault === '503') { res.writeHead(503, { 'Content-Type': 'application/json' }); res.end('{"error":"unavailable"}'); return; }
    if (fault === '409-checkpoint') { res.writeHead(409, { 'Content-Type': 'application/json' }); res.end('{"error":"conflict","reason":"Document update conflict."}'); return; }
    const up = request({ host: t.hostname, port: t.port, path: req.url, method: req.method, headers: req.headers }, (upRes) => {
      if (fault === 'lose-reply') {
        // The server did the work; the client never hears of it.
        upRes.resume();
        upRes.on('end', () => req.socket.destroy());
        return;
      }
      if (fault === 'truncate') {
        const chunks: Uint8Array[] = [];
        upRes.on('data', (c: Uint8Array) => chunks.push(c));
        upRes.on('end', () => {
          const body = Buffer.concat(chunks);
          res.writeHead(upRes.statusCode ?? 200, { ...upRes.headers, 'content-length': String(body.length) });
          res.write(body.subarray(0, Math.max(1, body.length >> 1)));
          req.socket.destroy();
        });
        return;
      }
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => req.socket.destroy());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arm: (fault, times = 1, match = /./) => { armed.push({ fault, left: times, match }); },
    applied,
    reset: () => { armed.length = 0; applied.length = 0; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
