// Upgrades keep every row at volume, and an interrupted upgrade completes on
// the next start. IndexedDB runs an upgrade inside one versionchange
// transaction: a browser closed mid-upgrade commits none of it, and the next
// open runs the whole upgrade again from the old version. Pattern for a new
// schema version: add it to SCHEMAS in test/unit/ledger/open-at-version.ts;
// these tests then seed at the first release and open at the current one.
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie, type Transaction } from 'dexie';
import { openDb, type NudgelineDB } from '../../../src/ledger/db';
import { openAtVersion, SCHEMAS } from '../ledger/open-at-version';
import { NEVER, type Contact, type Touch } from '../../../src/core/types';
import { withoutSync } from '../ledger/sync-fields';
import { isUlid } from '../../../src/core/ulid';

const CONTACTS = 10_000;
const TOUCHES = 100_000;

function contactRow(id: number): Contact {
  return {
    id, name: `Person ${id} — ${id % 7 ? 'Zoë' : '张伟'}`, tags: id % 3 ? [] : ['t'], notes: id % 5 ? '' : `note ${id}`,
    keepWarm: id % 11 === 0, archived: false, createdAt: 1_700_000_000_000 + id, stage: id % 2 ? 'waiting' : 'nudge-due',
    section: id % 2 ? 'waiting' : 'nudge-due', dueAt: id % 13 ? 1_800_000_000_000 + id : NEVER, cameBack: false,
    attempt: id % 4, lastTouchAt: 1_750_000_000_000 + id, searchText: `person ${id}`,
  };
}

function touchRow(id: number): Touch {
  return {
    id, contactId: (id % CONTACTS) + 1, direction: id % 3 ? 'out' : 'in', kind: 'message', channel: id % 2 ? 'gmail' : 'linkedin',
    at: 1_750_000_000_000 + id * 1_000, source: 'auto', dedupeKey: `gmail:msg:${id}`, subject: `Re: ${id}`,
  };
}

const names: string[] = [];
let current: NudgelineDB | undefined;
afterEach(async () => {
  current?.close();
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

async function seedFirstRelease(name: string, contacts = CONTACTS, touches = TOUCHES): Promise<void> {
  names.push(name);
  const old = openAtVersion(name, 1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('contacts').bulkAdd(Array.from({ length: contacts }, (_, i) => contactRow(i + 1)));
    await old.table('touches').bulkAdd(Array.from({ length: touches }, (_, i) => touchRow(i + 1)));
  });
  old.close();
}

async function expectAllRows(db: Dexie, contactCount = CONTACTS, touchCount = TOUCHES): Promise<void> {
  expect(await db.table('contacts').count()).toBe(contactCount);
  expect(await db.table('touches').count()).toBe(touchCount);
  const contacts = await db.table('contacts').toArray();
  contacts.forEach((c, i) => expect(withoutSync(c)).toEqual(contactRow(i + 1)));
  const touches = await db.table('touches').toArray();
  touches.forEach((t, i) => expect(withoutSync(t)).toEqual(touchRow(i + 1)));
}

describe('schema upgrades at volume', () => {
  it(`a first-release database with ${CONTACTS} contacts and ${TOUCHES} touches opens at the current schema with every row intact`, async () => {
    const name = `upgrade-volume-${Math.random()}`;
    await seedFirstRelease(name);
    current = openDb(name);
    await current.open();
    expect(current.verno).toBe(Math.max(...Object.keys(SCHEMAS).map(Number)));
    await expectAllRows(current);
    // v3: every row has its own global id.
    for (const table of ['contacts', 'touches']) {
      const gids = (await current.table(table).toArray()).map((r: { gid?: string }) => r.gid);
      expect(gids.every(isUlid)).toBe(true);
      expect(new Set(gids).size).toBe(gids.length);
    }
    // The current indexes answer over the migrated rows.
    expect(await current.touches.where('[contactId+at]').between([1, 0], [1, Infinity]).count()).toBe(TOUCHES / CONTACTS);
  }, 300_000);

  it('an upgrade interrupted midway leaves the old database whole, and completes on the next start', async () => {
    const name = `upgrade-interrupted-${Math.random()}`;
    // Smaller than the volume test: what matters here is the rollback.
    await seedFirstRelease(name, 1_000, 10_000);
    const base = Math.max(...Object.keys(SCHEMAS).map(Number));
    const nextVersion = (upgrade: (tx: Transaction) => Promise<void>) => {
      const db = openAtVersion(name, base);
      db.version(base + 1).stores({}).upgrade(upgrade);
      return db;
    };
    // The "browser closes" halfway through rewriting touches.
    const crashing = nextVersion(async (tx) => {
      await tx.table('touches').toCollection().modify((t: Touch & { v2?: boolean }) => {
        t.v2 = true;
      });
      throw new Error('browser closed');
    });
    await expect(crashing.open()).rejects.toThrow(/browser closed/);
    crashing.close();

    current = openDb(name);
    await current.open();
    expect(current.verno).toBe(base);
    await expectAllRows(current, 1_000, 10_000);
    current.close();

    const completing = nextVersion(async (tx) => {
      await tx.table('touches').toCollection().modify((t: Touch & { v2?: boolean }) => {
        t.v2 = true;
      });
    });
    await completing.open();
    expect(completing.verno).toBe(base + 1);
    expect(await completing.table('touches').filter((t: { v2?: boolean }) => t.v2 !== true).count()).toBe(0);
    expect(await completing.table('contacts').count()).toBe(1_000);
    completing.close();
  }, 120_000);
});
