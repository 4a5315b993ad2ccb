// Contact.timeline: the derived copy of a contact's touches that lets a full
// recompute (a settings change) skip the touches table.
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { observe } from '../../../src/ledger/observe';
import { retract } from '../../../src/ledger/retract';
import { logManualTouch } from '../../../src/ledger/contacts';
import { mergeContacts, unmergeContact } from '../../../src/ledger/merge';
import { recomputeAll } from '../../../src/ledger/recompute-all';
import { stageTimeline } from '../../../src/ledger/recompute';
import { exportBackup } from '../../../src/ledger/export';
import { computeStage } from '../../../src/core/stage';
import { DEFAULT_POLICY } from '../../../src/core/settings';
import { DAY_MS } from '../../../src/core/types';
import { MON, freshDb, received, sent } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

/** Every live contact's stored timeline equals one rebuilt from its touches. */
async function expectTimelinesMatchTouches(): Promise<void> {
  const contacts = await db.contacts.toArray();
  expect(contacts.length).toBeGreaterThan(0);
  for (const c of contacts) {
    const touches = await db.touches.filter((t) => t.contactId === c.id).toArray();
    expect({ name: c.name, timeline: c.timeline }).toEqual({ name: c.name, timeline: stageTimeline(touches) });
  }
}

describe('Contact.timeline', () => {
  it('follows every kind of write: observe, manual log, retract, merge and unmerge', async () => {
    db = freshDb();
    const dana = (await observe(db, [sent()], MON)).contactIds[0]!;
    await observe(db, [sent({ eventId: 'ev-2', messageId: 'm-2', to: [{ email: 'lee@example.com' }] })], MON);
    await observe(db, [received({ at: MON + DAY_MS, autoReply: true })], MON + DAY_MS);
    await logManualTouch(db, { contactId: dana, kind: 'call', direction: 'out', at: MON + 2 * DAY_MS }, MON + 2 * DAY_MS);
    await expectTimelinesMatchTouches();
    expect((await db.contacts.get(dana))!.timeline!.map((t) => t.kind)).toEqual(['message', 'message', 'call']);
    await retract(db, 'gmail', 'ev-2', MON + 2 * DAY_MS);
    // Undo send left Lee with nothing, so this send tracks Lee afresh.
    const lee2 = (await observe(db, [sent({ eventId: 'ev-3', messageId: 'm-3', to: [{ email: 'lee@example.com' }] })], MON)).contactIds[0]!;
    await mergeContacts(db, dana, lee2, MON + 3 * DAY_MS);
    await expectTimelinesMatchTouches();
    expect((await db.contacts.get(dana))!.timeline).toHaveLength(4);
    await unmergeContact(db, lee2, MON + 3 * DAY_MS);
    await expectTimelinesMatchTouches();
  });

  it('lets a full recompute reach the same stages without reading a single touch', async () => {
    db = freshDb();
    for (let i = 0; i < 30; i++) {
      const to = [{ email: `p${i}@example.com` }];
      await observe(db, [sent({ eventId: `e${i}`, messageId: `m${i}`, to, at: MON + (i % 5) * DAY_MS })], MON);
      if (i % 3 === 0) await observe(db, [received({ eventId: `r${i}`, messageId: `r${i}`, from: to[0], at: MON + 6 * DAY_MS })], MON + 6 * DAY_MS);
    }
    let reads = 0;
    db.touches.hook('reading', (t) => (reads++, t));
    const later = MON + 20 * DAY_MS;
    await recomputeAll(db, later);
    expect(reads).toBe(0);
    const all = await db.touches.toArray();
    for (const c of await db.contacts.toArray()) {
      const expected = computeStage(c, all.filter((t) => t.contactId === c.id), DEFAULT_POLICY, later);
      expect({ stage: c.stage, dueAt: c.dueAt, attempt: c.attempt }).toEqual({ stage: expected.stage, dueAt: expected.dueAt, attempt: expected.attempt });
    }
  });

  it('is rebuilt from the touches for rows that have none (written before timelines, or restored)', async () => {
    db = freshDb();
    const id = (await observe(db, [sent(), received({ at: MON + DAY_MS })], MON + DAY_MS)).contactIds[0]!;
    const stored = (await db.contacts.get(id))!;
    await db.contacts.put({ ...stored, timeline: undefined, stage: 'new', section: 'new' });
    await recomputeAll(db, MON + 5 * DAY_MS);
    const after = (await db.contacts.get(id))!;
    expect(after.timeline).toEqual(stored.timeline);
    expect(after.stage).toBe('reply-owed');
  });

  it('stays out of the backup: it is derived', async () => {
    db = freshDb();
    await observe(db, [sent()], MON);
    const backup = await exportBackup(db, MON);
    expect(backup.contacts[0]).not.toHaveProperty('timeline');
  });
});
