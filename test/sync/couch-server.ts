// A CouchDB-protocol server for the sync tests: express-pouchdb over an
// in-memory PouchDB, on 127.0.0.1 and a free port, behind a basic-auth
// check (one user) like a CouchDB with require_valid_user. Started and
// stopped by the tests themselves.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { PouchDB } from '../../src/sync/pouch';

const require = createRequire(import.meta.url);

/** The app's PouchDB (one module instance) with the in-memory adapter added once. */
export function memoryPouch(): typeof PouchDB {
  if (!('memory' in (PouchDB as unknown as { adapters: object }).adapters)) PouchDB.plugin(require('pouchdb-adapter-memory'));
  return PouchDB;
}

export interface CouchServer {
  origin: string;
  /** a fresh database URL for this user */
  dbUrl(name: string): Promise<string>;
  user: string;
  password: string;
  /** every request path the server saw */
  seen: string[];
  close(): Promise<void>;
}

export async function startCouch(user = 'alice', password = 'secret-pw'): Promise<CouchServer> {
  const Mem = memoryPouch().defaults({ adapter: 'memory', prefix: `couch-${Math.random().toString(36).slice(2)}-` });
  const app = require('express-pouchdb')(Mem, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept');
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, HEAD');
    if (req.method === 'OPTIONS') { res.statusCode = 204; res.end(); return; }
    if (req.headers.authorization !== expected) {
      res.statusCode = 401;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
      return;
    }
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin, user, password, seen,
    async dbUrl(name) {
      const r = await fetch(`${origin}/${name}`, { method: 'PUT', headers: { Authorization: expected } });
      if (r.status !== 201) throw new Error(`create ${name}: ${r.status}`);
      return `${origin}/${name}`;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
