// Reading the whole ledger out: the JSON backup and the contacts spreadsheet,
// each in one read transaction so the file is one moment of the ledger.
import type { Settings } from '../core/types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../data/backup-schema';
import { contactsToCsv } from '../data/export-csv';
import type { NudgelineDB } from './db';

const byId = <T extends { id?: number }>(a: T, b: T) => (a.id ?? 0) - (b.id ?? 0);
const noGid = <T extends { gid?: string }>({ gid: _g, ...row }: T): Omit<T, 'gid'> => row;

/** Everything in the ledger. lastBackupAt stays out: it describes this browser, not the data. */
export async function exportBackup(db: NudgelineDB, now: number): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.identities, db.touches, db.referrals, db.settings], async () => {
    const row = await db.settings.get('settings');
    let settings: Settings | null = null;
    if (row) {
      const { lastBackupAt: _omit, ...rest } = row.value;
      void _omit;
      settings = rest;
    }
    const [contacts, identities, touches, referrals] = await Promise.all([
      db.contacts.toArray(), db.identities.toArray(), db.touches.toArray(), db.referrals.toArray(),
    ]);
    return {
      format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, settings,
      // timeline is derived from the touches (and rebuilt after a restore).
      // Global ids and clocks belong to this browser's sync (a restore is a new ledger).
      contacts: contacts.sort(byId).map(({ timeline: _derived, gid: _g, sync: _s, ...c }) => c), identities: identities.sort(byId).map(noGid),
      touches: touches.sort(byId).map(noGid), referrals: referrals.sort(byId).map(noGid),
    } as Backup;
  });
}

export async function exportContactsCsv(db: NudgelineDB): Promise<string> {
  const [contacts, identities] = await db.transaction('r', db.contacts, db.identities, () =>
    Promise.all([db.contacts.toArray(), db.identities.toArray()]));
  // A merged-away contact is part of the one it was merged into.
  return contactsToCsv(contacts.filter((c) => c.mergedInto === undefined), identities);
}
