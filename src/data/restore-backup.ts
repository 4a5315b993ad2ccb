// Restoring a backup replaces the whole ledger in one transaction, keeping
// every id, so the restored ledger exports to the same backup.
import type { NudgelineDB } from '../ledger/db';
import type { Backup } from './backup-schema';
import type { Settings } from '../core/types';

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
