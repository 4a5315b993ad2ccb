// The background's import/backup requests. Each is one transaction; a
// refused file or a failed write leaves the ledger as it was.
import type { NudgelineDB } from '../ledger/db';
import { recomputeAll } from '../ledger/recompute-all';
import { LedgerError } from '../ledger/errors';
import { loadSettings } from '../ledger/settings-store';
import { applyImport, type ImportResult } from './apply-import';
import { parseBackup } from './backup';
import { restoreBackup, type RestoreResult } from './restore-backup';
import { ImportError } from './errors';
import { normalizeEmailAddress } from './identity-keys';
import type { ImportPerson } from './person';

/** Re-check what the page sent: addresses must already be normalized. */
export async function importPeople(db: NudgelineDB, people: ImportPerson[], now: number): Promise<ImportResult> {
  for (const p of people) {
    if (p.emails.some((e) => normalizeEmailAddress(e) !== e)) throw new LedgerError(`invalid address at line ${p.line}`);
    if (!p.emails.length && !p.profileUrl) throw new LedgerError(`no email or profile at line ${p.line}`);
  }
  return applyImport(db, people, now);
}

export async function importBackupJson(db: NudgelineDB, json: string, now: number): Promise<RestoreResult> {
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

export async function recordBackup(db: NudgelineDB, at: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    // Before the first save there is no row: the defaults plus this date make one.
    const value = await loadSettings(db);
    await db.settings.put({ key: 'settings', value: { ...value, lastBackupAt: at } });
  });
}
