// A CouchDB-protocol server for the sync tests and the bench: express-pouchdb
// over an in-memory PouchDB, on 127.0.0.1 and a free port, behind a
// basic-auth check (one user) like a CouchDB with require_valid_user, and
// CORS for any origin (the extension's). Plain JavaScript so that Vitest
// (through couch-server.ts) and `node bench/run.mjs` start the same
// server; types in start-couch.d.mts.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** pouchdb-core with the in-memory adapter, added once. */
function serverPouch() {
  const PouchDB = require('pouchdb-core');
  if (!('memory' in PouchDB.adapters)) PouchDB.plugin(require('pouchdb-adapter-memory'));
  return PouchDB;
}

/** @type {import('./start-couch.d.mts').startCouch} */
export async function startCouch(user = 'alice', password = 'secret-pw') {
  const Mem = serverPouch().defaults({ adapter: 'memory', prefix: `couch-${Math.random().toString(36).slice(2)}-` });
  const app = require('express-pouchdb')(Mem, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  /** @type {string[]} */
  const seen = [];
  const server = createServer((req, res) => {
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin, user, password, seen,
    async dbUrl(name) {
      const r = await fetch(`${origin}/${name}`, { method: 'PUT', headers: { Authorization: expected } });
      if (r.status !== 201) throw new Error(`create ${name}: ${r.status}`);
      return `${origin}/${name}`;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
