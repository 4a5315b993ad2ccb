// Restoring a backup replaces the whole ledger in one transaction, keeping
// every id, so the restored ledger exports to the same backup.
import type { Settings } from '../core/types';
import { parseBackup } from '../data/backup';
import type { Backup } from '../data/backup-schema';
import { ImportError } from '../data/errors';
import type { NudgelineDB } from './db';
import { LedgerError } from './errors';
import { recomputeAll } from './recompute-all';

export interface RestoreResult {
  contacts: number;
  touches: number;
}

export async function restoreBackup(db: NudgelineDB, b: Backup): Promise<RestoreResult> {
  const tables = [db.contacts, db.identities, db.touches, db.referrals, db.settings];
  return db.transaction('rw', [...tables, db.meta], async () => {
    const previous = await db.settings.get('settings');
    await Promise.all(tables.map((t) => t.clear()));
    // Undo records of merges made in the replaced ledger would point at restored rows.
    await db.meta.where('key').startsWith('merge:').delete();
    await db.contacts.bulkAdd(b.contacts);
    await db.identities.bulkAdd(b.identities);
    await db.touches.bulkAdd(b.touches);
    await db.referrals.bulkAdd(b.referrals);
    if (b.settings) {
      const value: Settings = { ...(b.settings as Settings) };
      // When this browser last made a backup is about this browser: keep it.
      if (previous?.value.lastBackupAt) value.lastBackupAt = previous.value.lastBackupAt;
      await db.settings.put({ key: 'settings', value });
    }
    return { contacts: b.contacts.length, touches: b.touches.length };
  });
}

/** A backup file's text, checked again here (a page's word is not enough), then restored. */
export async function restoreBackupJson(db: NudgelineDB, json: string, now: number): Promise<RestoreResult> {
  let backup;
  try {
    backup = parseBackup(json);
  } catch (err) {
    if (err instanceof ImportError) throw new LedgerError(err.message);
    throw err;
  }
  const result = await restoreBackup(db, backup);
  // Stages are materialized for a moment in time: bring them to today.
  await recomputeAll(db, now);
  return result;
}
