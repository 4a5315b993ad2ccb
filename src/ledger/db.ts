// The ledger's schema. Every version(n) stays declared forever; a new one
// adds an upgrade() and a test in test/unit/ledger/migrations.test.ts that
// seeds at n-1 and checks every row at n.
import { Dexie, type EntityTable } from 'dexie';
import type { Contact, Identity, Referral, Touch, Settings } from '../core/types';
import { upgradeToV3 } from './migrate-v3';
import { syncLogMiddleware, type SyncLogRow } from './change-log';

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export type NudgelineDB = Dexie & {
  contacts: EntityTable<Contact, 'id'>;
  identities: EntityTable<Identity, 'id'>;
  touches: EntityTable<Touch, 'id'>;
  referrals: EntityTable<Referral, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  syncLog: EntityTable<SyncLogRow, 'seq'>;
};

export const DB_NAME = 'nudgeline';

/** Schema v1, the first released one. */
export const SCHEMA_V1 = {
  // [section+dueAt]: each agenda section is one range query, soonest first.
  contacts: '++id, [section+dueAt], stage, dueAt, lastTouchAt, mergedInto, *tags',
  identities: '++id, &[kind+value], contactId',
  touches: '++id, &dedupeKey, [contactId+at], eventId, at',
  referrals: '++id, referrerId, refereeId, dutyDueAt',
  settings: 'key',
  meta: 'key',
} as const;

/**
 * Schema v2: contacts keep only the indexes a query uses. Every contact write
 * (a touch logged, a recompute, an import) maintained four unused ones.
 * No upgrade(): IndexedDB drops the indexes, the rows stay as they are.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contacts: '++id, [section+dueAt], mergedInto',
} as const;

/**
 * Schema v3: rows that sync get a global id (`gid`, src/core/ulid.ts); the
 * local `++id` keys stay for every existing query. syncLog lists the rows
 * changed since the last push while sync is on (change-log.ts).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  contacts: '++id, [section+dueAt], mergedInto, &gid',
  identities: '++id, &[kind+value], contactId, &gid',
  touches: '++id, &dedupeKey, [contactId+at], eventId, at, &gid',
  referrals: '++id, referrerId, refereeId, dutyDueAt, &gid',
  syncLog: '++seq',
} as const;

export function openDb(name = DB_NAME): NudgelineDB {
  const db = new Dexie(name) as NudgelineDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.use(syncLogMiddleware);
  return db;
}
