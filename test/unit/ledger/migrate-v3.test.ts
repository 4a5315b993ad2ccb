// v2 → v3 (global ids, contact clocks): the real upgrade, stopped midway,
// leaves v2 as it was; the next open runs it again and completes.
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDb } from '../../../src/ledger/db';
import { upgradeToV3 } from '../../../src/ledger/migrate-v3';
import { openAtVersion } from './open-at-version';
import { isUlid } from '../../../src/core/ulid';
import { ZERO_HLC } from '../../../src/core/hlc';
import { LWW_FIELDS } from '../../../src/core/contact-sync';
import { NEVER, type Contact } from '../../../src/core/types';

const names: string[] = [];
afterEach(async () => { await Promise.all(names.splice(0).map((n) => Dexie.delete(n))); });

const contact = (id: number): Contact => ({
  id, name: `P${id}`, tags: id % 2 ? ['vc'] : [], notes: id % 3 ? '' : `n${id}`, keepWarm: false, archived: false, createdAt: id,
  stage: 'new', section: 'new', dueAt: NEVER, cameBack: false, attempt: 0, lastTouchAt: 0,
});

async function seedV2(rows: number): Promise<string> {
  const name = `v3-${Math.random()}`;
  names.push(name);
  const old = openAtVersion(name, 2);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('contacts').bulkAdd(Array.from({ length: rows }, (_, i) => contact(i + 1)));
    await old.table('identities').bulkAdd(Array.from({ length: rows }, (_, i) => ({ id: i + 1, contactId: i + 1, kind: 'email', value: `p${i}@x.com` })));
    await old.table('referrals').add({ id: 1, referrerId: 1, refereeId: 2, mayUseName: true, status: 'named', createdAt: 3, dutyDueAt: NEVER });
  });
  old.close();
  return name;
}

describe('v2 → v3', () => {
  it('gives every row a distinct global id and every contact clocks older than any edit', async () => {
    const name = await seedV2(10_000);
    const db = openDb(name);
    await db.open();
    for (const table of ['contacts', 'identities', 'referrals'] as const) {
      const gids = (await db[table].toArray()).map((r) => r.gid);
      expect({ table, ok: gids.every(isUlid) }).toEqual({ table, ok: true });
      expect(new Set(gids).size).toBe(gids.length);
    }
    const c3 = (await db.contacts.get(3))!;
    expect(LWW_FIELDS.every((f) => c3.sync!.c[f] === ZERO_HLC)).toBe(true);
    expect(c3.sync!.notes).toEqual([{ text: 'n3', at: ZERO_HLC, over: [] }]);
    expect(c3.sync!.tags).toEqual({ vc: { a: [ZERO_HLC], r: [] } });
    db.close();
  }, 120_000);

  it('an upgrade stopped midway leaves v2 untouched, and the next open completes it', async () => {
    const name = await seedV2(2_000);
    const crashing = openAtVersion(name, 2);
    crashing.version(3).stores({}).upgrade(async (tx) => {
      await upgradeToV3(tx);
      throw new Error('browser closed');
    });
    await expect(crashing.open()).rejects.toThrow(/browser closed/);
    crashing.close();

    const stillV2 = openAtVersion(name, 2);
    await stillV2.open();
    expect(stillV2.verno).toBe(2);
    expect(await stillV2.table('contacts').filter((c: Contact) => c.gid !== undefined).count()).toBe(0);
    expect(await stillV2.table('contacts').count()).toBe(2_000);
    stillV2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.contacts.filter((c) => !isUlid(c.gid) || !c.sync).count()).toBe(0);
    expect(await db.identities.filter((i) => !isUlid(i.gid)).count()).toBe(0);
    db.close();
  }, 120_000);
});
