// Parsing a backup file: what is refused, and where.
import { describe, expect, it } from 'vitest';
import { backupToJson, parseBackup } from '../../../src/data/backup';
import { exportBackup } from '../../../src/ledger/export';
import { seedLedger } from './seed';
import { dbsPerTest } from '../ledger/helpers';

const NOW = Date.UTC(2026, 10, 20, 12);
const fresh = dbsPerTest();

describe('JSON backup', () => {
  it.each([
    ['another format', { format: 'other' }, 'importNotBackup'],
    ['a newer version', { format: 'nudgeline-backup', version: 99 }, 'importBackupNewer'],
    ['a wrong type', { format: 'nudgeline-backup', version: 1, exportedAt: 'yesterday' }, 'importBackupInvalid'],
    ['an array', [], 'importNotBackup'],
  ])('refuses %s', (_, data, key) => {
    expect(() => parseBackup(JSON.stringify(data))).toThrow(expect.objectContaining({ key }));
  });

  it('refuses rows that point at contacts not in the backup, and repeated ids', async () => {
    const db = fresh();
    await seedLedger(db, 3);
    const b = await exportBackup(db, NOW);
    const orphan = structuredClone(b);
    orphan.touches[0]!.contactId = 999;
    expect(() => parseBackup(JSON.stringify(orphan))).toThrow(expect.objectContaining({ key: 'importBackupInvalid', subs: ['touches.0.contactId', '999'] }));
    const repeated = structuredClone(b);
    repeated.contacts[1]!.id = repeated.contacts[0]!.id;
    expect(() => parseBackup(JSON.stringify(repeated))).toThrow(expect.objectContaining({ key: 'importBackupInvalid' }));
  });

  it('drops keys the ledger never writes, __proto__ included', async () => {
    const db = fresh();
    await seedLedger(db, 4);
    const json = backupToJson(await exportBackup(db, NOW)).replace('"name":', '"__proto__": {"polluted": true}, "evil": 1, "name":');
    const b = parseBackup(json);
    expect(Object.keys(b.contacts[0]!)).not.toContain('evil');
    expect(Object.prototype.hasOwnProperty.call(b.contacts[0], '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
