// PouchDB 9, bundled statically into the background worker: the core, the
// IndexedDB adapter ('idb', not the newer 'indexeddb' one), HTTP, replication.
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(idb).plugin(http).plugin(replication);

export { PouchDB };

export type Pouch = PouchDB.Database<{ p?: string }>;
export const LOCAL_NAME = 'nudgeline-sync';

export function localPouch(name = LOCAL_NAME): Pouch {
  return new PouchDB(name, { adapter: 'idb' });
}

export function remotePouch(url: string, user: string, password: string): Pouch {
  return new PouchDB(url, { adapter: 'http', skip_setup: true, auth: { username: user, password } } as PouchDB.Configuration.RemoteDatabaseConfiguration);
}
