// The migration pattern: seed a database as a released version wrote it,
// reopen it with the current openDb(), check every row. A new schema version
// adds its stores to SCHEMAS (open-at-version.ts) and a case below (seed at n-1, open at n).
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type NudgelineDB } from '../../../src/ledger/db';
import { openAtVersion } from './open-at-version';
import { loadSettings } from '../../../src/ledger/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { NEVER } from '../../../src/core/types';
import { isUlid } from '../../../src/core/ulid';
import { withoutSync } from './sync-fields';

/** Rows as v1 wrote them: one of each kind, including optional fields. */
const V1_ROWS = {
  contacts: [
    { id: 1, name: 'Dana', tags: ['vc'], notes: 'met at conf', keepWarm: true, archived: false, createdAt: 1, stage: 'waiting', dueAt: 5, cameBack: false, section: 'waiting', attempt: 1, lastTouchAt: 2, searchText: 'dana', cadence: { nudgeIntervals: [5, 10] } },
    { id: 2, name: 'Sam', tags: [], notes: '', keepWarm: false, archived: true, createdAt: 1, stage: 'archived', dueAt: NEVER, cameBack: false, section: 'archived', attempt: 0, lastTouchAt: 0, mergedInto: 1 },
  ],
  identities: [{ id: 1, contactId: 1, kind: 'email', value: 'dana@example.com', display: 'Dana@Example.com' }, { id: 2, contactId: 1, kind: 'linkedin', value: 'https://www.linkedin.com/in/dana/', originContactId: 2 }],
  touches: [{ id: 1, contactId: 1, direction: 'out', kind: 'message', channel: 'gmail', at: 2, source: 'auto', dedupeKey: 'gmail:msg:m1:1', eventId: 'e1', subject: 'Hi', threadUrl: 'https://mail.google.com/x' }],
  referrals: [{ id: 1, referrerId: 1, refereeId: 2, mayUseName: true, status: 'named', createdAt: 3, duty: 'thank', dutyDueAt: 4 }],
  settings: [{ key: 'settings', value: { version: 1, policy: { ...DEFAULT_SETTINGS.policy, nudgeIntervals: [2, 4, 8] }, detectionMode: 'tracked-only' } }],
  meta: [{ key: 'lastRecomputeDay', value: '2026-11-02' }],
};

let db: NudgelineDB | undefined;
afterEach(() => db?.delete());

describe('migrations', () => {
  const cases = [{ from: 1, rows: V1_ROWS }];
  it.each(cases)('a database written at v$from opens with the current schema and keeps every row', async ({ from, rows }) => {
    const name = `migrate-${from}-${Math.random()}`;
    const old = openAtVersion(name, from);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
    });
    old.close();

    db = openDb(name);
    await db.open();
    for (const [table, list] of Object.entries(rows)) {
      const now = await db.table(table).toArray();
      // v3 adds a global id (and contacts their clocks); everything else is as written.
      expect({ table, rows: now.map(withoutSync) }).toEqual({ table, rows: list });
      const synced = table !== 'settings' && table !== 'meta';
      expect({ table, ids: now.every((r: { gid?: unknown }) => isUlid(r.gid)) }).toEqual({ table, ids: synced });
    }
    // Indexes of the current schema answer on migrated rows.
    expect(await db.contacts.where('[section+dueAt]').between(['waiting', 0], ['waiting', Infinity]).primaryKeys()).toEqual([1]);
    expect(await db.touches.where('dedupeKey').equals('gmail:msg:m1:1').count()).toBe(1);
    expect(await db.contacts.where('mergedInto').equals(1).primaryKeys()).toEqual([2]);
  });

  it('v1 → v2 drops the contact indexes no query uses, and nothing else', async () => {
    const name = `migrate-v2-indexes-${Math.random()}`;
    const old = openAtVersion(name, 1);
    await old.open();
    await old.table('contacts').bulkAdd(V1_ROWS.contacts);
    old.close();
    db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    const indexes = (t: string) => db!.table(t).schema.indexes.map((i) => i.name).sort();
    expect(indexes('contacts')).toEqual(['[section+dueAt]', 'gid', 'mergedInto']);
    expect(indexes('touches')).toEqual(['[contactId+at]', 'at', 'dedupeKey', 'eventId', 'gid']);
    expect((await db.contacts.toArray()).map(withoutSync)).toEqual(V1_ROWS.contacts);
  });

  it('stored settings of an older shape load with every missing field defaulted', async () => {
    const name = `migrate-settings-${Math.random()}`;
    const old = openAtVersion(name, 1);
    await old.open();
    await old.table('settings').put(V1_ROWS.settings[0]);
    old.close();
    db = openDb(name);
    const s = await loadSettings(db);
    expect(s.policy.nudgeIntervals).toEqual([2, 4, 8]);
    expect(s.detectionMode).toBe('tracked-only');
    expect(s.templates).toEqual(DEFAULT_SETTINGS.templates);
  });
});
