// Sync smoke test in the Firefox build: turned on from the options page's
// messages against the loopback CouchDB-protocol server, a contact made in
// Firefox reaches another device (a Node one with the same passphrase), and
// the server holds only ciphertext.
// The Node device keeps its ledger in fake-indexeddb.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { until } from '../e2e/harness';
import { launchFirefox, type Firefox } from './firefox';
import { startCouch, type CouchServer } from '../sync/couch-server';
import { device } from '../sync/device';
import { connect } from '../../src/sync/connect';

const PASSPHRASE = 'correct horse battery staple';
let ff: Firefox;
let couch: CouchServer;
let url: string;

const inPage = <T>(body: string, args: unknown[] = []) => ff.m.script<T>(body, args);
const send = <T>(msg: unknown) => inPage<{ ok: boolean; value: T; error?: string }>('return browser.runtime.sendMessage(arguments[0]);', [msg]);

beforeAll(async () => {
  couch = await startCouch();
  url = await couch.dbUrl('nudgeline-firefox');
  ff = await launchFirefox(inject('firefoxDist'));
});
afterAll(async () => {
  await ff?.close();
  await couch?.close();
});

describe('firefox sync', () => {
  it('turns on, sends a contact encrypted, and another device reads it', async () => {
    await ff.m.command('WebDriver:Navigate', { url: `${ff.base}src/options/index.html#sync` });
    await until(() => send<{ pong: string }>({ type: 'ping', nonce: 'ff' }).then((r) => (r.ok ? r : undefined)), 20_000, 'the background');
    expect(await send({ type: 'contact.create', name: 'Grace Hopper', identities: [{ email: 'grace@example.org' }] })).toMatchObject({ ok: true });
    const on = await send({ type: 'sync.enable', url, user: couch.user, password: couch.password, passphrase: PASSPHRASE });
    expect(on).toMatchObject({ ok: true });
    await until(async () => {
      const r = await send<{ state: { status: string } }>({ type: 'sync.now' });
      return r.ok && r.value.state.status === 'ok' ? true : undefined;
    }, 60_000, 'a sync pass in Firefox');

    const all = await (await fetch(`${url}/_all_docs?include_docs=true`, { headers: { Authorization: `Basic ${btoa(`${couch.user}:${couch.password}`)}` } })).text();
    for (const secret of ['Grace', 'grace@example.org', 'Hopper']) expect(all).not.toContain(secret);

    const { keys } = await connect(url, couch.user, couch.password, PASSPHRASE);
    const other = await device(url, couch.user, couch.password, keys);
    await other.sync();
    expect((await other.db.contacts.toArray()).map((c) => c.name)).toEqual(['Grace Hopper']);
  });
});
