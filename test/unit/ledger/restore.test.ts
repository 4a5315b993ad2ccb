// Round trip: export, wipe, restore, export again gives the identical backup;
// a restore that fails changes nothing.
import { describe, expect, it } from 'vitest';
import { backupToJson, parseBackup } from '../../../src/data/backup';
import { exportBackup } from '../../../src/ledger/export';
import { restoreBackup } from '../../../src/ledger/restore';
import { counts, seedLedger } from '../data/seed';
import { dbsPerTest } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 12);
const fresh = dbsPerTest();

describe('JSON backup', () => {
  it('export, wipe, import, export again: the two backups are identical', async () => {
    const db = fresh();
    await seedLedger(db);
    const first = backupToJson(await exportBackup(db, NOW));
    await db.delete();
    await db.open();
    expect(await counts(db)).toEqual({ contacts: 0, identities: 0, touches: 0, referrals: 0 });
    await restoreBackup(db, parseBackup(first));
    const second = backupToJson(await exportBackup(db, NOW));
    expect(second).toBe(first);
    expect(JSON.parse(first).contacts).toHaveLength(30);
    expect(JSON.parse(first).settings.templates.nudge).toEqual(expect.any(String));
  });

  it('leaves lastBackupAt out of the backup and keeps this browser\'s value on restore', async () => {
    const db = fresh();
    await seedLedger(db);
    const backup = await exportBackup(db, NOW);
    expect(backup.settings).not.toHaveProperty('lastBackupAt');
    await restoreBackup(db, backup);
    expect((await db.settings.get('settings'))?.value.lastBackupAt).toBe(Date.UTC(2026, 10, 2, 9));
  });

  // An undo-merge record would point at whatever restored contact has that id.
  it('restoring drops the undo records of merges made in the replaced ledger', async () => {
    const db = fresh();
    await seedLedger(db);
    const backup = await exportBackup(db, NOW);
    await db.meta.bulkPut([{ key: 'merge:4', value: { identities: [1], touches: [2] } }, { key: 'lastDigest', value: { day: '2026-11-02' } }]);
    await restoreBackup(db, backup);
    // This browser's sync keys (its device id and clock) are not part of the ledger being replaced.
    expect((await db.meta.toArray()).map((m) => m.key).filter((k) => !k.startsWith('sync.'))).toEqual(['lastDigest']);
  });

  it('restoring replaces a non-empty ledger completely', async () => {
    const source = fresh();
    await seedLedger(source, 5);
    const backup = parseBackup(backupToJson(await exportBackup(source, NOW)));
    const target = fresh();
    await seedLedger(target, 12);
    await restoreBackup(target, backup);
    expect(await counts(target)).toEqual(await counts(source));
  });

  it('a restore that fails midway changes nothing', async () => {
    const db = fresh();
    await seedLedger(db, 4);
    const before = backupToJson(await exportBackup(db, NOW));
    const bad = parseBackup(before);
    // Two identities with the same [kind+value] violate the unique index mid-transaction.
    bad.identities.push({ ...bad.identities[0]!, id: 9_999 });
    await expect(restoreBackup(db, bad)).rejects.toThrow(/ConstraintError|uniqueness|already exists/i);
    expect(backupToJson(await exportBackup(db, NOW))).toBe(before);
  });
});
