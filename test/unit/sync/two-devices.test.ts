// Two devices and a real CouchDB-protocol server on loopback: what one logs
// or edits reaches the other, edits made apart merge, and the server holds
// only ciphertext.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fc from 'fast-check';
import { startCouch, type CouchServer } from '../../sync/couch-server';
import { device } from '../../sync/device';
import { randomRawKeys } from '../../../src/sync/crypto';
import { createContact, logManualTouch, mergeContacts, observe, unmergeContact, updateContact, wipeLedger } from '../../../src/ledger/index';
import { MON, sent } from '../ledger/helpers';
import type { NudgelineDB } from '../../../src/ledger/db';

let couch: CouchServer;
beforeAll(async () => { couch = await startCouch(); });
afterAll(() => couch.close());

async function pair() {
  const url = await couch.dbUrl(`db-${Math.random().toString(36).slice(2)}`);
  const keys = randomRawKeys();
  const a = { ...(await device(url, couch.user, couch.password, keys, () => MON)), raw: keys };
  return { url, a, b: await device(url, couch.user, couch.password, keys, () => MON) };
}

/** Eight contacts P0..P7, each with an address and a message sent yesterday. */
async function eightWritten(db: NudgelineDB): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const id = await createContact(db, { name: `P${i}`, identities: [{ email: `p${i}@example.com` }] }, MON);
    await logManualTouch(db, { contactId: id, kind: 'message', direction: 'out', at: MON - 86_400_000 }, MON);
  }
}

describe('sync between two devices', { timeout: 60_000 }, () => {
  it('a send logged on A shows on B with its contact, and the server sees no plaintext', async () => {
    const { url, a, b } = await pair();
    await observe(a.db, [sent({ to: [{ email: 'dana@example.com', name: 'Dana Reyes' }], subject: 'Quarterly intro' })], MON);
    await a.sync();
    await b.sync();
    const contacts = await b.db.contacts.toArray();
    expect(contacts.map((c) => c.name)).toEqual(['Dana Reyes']);
    expect(contacts[0]!.stage).toBe('waiting');
    const touches = await b.db.touches.toArray();
    expect(touches.map((t) => [t.subject, t.contactId, t.dedupeKey])).toEqual([['Quarterly intro', contacts[0]!.id, `gmail:msg:msg-1:${contacts[0]!.id}`]]);
    expect((await b.db.identities.toArray()).map((i) => i.value)).toEqual(['dana@example.com']);
    // What B applied from A is not sent back as B's own change.
    expect(await b.db.syncLog.count()).toBe(0);
    const all = await (await fetch(`${url}/_all_docs?include_docs=true`, { headers: { Authorization: `Basic ${btoa(`${couch.user}:${couch.password}`)}` } })).text();
    for (const secret of ['Dana Reyes', 'dana@example.com', 'Quarterly', 'msg-1']) expect(all).not.toContain(secret);
  });

  it('the same contact edited on both devices while apart keeps both notes and each newer field', async () => {
    const { a, b } = await pair();
    const id = await createContact(a.db, { name: 'Sam Lee', identities: [{ email: 'sam@example.com' }] }, MON);
    await a.sync();
    await b.sync();
    const bid = (await b.db.contacts.toArray())[0]!.id!;
    await updateContact(a.db, id, { notes: 'met at the fair', tags: ['vc'] }, MON);
    await updateContact(b.db, bid, { notes: 'prefers calls', tags: ['friend'], name: 'Sam K. Lee' }, MON);
    await a.sync();
    await b.sync();
    await a.sync();
    const [ca, cb] = [(await a.db.contacts.get(id))!, (await b.db.contacts.get(bid))!];
    expect(ca.notes).toBe(cb.notes);
    expect(ca.notes).toContain('met at the fair');
    expect(ca.notes).toContain('prefers calls');
    expect([ca.tags, cb.tags]).toEqual([['friend', 'vc'], ['friend', 'vc']]);
    expect([ca.name, cb.name]).toEqual(['Sam K. Lee', 'Sam K. Lee']);
  });

  it('"Delete everything" on A does not silently empty B: B asks first, then applies', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 8; i++) await createContact(a.db, { name: `P${i}`, identities: [{ email: `p${i}@example.com` }] }, MON);
    await a.sync();
    await b.sync();
    expect(await b.db.contacts.count()).toBe(8);
    await wipeLedger(a.db);
    await a.sync();
    const asked = await b.sync();
    expect(asked.confirmDeletes).toBe(8);
    expect(await b.db.contacts.count()).toBe(8);
    await b.sync({ deletions: 'apply' });
    expect(await b.db.contacts.count()).toBe(0);
    expect(await b.db.identities.count()).toBe(0);
  });

  it('a merge on A replays on B (touches and addresses move, the merged-away row hides), and so does its undo', async () => {
    const { a, b } = await pair();
    const into = await createContact(a.db, { name: 'Dana Reyes', identities: [{ email: 'dana@work.example' }] }, MON);
    const from = await createContact(a.db, { name: 'Dana R.', identities: [{ email: 'dana@home.example' }] }, MON);
    await logManualTouch(a.db, { contactId: from, kind: 'message', direction: 'out', at: MON - 86_400_000 }, MON);
    await a.sync();
    await b.sync();
    const byName = async (name: string) => (await b.db.contacts.toArray()).find((c) => c.name === name)!;
    const [bInto, bFrom] = [await byName('Dana Reyes'), await byName('Dana R.')];
    expect(bFrom.stage).toBe('waiting');

    await mergeContacts(a.db, into, from, MON);
    await a.sync();
    await b.sync();
    expect((await b.db.contacts.get(bFrom.id!))!.mergedInto).toBe(bInto.id);
    expect((await b.db.identities.toArray()).map((i) => [i.value, i.contactId]).sort()).toEqual([['dana@home.example', bInto.id], ['dana@work.example', bInto.id]]);
    expect((await b.db.touches.toArray()).map((t) => [t.contactId, t.originContactId])).toEqual([[bInto.id, bFrom.id]]);
    expect((await b.db.contacts.get(bInto.id!))!.stage).toBe('waiting');

    await unmergeContact(a.db, from, MON);
    await a.sync();
    await b.sync();
    expect((await b.db.contacts.get(bFrom.id!))!.mergedInto).toBeUndefined();
    expect((await b.db.identities.toArray()).map((i) => [i.value, i.contactId]).sort()).toEqual([['dana@home.example', bFrom.id], ['dana@work.example', bInto.id]]);
    expect((await b.db.touches.toArray()).map((t) => t.contactId)).toEqual([bFrom.id]);
    expect([(await b.db.contacts.get(bInto.id!))!.stage, (await b.db.contacts.get(bFrom.id!))!.stage]).toEqual(['new', 'waiting']);
  });

  it('"Keep my contacts" after A deleted everything: B keeps them, touches too, and A gets them back', async () => {
    const { a, b } = await pair();
    await eightWritten(a.db);
    await a.sync();
    await b.sync();
    // A's wall clock runs a minute ahead of B's: B's "keep" must still outrank A's deletion.
    const real = Date.now.bind(Date);
    const ahead = vi.spyOn(Date, 'now').mockImplementation(() => real() + 60_000);
    await wipeLedger(a.db);
    await a.sync();
    ahead.mockRestore();
    expect((await b.sync()).confirmDeletes).toBe(8);
    await b.sync({ deletions: 'keep' });
    expect(await b.db.contacts.count()).toBe(8);
    expect(await b.db.touches.count()).toBe(8);
    // Everything B kept is on the server again: nothing waits.
    expect(await b.db.syncLog.count()).toBe(0);
    await a.sync();
    const back = await a.db.contacts.toArray();
    expect(back.map((c) => c.name).sort()).toEqual(['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(back.map((c) => c.stage)).toEqual(Array(8).fill('waiting'));
    expect(await a.db.touches.count()).toBe(8);
    expect(await a.db.identities.count()).toBe(8);
    // And the next passes agree: nobody asks again.
    expect((await b.sync()).confirmDeletes).toBeUndefined();
    expect(await b.db.contacts.count()).toBe(8);
  });

  it('a browser that joins after "Delete everything" on A gets nothing of what was deleted (no nameless contacts)', async () => {
    const { url, a } = await pair();
    await eightWritten(a.db);
    await a.sync();
    await wipeLedger(a.db);
    await createContact(a.db, { name: 'After the wipe', identities: [{ email: 'new@example.com' }] }, MON);
    await a.sync();
    const c = await device(url, couch.user, couch.password, a.raw, () => MON);
    await c.sync();
    expect((await c.db.contacts.toArray()).map((x) => x.name)).toEqual(['After the wipe']);
    expect((await c.db.identities.toArray()).map((i) => i.value)).toEqual(['new@example.com']);
    expect(await c.db.touches.count()).toBe(0);
  });
  it('a pass does not apply its own documents back to the ledger; what another device sent is applied once', async () => {
    const { a, b } = await pair();
    await eightWritten(a.db);
    expect((await a.sync()).applied).toBe(0);
    expect((await a.sync()).applied).toBe(0);
    await createContact(b.db, { name: 'From B', identities: [{ email: 'b@example.com' }] }, MON);
    const first = await b.sync();
    // B's own contact and address stay out; A's 24 records come in.
    expect(first.applied).toBe(16);
    expect((await a.sync()).applied).toBe(1);
    expect((await a.sync()).applied).toBe(0);
    expect((await a.db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['From B', 'P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
  });
  it('property: whatever names, addresses, subjects and notes are written, the server holds none of them readable', async () => {
    const words = fc.stringMatching(/^[a-z]{4,9} [a-z]{4,12}$/);
    const person = fc.record({ name: words, local: fc.stringMatching(/^[a-z]{6,12}$/), subject: words, note: words });
    await fc.assert(fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 3 }), async (people) => {
      const { url, a } = await pair();
      for (const [i, p] of people.entries()) {
        const email = `${p.local}@${p.local}${i}.example`;
        await observe(a.db, [sent({ eventId: `ev-${i}`, messageId: `msg-${i}`, to: [{ email, name: p.name }], subject: p.subject })], MON);
        const [c] = (await a.db.contacts.toArray()).filter((x) => x.name === p.name);
        if (c) await updateContact(a.db, c.id!, { notes: p.note }, MON);
      }
      await a.sync();
      const all = await (await fetch(`${url}/_all_docs?include_docs=true`, { headers: { Authorization: `Basic ${btoa(`${couch.user}:${couch.password}`)}` } })).text();
      expect(JSON.parse(all).rows.length).toBeGreaterThanOrEqual(people.length * 3);
      for (const p of people) for (const secret of [p.name, p.local, p.subject, p.note]) expect(all).not.toContain(secret);
    }), { numRuns: 12 });
  });
});
