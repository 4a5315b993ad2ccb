// One device for the sync tests: its own ledger (fake-indexeddb), its own
// local sync database (PouchDB's in-memory adapter stands in for 'idb',
// which needs a real browser), the same server.
import { freshDb } from '../unit/ledger/helpers';
import type { NudgelineDB } from '../../src/ledger/db';
import { setSyncOn } from '../../src/ledger/sync-io';
import { importKeys, type RawKeys, type SyncKeys } from '../../src/sync/crypto';
import { syncPass, type PassResult } from '../../src/sync/engine';
import type { Deletions } from '../../src/ledger/sync-apply';
import { remotePouch, type Pouch } from '../../src/sync/pouch';

import { memoryPouch } from './couch-server';

export interface Device {
  db: NudgelineDB;
  local: Pouch;
  keys: SyncKeys;
  sync(opts?: { deletions?: Deletions }): Promise<PassResult>;
}

export async function device(url: string, user: string, password: string, raw: RawKeys, now?: () => number): Promise<Device> {
  const db = freshDb();
  await setSyncOn(db, true);
  const local = new (memoryPouch())(`local-${Math.random().toString(36).slice(2)}`, { adapter: 'memory' }) as Pouch;
  const keys = await importKeys(raw);
  const remote = remotePouch(url, user, password);
  return { db, local, keys, sync: (opts = {}) => syncPass({ db, local, remote, keys, ...(now ? { now } : {}), ...opts }) };
}
