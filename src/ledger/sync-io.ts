// What the sync engine reads from and writes to the ledger besides remote
// records: pages of rows as records, the change log, and its own keys in
// meta (all prefixed 'sync.', kept by "Delete everything").
import type { SyncRecord } from '../core/sync-merge';
import { formatHlc } from '../core/hlc';
import type { NudgelineDB } from './db';
import { DEVICE_KEY, SYNC_ON_KEY, type SyncLogRow, type SyncedTable } from './change-log';
import { contactRecord, gidLookup, identityRecord, recordOfLog, referralRecord, touchRecord } from './sync-records';

export const syncMeta = {
  async get(db: NudgelineDB, key: string): Promise<unknown> {
    return (await db.meta.get(`sync.${key}`))?.value;
  },
  async set(db: NudgelineDB, key: string, value: unknown): Promise<void> {
    await db.meta.put({ key: `sync.${key}`, value });
  },
};

async function sendClock(db: NudgelineDB): Promise<() => string> {
  const device = ((await db.meta.get(DEVICE_KEY))?.value as string | undefined) ?? 'local';
  let count = 0;
  const ms = Date.now();
  return () => formatHlc({ ms, count: count++, device });
}

export async function allRecordsPage(db: NudgelineDB, table: SyncedTable, after: number, limit: number): Promise<{ records: SyncRecord[]; last: number } | null> {
  return db.transaction('r', [db.contacts, db.identities, db.touches, db.referrals, db.meta], async () => {
    const rows = await db.table(table).where(':id').above(after).limit(limit).toArray();
    if (!rows.length) return null;
    const gidOf = gidLookup(db);
    const clock = await sendClock(db);
    const records: SyncRecord[] = [];
    for (const r of rows) {
      if (table === 'contacts') records.push(await contactRecord(r, gidOf));
      else if (table === 'touches') records.push(await touchRecord(r, gidOf));
      else if (table === 'identities') records.push(await identityRecord(r, gidOf));
      else records.push(await referralRecord(r, gidOf, clock()));
    }
    return { records, last: rows[rows.length - 1].id as number };
  });
}

export const logPage = (db: NudgelineDB, after: number, limit: number): Promise<SyncLogRow[]> =>
  db.syncLog.where('seq').above(after).limit(limit).toArray();

export async function recordsOfLog(db: NudgelineDB, entries: readonly SyncLogRow[]): Promise<SyncRecord[]> {
  return db.transaction('r', [db.contacts, db.identities, db.touches, db.referrals, db.meta], async () => {
    const gidOf = gidLookup(db);
    const clock = await sendClock(db);
    const out: SyncRecord[] = [];
    for (const e of entries) {
      const r = await recordOfLog(db, e, gidOf, clock);
      if (r) out.push(r);
    }
    return out;
  });
}

/** Log entries up to `seq` reached the server. */
export const clearLog = (db: NudgelineDB, seq: number) => db.syncLog.where('seq').belowOrEqual(seq).delete();

/** Sync on: every later write is logged. Off (forget): the log and this device's sync state go. */
export async function setSyncOn(db: NudgelineDB, on: boolean): Promise<void> {
  await db.transaction('rw', [db.meta, db.syncLog], async () => {
    if (on) {
      await db.meta.put({ key: SYNC_ON_KEY, value: true });
      return;
    }
    await db.meta.where('key').startsWith('sync.').and((m) => m.key !== DEVICE_KEY && m.key !== 'sync.hlc').delete();
    await db.syncLog.clear();
  });
}

/** Changes not yet stored for the server. */
export const pendingCount = (db: NudgelineDB): Promise<number> => db.syncLog.count();

/** Which of these global ids are contacts in the ledger (an index read, no rows). */
export const knownContactGids = async (db: NudgelineDB, gids: readonly string[]): Promise<Set<string>> =>
  new Set((await db.contacts.where('gid').anyOf([...gids]).keys()) as string[]);
