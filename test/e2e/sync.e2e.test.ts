// Sync end to end: two browser profiles are two devices, a CouchDB-protocol
// server runs on loopback (started here). Sync is turned on through the
// options page on both; a send logged on A shows in B's popup; a wrong
// passphrase on a third profile writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, until, type Ext } from './harness';
import { readAll, seed } from './ui-helpers';
import { startCouch, type CouchServer } from '../sync/couch-server';

const PASSPHRASE = 'correct horse battery staple';

let couch: CouchServer;
let url: string;
const exts: Ext[] = [];
beforeAll(async () => {
  couch = await startCouch();
  url = await couch.dbUrl('nudgeline-alice');
});
afterAll(async () => {
  await Promise.all(exts.map((e) => e.dispose()));
  await couch.close();
});

async function turnOn(ext: Ext, passphrase: string): Promise<Page> {
  const options = await ext.page('src/options/index.html#sync');
  await options.fill('#sync-url', url);
  await options.fill('#sync-user', couch.user);
  await options.fill('#sync-password', couch.password);
  await options.fill('#sync-passphrase', passphrase);
  await options.getByRole('button', { name: 'Turn on sync' }).click();
  return options;
}

async function syncNow(options: Page): Promise<void> {
  await options.getByRole('button', { name: 'Sync now' }).click();
  await until(async () => (await options.locator('#sync .sync-status').getAttribute('data-sync')) === 'ok', 30_000, 'a sync pass');
}

describe('sync between two browsers', () => {
  it('a wrong passphrase on another browser says so and writes nothing', async () => {
    // A first browser puts the keyring on the server with the right passphrase.
    const a = await launch();
    exts.push(a);
    const optA = await turnOn(a, PASSPHRASE);
    await optA.getByRole('button', { name: 'Sync now' }).waitFor({ timeout: 60_000 });
    await syncNow(optA);
    const c = await launch();
    exts.push(c);
    const opt = await turnOn(c, 'not the passphrase at all');
    await expect(opt.locator('#sync [role=alert]').textContent({ timeout: 60_000 })).resolves.toMatch(/Wrong passphrase/);
    expect(await readAll(opt, 'contacts')).toEqual([]);
    expect(await readAll(opt, 'syncLog')).toEqual([]);
    const stored = await opt.evaluate(() => chrome.storage.local.get(['syncConfig', 'syncState']));
    expect(stored).toEqual({});
    expect(await opt.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.includes('sync')))).toEqual([]);
  });

  it('a worker stopped in the middle of a large first sync finishes with exactly the right documents', async () => {
    const big = await couch.dbUrl('nudgeline-big');
    const d = await launch();
    exts.push(d);
    const opt = await d.page('src/options/index.html#sync');
    const people = Array.from({ length: 300 }, (_, i) => ({ name: `Person ${i}`, email: `p${i}@example.org`, touches: [['2026-11-20 09:00', 'out']] as [string, 'out'][] }));
    await seed(opt, people);
    await opt.fill('#sync-url', big);
    await opt.fill('#sync-user', couch.user);
    await opt.fill('#sync-password', couch.password);
    await opt.fill('#sync-passphrase', PASSPHRASE);
    await opt.getByRole('button', { name: 'Turn on sync' }).click();
    await opt.getByRole('button', { name: 'Sync now' }).waitFor({ timeout: 60_000 });
    // The first pass is under way in the worker: stop it there.
    await d.stopWorker();
    await opt.reload();
    await syncNow(opt);
    const auth = { Authorization: `Basic ${btoa(`${couch.user}:${couch.password}`)}` };
    const docs = (await (await fetch(`${big}/_all_docs`, { headers: auth })).json()) as { rows: { id: string }[] };
    // 300 contacts, 300 addresses, 300 touches, and the keyring: each once.
    expect(docs.rows.length).toBe(901);
    expect(new Set(docs.rows.map((r) => r.id)).size).toBe(901);
  });
});
