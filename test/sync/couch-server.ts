// The sync tests' server (start-couch.mjs, shared with the bench), and the
// app's PouchDB with the in-memory adapter for test devices.
import { createRequire } from 'node:module';
import { PouchDB } from '../../src/sync/pouch';

export { startCouch, type CouchServer } from './start-couch.mjs';

const require = createRequire(import.meta.url);

/** The app's PouchDB (one module instance) with the in-memory adapter added once. */
export function memoryPouch(): typeof PouchDB {
  if (!('memory' in (PouchDB as unknown as { adapters: object }).adapters)) PouchDB.plugin(require('pouchdb-adapter-memory'));
  return PouchDB;
}
