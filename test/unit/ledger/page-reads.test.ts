// The pages' small reads never show or count a merged-away contact.
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { contactsById, hasContacts, ledgerCounts, stagesAreCurrent } from '../../../src/ledger/queries';
import { newContact } from '../../../src/ledger/people';
import { recomputeAll } from '../../../src/ledger/recompute-all';
import { MON, freshDb } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

describe('page reads', () => {
  it('counts and lists live contacts only', async () => {
    db = freshDb();
    expect(await hasContacts(db)).toBe(false);
    const [a, b, gone] = (await db.contacts.bulkAdd([newContact('A', 0), newContact('B', 0), newContact('Gone', 0)], { allKeys: true })) as number[];
    await db.contacts.update(gone!, { mergedInto: a });
    await db.touches.add({ contactId: a!, direction: 'out', kind: 'message', channel: 'gmail', at: 1, source: 'auto', dedupeKey: 'k' });
    expect(await hasContacts(db)).toBe(true);
    expect(await ledgerCounts(db)).toEqual({ contacts: 2, touches: 1, referrals: 0 });
    expect([...(await contactsById(db, [a!, b!, gone!, 999])).keys()]).toEqual([a, b]);
  });

  it('knows whether the stages were recomputed today', async () => {
    db = freshDb();
    expect(await stagesAreCurrent(db, MON)).toBe(false);
    await recomputeAll(db, MON);
    expect(await stagesAreCurrent(db, MON)).toBe(true);
    expect(await stagesAreCurrent(db, MON + 86_400_000)).toBe(false);
  });
});
