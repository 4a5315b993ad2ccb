// Settings changes: saving (validated; every contact recomputed in the same
// transaction when the policy changed) and adding to the ignore list from an agenda row.
import type { Settings } from '../core/types';
import { validateSettings } from '../core/settings';
import type { NudgelineDB } from './db';
import { LedgerError } from './errors';
import { liveContact } from './contacts';
import { recomputeAll } from './recompute-all';
import { recomputeContacts } from './recompute';
import { loadSettings, storeSettings } from './settings-store';
import { allTables, writeTables } from './tables';
import { SYNC_ON_KEY } from './change-log';

export async function saveSettings(db: NudgelineDB, input: unknown, now: number): Promise<Settings> {
  const checked = validateSettings(input);
  if (!checked.ok) {
    throw new LedgerError(`invalid settings: ${checked.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
  }
  const settings = checked.settings;
  await db.transaction('rw', allTables(db), async () => {
    // Stages depend on the policy alone: a new template or digest hour moves none.
    const policyChanged = JSON.stringify((await loadSettings(db)).policy) !== JSON.stringify(settings.policy);
    await storeSettings(db, settings);
    if (policyChanged) await recomputeAll(db, now, settings);
  });
  return settings;
}

/** "Never track this person / this domain"; with a contact, it is archived too. */
export async function addIgnore(db: NudgelineDB, value: string, contactId: number | undefined, now: number): Promise<string[]> {
  // Kept as typed (LinkedIn member ids are case-sensitive); matching normalizes.
  const entry = value.trim();
  if (!entry) throw new LedgerError('nothing to ignore');
  return db.transaction('rw', writeTables(db), async () => {
    const current = await loadSettings(db);
    const ignoreList = current.ignoreList.includes(entry) ? current.ignoreList : [...current.ignoreList, entry];
    // The same checks as the options page, so a stored entry is never dropped on the next load.
    const checked = validateSettings({ ...current, ignoreList });
    if (!checked.ok) throw new LedgerError(`invalid ignore entry: ${entry}`);
    const settings = checked.settings;
    await storeSettings(db, settings);
    if (contactId !== undefined) {
      const c = await liveContact(db, contactId);
      await db.contacts.put({ ...c, archived: true });
      await recomputeContacts(db, [contactId], now);
    }
    return settings.ignoreList;
  });
}

/** The options page downloaded a backup at `at`. */
export async function recordBackup(db: NudgelineDB, at: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    // Before the first save there is no row: the defaults plus this date make one.
    await storeSettings(db, { ...(await loadSettings(db)), lastBackupAt: at });
  });
}

/**
 * Delete everything: contacts, touches, referrals, settings, meta. With sync
 * on, this device's sync keys stay, so the deletion reaches the other devices.
 */
export async function wipeLedger(db: NudgelineDB): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    const syncing = (await db.meta.get(SYNC_ON_KEY))?.value === true;
    await Promise.all([
      ...writeTables(db).map((t) => t.clear()),
      syncing ? db.meta.filter((m) => !m.key.startsWith('sync.')).delete() : db.meta.clear(),
    ]);
  });
}
