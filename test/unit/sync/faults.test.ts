// Sync through a faulty network and a server that forgets: every fault ends,
// after a few more passes, with both devices holding exactly the same
// ledger and the server exactly one document per record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, memoryPouch, type CouchServer } from '../../sync/couch-server';
import { startFaultProxy, type Fault, type FaultProxy } from '../../sync/fault-proxy';
import { device, type Device } from '../../sync/device';
import { randomRawKeys, type RawKeys } from '../../../src/sync/crypto';
import { createContact, observe, updateContact } from '../../../src/ledger/index';
import { MON, sent } from '../ledger/helpers';

let couch: CouchServer;
let proxy: FaultProxy;
beforeAll(async () => {
  couch = await startCouch();
  proxy = await startFaultProxy(couch.origin);
});
afterAll(async () => { await proxy.close(); await couch.close(); });

const auth = () => ({ Authorization: `Basic ${btoa(`${couch.user}:${couch.password}`)}` });

async function setup(): Promise<{ name: string; keys: RawKeys; a: Device; b: Device }> {
  proxy.reset();
  const name = `faults-${Math.random().toString(36).slice(2)}`;
  await couch.dbUrl(name);
  const keys = randomRawKeys();
  const url = `${proxy.origin}/${name}`;
  const a = await device(url, couch.user, couch.password, keys, () => MON);
  const b = await device(url, couch.user, couch.password, keys, () => MON);
  for (let i = 0; i < 12; i++) {
    await observe(a.db, [sent({ eventId: `e${i}`, messageId: `m${i}`, to: [{ email: `p${i}@example.com`, name: `Person ${i}` }] })], MON);
  }
  return { name, keys, a, b };
}

/** Passes until one completes (a fault makes a pass throw); bounded. */
async function settle(dev: Device): Promise<void> {
  for (let i = 0; i < 8; i++) {
    try { await dev.sync(); return; } catch { /* the next pass resumes */ }
  }
  throw new Error('sync never completed');
}

async function ledgerOf(dev: Device) {
  const contacts = (await dev.db.contacts.toArray()).map((c) => `${c.gid} ${c.name} ${c.notes}`).sort();
  const touches = (await dev.db.touches.toArray()).map((t) => `${t.dedupeKey.replace(/:\d+$/, '')} ${t.subject ?? ''}`).sort();
  return { contacts, touches };
}

async function serverDocs(name: string): Promise<number> {
  const r = await (await fetch(`${couch.origin}/${name}/_all_docs`, { headers: auth() })).json() as { rows: unknown[] };
  return r.rows.length;
}

describe('sync under faults', { timeout: 60_000 }, () => {
  const faults: Array<[Fault, RegExp]> = [
    ['503', /_bulk_docs|_revs_diff|_changes/], ['reset', /_bulk_docs|_changes/], ['truncate', /_changes|_bulk_get|_all_docs/],
    ['lose-reply', /_bulk_docs/], ['409-checkpoint', /_local/],
  ];
  it.each(faults)('%s: both devices end with the same ledger, each record once on the server', async (fault, match) => {
    const { name, a, b } = await setup();
    proxy.arm(fault, 2, match);
    await settle(a);
    await settle(b);
    await settle(a);
    expect(proxy.applied.some((x) => x.startsWith(fault))).toBe(true);
    const [la, lb] = [await ledgerOf(a), await ledgerOf(b)];
    expect(lb).toEqual(la);
    expect(la.contacts).toHaveLength(12);
    // 12 contacts, 12 identities, 12 touches, and the keyring is not here (made by connect).
    expect(await serverDocs(name)).toBe(36);
  });

  it('a wiped server gets everything again from the devices', async () => {
    const { name, a, b } = await setup();
    await settle(a);
    await settle(b);
    await fetch(`${couch.origin}/${name}`, { method: 'DELETE', headers: auth() });
    await couch.dbUrl(name);
    await settle(b);
    expect(await serverDocs(name)).toBe(36);
    await settle(a);
    expect(await ledgerOf(a)).toEqual(await ledgerOf(b));
  });

  it('an older backup of the server restored: newer changes are sent again and reach the other device', async () => {
    const { name, a, b } = await setup();
    await settle(a);
    const Mem = memoryPouch();
    const snapshot = new Mem(`snap-${name}`, { adapter: 'memory' });
    await snapshot.replicate.from(new Mem(`${couch.origin}/${name}`, { adapter: 'http', auth: { username: couch.user, password: couch.password } } as never));
    const id = await createContact(a.db, { name: 'Late Addition', identities: [{ email: 'late@example.com' }] }, MON);
    await updateContact(a.db, id, { notes: 'after the backup' }, MON);
    await settle(a);
    await fetch(`${couch.origin}/${name}`, { method: 'DELETE', headers: auth() });
    await couch.dbUrl(name);
    await snapshot.replicate.to(new Mem(`${couch.origin}/${name}`, { adapter: 'http', auth: { username: couch.user, password: couch.password } } as never));
    await settle(a);
    await settle(b);
    const names = (await b.db.contacts.toArray()).map((c) => c.name);
    expect(names).toContain('Late Addition');
    expect((await b.db.contacts.toArray()).find((c) => c.name === 'Late Addition')!.notes).toBe('after the backup');
  });
});
