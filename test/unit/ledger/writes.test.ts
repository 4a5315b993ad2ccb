// Page actions, undo send, settings and the day-boundary recompute: each one
// transaction, all or nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { observe } from '../../../src/ledger/observe';
import { retract } from '../../../src/ledger/retract';
import { contactAction, createContact, logManualTouch, snoozeAllDue, updateContact } from '../../../src/ledger/contacts';
import { addIgnore, saveSettings, wipeLedger } from '../../../src/ledger/settings-ops';
import { saveReferral } from '../../../src/ledger/referrals';
import { loadSettings } from '../../../src/ledger/settings-store';
import { lastRecomputeDay, recomputeAll } from '../../../src/ledger/recompute-all';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { DAY_MS, DUE_SECTIONS } from '../../../src/core/types';
import { MON, dump, freshDb, received, sent } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

async function dana(): Promise<number> {
  db = freshDb();
  return (await observe(db, [sent()], MON)).contactIds[0]!;
}
const stageOf = async (id: number) => (await db.contacts.get(id))!.stage;

describe('retract (undo send)', () => {
  it('removes the touches of the event and the contact it had just started tracking', async () => {
    await dana();
    expect(await retract(db, 'gmail', 'ev-1', MON + 5_000)).toBe(1);
    expect(await db.touches.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.identities.count()).toBe(0);
  });

  it('keeps a contact with history and recomputes it; another site cannot retract it', async () => {
    const id = await dana();
    await observe(db, [sent({ eventId: 'ev-2', messageId: 'msg-2', at: MON + 1_000 })], MON + 1_000);
    expect(await retract(db, 'linkedin', 'ev-2', MON + 2_000)).toBe(0);
    expect((await db.contacts.get(id))!.attempt).toBe(2);
    await retract(db, 'gmail', 'ev-2', MON + 2_000);
    expect(await db.touches.count()).toBe(1);
    expect((await db.contacts.get(id))!.attempt).toBe(1);
  });
});

describe('contact actions', () => {
  it.each([
    ['snooze', { snoozedUntil: MON + 3 * DAY_MS }, 'snoozed'],
    ['let-go', { letGoAt: MON + 1 }, 'let-go'],
    ['archive', { archived: true }, 'archived'],
    ['keep-warm', { keepWarm: true }, 'waiting'],
  ] as const)('%s sets the flag and the stage follows', async (action, fields, stage) => {
    const id = await dana();
    await contactAction(db, id, action, MON + 3 * DAY_MS, MON + 1);
    expect(await db.contacts.get(id)).toMatchObject(fields);
    expect(await stageOf(id)).toBe(stage);
  });

  it('unsnooze, reactivate and unarchive undo their counterparts', async () => {
    const id = await dana();
    await contactAction(db, id, 'snooze', MON + DAY_MS, MON + 1);
    await contactAction(db, id, 'unsnooze', undefined, MON + 2);
    await contactAction(db, id, 'archive', undefined, MON + 3);
    await contactAction(db, id, 'unarchive', undefined, MON + 4);
    await contactAction(db, id, 'let-go', undefined, MON + 5);
    await contactAction(db, id, 'reactivate', undefined, MON + 6);
    const c = (await db.contacts.get(id))!;
    expect([c.snoozedUntil, c.archived, c.letGoAt, c.reactivatedAt]).toEqual([undefined, false, undefined, MON + 6]);
  });

  it('mark-replied logs the contact answering an unanswered attempt, and the user answering a reply owed', async () => {
    const id = await dana();
    await contactAction(db, id, 'mark-replied', undefined, MON + 1);
    await observe(db, [received({ at: MON + 2 })], MON + 2);
    await db.contacts.update(id, { section: 'reply-owed' });
    await contactAction(db, id, 'mark-replied', undefined, MON + 3);
    const manual = (await db.touches.toArray()).filter((t) => t.channel === 'manual');
    expect(manual.map((t) => t.direction)).toEqual(['in', 'out']);
  });

  it('refuses a snooze without a future date, and a missing contact, changing nothing', async () => {
    const id = await dana();
    const before = await dump(db);
    await expect(contactAction(db, id, 'snooze', undefined, MON)).rejects.toThrow(/future/);
    await expect(contactAction(db, 999, 'archive', undefined, MON)).rejects.toThrow(/not found/);
    await expect(snoozeAllDue(db, DUE_SECTIONS, MON - 1, MON)).rejects.toThrow(/future/);
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a touch logged by hand on a missing or merged-away contact, writing nothing', async () => {
    const id = await dana();
    const merged = await createContact(db, { name: 'Old Dana', identities: [] }, MON);
    await db.contacts.update(merged, { mergedInto: id });
    const before = await dump(db);
    await expect(logManualTouch(db, { contactId: 999, kind: 'call', direction: 'out', at: MON }, MON)).rejects.toThrow(/not found/);
    await expect(logManualTouch(db, { contactId: merged, kind: 'call', direction: 'out', at: MON }, MON)).rejects.toThrow(/merged into/);
    expect(await dump(db)).toEqual(before);
  });

  it('create, update, log by hand, snooze all due', async () => {
    db = freshDb();
    const id = await createContact(db, { name: ' Ana ', identities: [{ email: 'Ana@x.example' }] }, MON);
    await expect(createContact(db, { name: 'Other', identities: [{ email: 'ana@x.example' }] }, MON)).rejects.toThrow(/already tracked/);
    await updateContact(db, id, { name: 'Ana Lima', tags: ['a', 'a', ' b '], checkInEveryDays: 30 }, MON);
    expect(await db.contacts.get(id)).toMatchObject({ name: 'Ana Lima', tags: ['a', 'b'], checkInEveryDays: 30 });
    expect((await db.contacts.get(id))!.searchText).toContain('ana lima');
    await updateContact(db, id, { checkInEveryDays: null }, MON);
    expect((await db.contacts.get(id))!.checkInEveryDays).toBeUndefined();
    await logManualTouch(db, { contactId: id, kind: 'call', direction: 'out', at: MON - 30 * DAY_MS }, MON);
    expect(await stageOf(id)).toBe('nudge-due');
    expect(await snoozeAllDue(db, DUE_SECTIONS, MON + DAY_MS, MON)).toBe(1);
    expect(await stageOf(id)).toBe('snoozed');
  });
});

describe('logging by hand', () => {
  // A call or meeting logged "now" from a page whose clock runs a little ahead
  // must count at once, not at the next day boundary.
  it('counts a touch dated a few minutes ahead as happening now', async () => {
    db = freshDb();
    const id = (await observe(db, [sent({ at: MON - 10 * DAY_MS })], MON - 10 * DAY_MS)).contactIds[0]!;
    expect((await db.contacts.get(id))!.section).toBe('waiting');
    await recomputeAll(db, MON);
    expect((await db.contacts.get(id))!.section).toBe('nudge-due');
    await logManualTouch(db, { contactId: id, kind: 'call', direction: 'in', at: MON + 5 * 60_000 }, MON);
    const after = (await db.contacts.get(id))!;
    expect(after.section).toBe('engaged');
    expect(after.lastTouchAt).toBe(MON);
  });
});

describe('settings', () => {
  it('refuses invalid settings and changes nothing', async () => {
    await dana();
    const before = await dump(db);
    const shrinking = { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy, nudgeIntervals: [7, 3] } };
    await expect(saveSettings(db, shrinking, MON)).rejects.toThrow(/invalid settings/);
    await expect(saveSettings(db, { detectionMode: 'everyone' }, MON)).rejects.toThrow(/detectionMode/);
    expect(await dump(db)).toEqual(before);
  });

  it('saves valid settings and recomputes every contact with them', async () => {
    const id = await dana();
    const dueBefore = (await db.contacts.get(id))!.dueAt;
    const longer = { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy, nudgeIntervals: [10, 20] } };
    await saveSettings(db, longer, MON);
    expect((await loadSettings(db)).policy.nudgeIntervals).toEqual([10, 20]);
    expect((await db.contacts.get(id))!.dueAt).toBeGreaterThan(dueBefore);
  });

  // Stages depend on the policy alone: a new template or digest hour rewrites no contact.
  it('saving settings that leave the policy as it was recomputes nothing', async () => {
    await dana();
    let reads = 0;
    db.contacts.hook('reading', (c) => (reads++, c));
    const templates = { ...DEFAULT_SETTINGS.templates, nudge: 'Hi {firstName}, any thoughts? {me}' };
    await saveSettings(db, { ...DEFAULT_SETTINGS, templates, digest: { ...DEFAULT_SETTINGS.digest, hour: 8 } }, MON);
    expect((await loadSettings(db)).templates.nudge).toBe(templates.nudge);
    expect(reads).toBe(0);
  });

  it('ignore.add stores the entry once and archives the contact; a bad entry is refused', async () => {
    const id = await dana();
    await addIgnore(db, 'dana@example.com', id, MON);
    await addIgnore(db, 'dana@example.com', undefined, MON);
    expect((await loadSettings(db)).ignoreList).toEqual(['dana@example.com']);
    expect(await stageOf(id)).toBe('archived');
    await expect(addIgnore(db, 'not an entry !!', undefined, MON)).rejects.toThrow(/invalid ignore entry/);
  });

  it('wipe deletes everything', async () => {
    await dana();
    await wipeLedger(db);
    expect(Object.values(await dump(db)).flat()).toEqual([]);
  });
});

describe('referrals and the day boundary', () => {
  it('a referral save computes the open duty; done moves it on', async () => {
    const referrer = await dana();
    const referee = (await observe(db, [sent({ eventId: 's', messageId: 's', to: [{ email: 'sam@example.com' }] })], MON)).contactIds[0]!;
    const rid = await saveReferral(db, { referrerId: referrer, refereeId: referee, mayUseName: true, status: 'named' }, MON);
    expect((await db.referrals.get(rid))!.duty).toBe('thank');
    await saveReferral(db, { id: rid, referrerId: referrer, refereeId: referee, mayUseName: true, status: 'named', done: 'thank' }, MON + 1);
    expect((await db.referrals.get(rid))!).toMatchObject({ thankedAt: MON + 1 });
    expect((await db.referrals.get(rid))!.duty).toBeUndefined();
    // The referee replies: report back to the referrer.
    await observe(db, [received({ from: { email: 'sam@example.com' }, at: MON + 2 })], MON + 2);
    expect((await db.referrals.get(rid))!.duty).toBe('report-back');
    // Permission to use the referrer's name is kept, and can be withdrawn.
    expect((await db.referrals.get(rid))!.mayUseName).toBe(true);
    await saveReferral(db, { id: rid, referrerId: referrer, refereeId: referee, mayUseName: false, status: 'replied' }, MON + 3);
    expect((await db.referrals.get(rid))!).toMatchObject({ mayUseName: false, status: 'replied', thankedAt: MON + 1 });
    await expect(saveReferral(db, { referrerId: referrer, refereeId: referrer, mayUseName: false, status: 'asked' }, MON)).rejects.toThrow(/refer themselves/);
  });

  it('recomputeAll moves stages as days pass and records the day', async () => {
    const id = await dana();
    expect(await stageOf(id)).toBe('waiting');
    await recomputeAll(db, MON + 10 * DAY_MS);
    expect(await stageOf(id)).toBe('nudge-due');
    expect(await lastRecomputeDay(db)).toBe('2026-11-12');
  });
});
