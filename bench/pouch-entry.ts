// Bench-only bundle of the app's PouchDB (core, 'idb', HTTP, replication),
// evaluated in an extension page for the sync baseline: the replication
// engine alone, without the ledger, the encryption or the mapping.
import { PouchDB } from '../src/sync/pouch';

(globalThis as { benchPouch?: unknown }).benchPouch = PouchDB;
