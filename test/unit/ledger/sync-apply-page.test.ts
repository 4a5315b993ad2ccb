// One pulled page applied to the ledger: what an earlier record of the page
// wrote is seen by a later one, as if each record were read afresh (the
// apply reads its lookups for the whole page at once).
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { createContact, logManualTouch } from '../../../src/ledger/contacts';
import { applyRemote } from '../../../src/ledger/sync-apply';
import { contactRecord, gidLookup, identityRecord, touchRecord } from '../../../src/ledger/sync-records';
import type { SyncRecord, TouchRecord } from '../../../src/core/sync-merge';
import { ulid } from '../../../src/core/ulid';
import { MON, freshDb } from './helpers';

const dbs: NudgelineDB[] = [];
afterEach(async () => { await Promise.all(dbs.splice(0).map((d) => d.delete())); });
const db = () => { const d = freshDb(); dbs.push(d); return d; };

/** Two contacts on device A, each with an address and one touch, as records. */
async function fromA() {
  const a = db();
  const p = await createContact(a, { name: 'Pat', identities: [{ email: 'pat@example.com' }] }, MON);
  const q = await createContact(a, { name: 'Quinn', identities: [{ email: 'quinn@example.com' }] }, MON);
  await logManualTouch(a, { contactId: p, kind: 'message', direction: 'out', at: MON - 86_400_000 }, MON);
  const gidOf = gidLookup(a);
  const contacts = await Promise.all((await a.contacts.toArray()).map((c) => contactRecord(c, gidOf)));
  const identities = await Promise.all((await a.identities.toArray()).map((i) => identityRecord(i, gidOf)));
  const [touch] = await Promise.all((await a.touches.toArray()).map((t) => touchRecord(t, gidOf)));
  return { contacts, identities, touch: touch!, gidOf: { p: await gidOf(p), q: await gidOf(q) } };
}

describe('applying one page', () => {
  it('an address two records give to two people goes to the first only', async () => {
    const { contacts, identities, gidOf } = await fromA();
    const pat = identities.find((i) => i.value === 'pat@example.com')!;
    const sameForQuinn = { ...pat, gid: ulid(), contact: gidOf.q };
    const b = db();
    await applyRemote(b, [...contacts, pat, sameForQuinn], MON);
    const rows = await b.identities.where('[kind+value]').equals(['email', 'pat@example.com']).toArray();
    const quinn = await b.contacts.where('gid').equals(gidOf.q).first();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.contactId).not.toBe(quinn!.id);
  });

  it('the same message twice in a page (two global ids) is one touch, with what both knew', async () => {
    const { contacts, identities, touch } = await fromA();
    const twin: TouchRecord = { ...touch, gid: ulid(), fields: { ...touch.fields, subject: 'Intro' } };
    const b = db();
    const result = await applyRemote(b, [...contacts, ...identities, touch, twin], MON);
    expect(result.touches).toBe(1);
    const rows = await b.touches.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.subject).toBe('Intro');
    expect(rows[0]!.gid).toBe(touch.gid < twin.gid ? touch.gid : twin.gid);
  });

  it('a touch added and retracted in the same page is gone, and its contact recomputed', async () => {
    const { contacts, identities, touch } = await fromA();
    const b = db();
    const page: SyncRecord[] = [...contacts, ...identities, touch, { ...touch, gone: true }];
    await applyRemote(b, page, MON);
    expect(await b.touches.count()).toBe(0);
    const pat = (await b.contacts.toArray()).find((c) => c.name === 'Pat')!;
    expect(pat.stage).toBe('new');
  });

  it('a page of records this ledger already holds (hundreds of lookups answered from the page cache) applies in one transaction', async () => {
    const a = db();
    const id = await createContact(a, { name: 'Pat', identities: [{ email: 'pat@example.com' }] }, MON);
    await a.touches.bulkAdd(Array.from({ length: 400 }, (_, i) => ({
      contactId: id, direction: 'out' as const, kind: 'message' as const, channel: 'gmail' as const, at: MON - (i + 1) * 60_000, source: 'auto' as const, dedupeKey: `gmail:msg:${i}:${id}`,
    })));
    const gidOf = gidLookup(a);
    const page: SyncRecord[] = [
      ...(await Promise.all((await a.contacts.toArray()).map((c) => contactRecord(c, gidOf)))),
      ...(await Promise.all((await a.identities.toArray()).map((i) => identityRecord(i, gidOf)))),
      ...(await Promise.all((await a.touches.toArray()).map((t) => touchRecord(t, gidOf)))),
    ];
    const b = db();
    expect((await applyRemote(b, page, MON)).touches).toBe(400);
    // Again: every lookup finds its row, nothing is written per record.
    expect((await applyRemote(b, page, MON)).touches).toBe(0);
    expect(await b.touches.count()).toBe(400);
  });
});
