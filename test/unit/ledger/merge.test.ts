// Merging contacts from different channels keeps every touch and identity,
// and undoing the merge puts each one back where it was.
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { observe } from '../../../src/ledger/observe';
import { mergeContacts, unmergeContact } from '../../../src/ledger/merge';
import { saveReferral } from '../../../src/ledger/referrals';
import { searchContacts } from '../../../src/ledger/queries';
import { MON, freshDb, received, sent } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

const snapshot = async () => ({
  identities: (await db.identities.orderBy('id').toArray()).map((i) => [i.id, i.contactId, i.value]),
  touches: (await db.touches.orderBy('id').toArray()).map((t) => [t.id, t.contactId, t.dedupeKey]),
  referrals: (await db.referrals.orderBy('id').toArray()).map((r) => [r.id, r.referrerId, r.refereeId]),
});

/** Dana by email (2 touches), Dana on LinkedIn (1 touch), and Sam who Dana referred. */
async function seed(): Promise<{ mail: number; li: number; sam: number }> {
  db = freshDb();
  const a = await observe(db, [sent(), received()], MON);
  const b = await observe(db, [sent({
    site: 'linkedin', eventId: 'li-1', messageId: 'li-1',
    to: [{ name: 'Dana Reyes', profileUrl: 'https://www.linkedin.com/in/danareyes/?locale=en' }],
  })], MON + 1);
  const c = await observe(db, [sent({ eventId: 's', messageId: 's', to: [{ email: 'sam@example.com' }] })], MON + 2);
  await saveReferral(db, { referrerId: b.contactIds[0]!, refereeId: c.contactIds[0]!, mayUseName: true, status: 'named' }, MON + 3);
  return { mail: a.contactIds[0]!, li: b.contactIds[0]!, sam: c.contactIds[0]! };
}

describe('merge and unmerge', () => {
  it('merge moves every identity, touch and referral; unmerge restores them exactly', async () => {
    const { mail, li } = await seed();
    const before = await snapshot();
    await mergeContacts(db, mail, li, MON + 10);

    expect(await db.touches.where('contactId').equals(mail).count()).toBe(3);
    expect(await db.identities.where('contactId').equals(li).count()).toBe(0);
    expect((await db.referrals.toArray())[0]!.referrerId).toBe(mail);
    const merged = (await db.contacts.get(li))!;
    expect(merged.mergedInto).toBe(mail);
    expect((await searchContacts(db, 'danareyes', 10)).map((c) => c.id)).toEqual([mail]);

    expect(await unmergeContact(db, li, MON + 20)).toEqual([li]);
    expect(await snapshot()).toEqual(before);
    expect((await db.contacts.get(li))!.mergedInto).toBeUndefined();
    expect((await db.touches.toArray()).every((t) => t.originContactId === undefined)).toBe(true);
  });

  it('a message logged again after the merge is still one touch', async () => {
    const { mail, li } = await seed();
    await mergeContacts(db, mail, li, MON + 10);
    await observe(db, [sent({
      site: 'linkedin', eventId: 'li-1', messageId: 'li-1', to: [{ profileUrl: 'https://www.linkedin.com/in/danareyes/' }],
    })], MON + 11);
    expect(await db.touches.count()).toBe(4);
  });

  it('chained merges undo one step at a time without losing anything', async () => {
    const { mail, li, sam } = await seed();
    const before = await snapshot();
    await mergeContacts(db, li, sam, MON + 10);
    await mergeContacts(db, mail, li, MON + 11);
    expect(await db.touches.where('contactId').equals(mail).count()).toBe(4);
    await unmergeContact(db, li, MON + 12);
    expect(await db.touches.where('contactId').equals(li).count()).toBe(2);
    await unmergeContact(db, sam, MON + 13);
    expect(await snapshot()).toEqual(before);
  });

  it('unmerge given the surviving contact undoes the merges into it', async () => {
    const { mail, li } = await seed();
    await mergeContacts(db, mail, li, MON + 10);
    expect(await unmergeContact(db, mail, MON + 11)).toEqual([li]);
    expect(await db.touches.where('contactId').equals(li).count()).toBe(1);
  });

  it.each([
    ['into itself', (ids: { mail: number }) => mergeContacts(db, ids.mail, ids.mail, MON), /itself/],
    ['a missing contact', (ids: { mail: number }) => mergeContacts(db, ids.mail, 999, MON), /not found/],
    ['a contact never merged', (ids: { mail: number }) => unmergeContact(db, ids.mail, MON), /no merge to undo/],
  ])('refuses to merge %s and changes nothing', async (_, act, error) => {
    const ids = await seed();
    const before = await snapshot();
    await expect(act(ids)).rejects.toThrow(error);
    expect(await snapshot()).toEqual(before);
  });
});
