// Sync end to end: two browser profiles are two devices, a CouchDB-protocol
// server runs on loopback (started here), behind a fault proxy that can cut
// it off. Sync is turned on through the options page on both; a Gmail send
// logged on A shows in B's popup; the same contact edited on both while the
// server is unreachable converges; a wrong passphrase on a third profile
// writes nothing; a worker stopped in a large first sync finishes right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launch, until, type Ext } from './harness';
import { ORIGIN, postSend, RESPONSE } from './gmail-stage';
import { openPopup, readAll, seed } from './ui-helpers';
import { startCouch, type CouchServer } from '../sync/couch-server';
import { startFaultProxy, type FaultProxy } from '../sync/fault-proxy';

const PASSPHRASE = 'correct horse battery staple';

let couch: CouchServer;
let proxy: FaultProxy;
let url: string;
const exts: Ext[] = [];
beforeAll(async () => {
  couch = await startCouch();
  proxy = await startFaultProxy(couch.origin);
  url = (await couch.dbUrl('nudgeline-alice')).replace(couch.origin, proxy.origin);
});
afterAll(async () => {
  await Promise.all(exts.map((e) => e.dispose()));
  await proxy.close();
  await couch.close();
});
const authOf = () => ({ Authorization: `Basic ${btoa(`${couch.user}:${couch.password}`)}` });

interface State { status?: string; lastSyncedAt?: number; pending?: number }
const stateOf = async (page: Page): Promise<State> =>
  ((await page.evaluate(() => chrome.storage.local.get('syncState'))) as { syncState?: State }).syncState ?? {};

/** Until a pass that ended after `after` left sync ok: what the card's "Last synced" shows. */
async function passedAfter(page: Page, after: number): Promise<State> {
  return until(async () => {
    const st = await stateOf(page);
    return st.status === 'ok' && (st.lastSyncedAt ?? 0) > after ? st : undefined;
  }, 60_000, 'a sync pass');
}

async function turnOn(ext: Ext, passphrase: string, at = url): Promise<Page> {
  const options = await ext.page('src/options/index.html#sync');
  await options.fill('#sync-url', at);
  await options.fill('#sync-user', couch.user);
  await options.fill('#sync-password', couch.password);
  await options.fill('#sync-passphrase', passphrase);
  await options.getByRole('button', { name: 'Turn on sync' }).click();
  return options;
}

/** "Sync now", then its pass done: one that started after the click. */
async function syncNow(options: Page): Promise<State> {
  const button = options.getByRole('button', { name: 'Sync now' });
  await button.waitFor({ timeout: 60_000 });
  // The browser's clock, which the profile may have moved.
  const before = await options.evaluate(() => Date.now());
  await button.click();
  const st = await passedAfter(options, before);
  await until(async () => (await options.locator('#sync .sync-status').getAttribute('data-sync')) === 'ok', 10_000, 'the card says synced');
  return st;
}

interface ContactRow { id: number; name: string; notes: string; tags: string[]; stage: string }

const ada = async (page: Page) => (await readAll<ContactRow>(page, 'contacts')).find((c) => c.name.startsWith('Ada'));

/** An edit as the popup's contact view sends it, to Ada (whatever her name has become). */
const edit = (page: Page, patch: object) => page.evaluate(async (p) => {
  const c = await new Promise<{ id: number } | undefined>((ok) => {
    const open = indexedDB.open('nudgeline');
    open.onsuccess = () => {
      const r = open.result.transaction('contacts').objectStore('contacts').getAll();
      r.onsuccess = () => { ok((r.result as { id: number; name: string }[]).find((x) => x.name.startsWith('Ada'))); open.result.close(); };
    };
  });
  const reply = (await chrome.runtime.sendMessage({ type: 'contact.update', contactId: c!.id, patch: p })) as { ok: boolean; error?: string };
  if (!reply.ok) throw new Error(reply.error);
}, patch);

describe('sync between two browsers', () => {
  let a: Ext;
  let b: Ext;
  let optA: Page;
  let optB: Page;

  it('a Gmail send logged on A shows in B\'s popup, and the server holds only ciphertext', async () => {
    a = await launch({ time: '2026-11-30 10:30:00' });
    b = await launch({ time: '2026-11-30 10:30:00' });
    exts.push(a, b);
    optA = await turnOn(a, PASSPHRASE);
    await syncNow(optA);

    // On A, Gmail sends to Ada (the network alone logs it).
    await a.route(ORIGIN, '<!doctype html><html lang="en"><head><title>Inbox - me@example.com - Gmail</title></head><body><div role="main"></div></body></html>');
    await a.context.route('**/sync/u/*/i/s**', (route) => route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: RESPONSE }));
    const gmail = await a.context.newPage();
    await gmail.goto(`${ORIGIN}/mail/u/0/#inbox`);
    await postSend(gmail, { email: 'ada@example.org', name: 'Ada Lovelace' }, 'Coffee next week?');
    await until(async () => (await readAll<ContactRow>(optA, 'contacts')).find((c) => c.name === 'Ada Lovelace'), 15_000, 'the send on A');
    expect((await syncNow(optA)).pending).toBe(0);

    optB = await turnOn(b, PASSPHRASE);
    await passedAfter(optB, 0);
    const popup = await openPopup(b);
    await popup.locator('section[data-group="waiting"] li.row', { hasText: 'Ada Lovelace' }).first().waitFor({ state: 'attached', timeout: 15_000 });
    await expect(popup.locator('.sync-line').textContent()).resolves.toMatch(/Synced/);
    // With B's popup still open, A sends again: B's next pass shows it there, no reopening.
    await postSend(gmail, { email: 'grace@example.org', name: 'Grace Hopper' }, 'Compilers?', 1, 'msg-a:r8190137112111191538');
    await until(async () => (await readAll<ContactRow>(optA, 'contacts')).find((c) => c.name === 'Grace Hopper'), 15_000, 'the second send on A');
    await syncNow(optA);
    await syncNow(optB);
    await popup.locator('section[data-group="waiting"] li.row', { hasText: 'Grace Hopper' }).first().waitFor({ state: 'attached', timeout: 15_000 });
    await popup.close();
    const touches = await readAll<{ subject?: string; channel: string; direction: string }>(optB, 'touches');
    expect(touches.map((t) => t.subject).sort()).toEqual(['Coffee next week?', 'Compilers?']);
    expect(touches.every((t) => t.channel === 'gmail' && t.direction === 'out')).toBe(true);
    // What B applied is not B's own change, to send back.
    expect(await readAll(optB, 'syncLog')).toEqual([]);

    const all = await (await fetch(`${couch.origin}/nudgeline-alice/_all_docs?include_docs=true`, { headers: authOf() })).text();
    expect(JSON.parse(all).rows.length).toBeGreaterThan(3);
    for (const secret of ['Ada Lovelace', 'ada@example.org', 'Lovelace', 'Coffee', 'Grace', 'Compilers']) expect(all).not.toContain(secret);
  });

  it('the same contact edited on both while the server is unreachable converges, keeping both notes', async () => {
    proxy.arm('reset', 100_000);
    await edit(optA, { notes: 'Met at the fair', tags: ['investor'] });
    await edit(optB, { notes: 'Prefers calls', tags: ['friend'], name: 'Ada K. Lovelace' });
    // B tries to send its edit and cannot: sync says so, and nothing is lost.
    await optB.getByRole('button', { name: 'Sync now' }).click();
    await until(async () => ((await stateOf(optB)).status === 'error' ? true : undefined), 30_000, 'B sees the server gone');
    proxy.reset();
    await syncNow(optA);
    await syncNow(optB);
    await syncNow(optA);
    const [ca, cb] = [await ada(optA), await ada(optB)];
    expect([ca!.name, cb!.name]).toEqual(['Ada K. Lovelace', 'Ada K. Lovelace']);
    expect([ca!.tags, cb!.tags]).toEqual([['friend', 'investor'], ['friend', 'investor']]);
    expect(ca!.notes).toBe(cb!.notes);
    expect(ca!.notes).toContain('Met at the fair');
    expect(ca!.notes).toContain('Prefers calls');
    expect([ca!.stage, cb!.stage]).toEqual(['waiting', 'waiting']);
  });

  it('"Delete everything" on A: B asks, keeps its contacts on "Keep my contacts", and A gets them back', async () => {
    await seed(optA, Array.from({ length: 7 }, (_, i) => ({ name: `Colleague ${i}`, email: `c${i}@example.org`, touches: [['2026-11-30 09:00', 'out']] as [string, 'out'][] })));
    await syncNow(optA);
    await syncNow(optB);
    expect(await readAll(optB, 'contacts')).toHaveLength(9);
    await optA.getByLabel('Type DELETE to confirm').fill('DELETE');
    await optA.getByRole('button', { name: 'Delete everything' }).click();
    await until(async () => ((await readAll(optA, 'contacts')).length === 0 ? true : undefined), 10_000, 'A wiped');
    await syncNow(optA);

    await optB.getByRole('button', { name: 'Sync now' }).click();
    const ask = optB.locator('#sync .sync-status');
    await until(async () => ((await ask.getAttribute('data-sync')) === 'confirm' ? true : undefined), 30_000, 'B asks');
    await expect(ask.textContent()).resolves.toMatch(/Another browser deleted 9 contacts\. Nothing was deleted here yet/);
    expect(await readAll(optB, 'contacts')).toHaveLength(9);
    await optB.getByRole('button', { name: 'Keep my contacts' }).click();
    await until(async () => ((await ask.getAttribute('data-sync')) === 'ok' ? true : undefined), 30_000, 'B kept');
    expect(await readAll(optB, 'contacts')).toHaveLength(9);

    await syncNow(optA);
    const back = await readAll<ContactRow>(optA, 'contacts');
    expect(back.map((c) => c.name).sort()).toEqual(['Ada K. Lovelace', 'Grace Hopper', ...Array.from({ length: 7 }, (_, i) => `Colleague ${i}`)].sort());
    expect(await readAll(optA, 'touches')).toHaveLength(9);
    expect(back.every((c) => c.stage === 'waiting')).toBe(true);
  });

  it('a bad URL, an unreachable server, a refused login, a missing database and a CORS block each say so, writing nothing', async () => {
    // A server that answers like CouchDB but sends no CORS headers.
    const bare = createServer((req, res) => { res.writeHead(404, { 'Content-Type': 'application/json' }); res.end('{"error":"not_found","reason":"missing"}'); });
    await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/db`;
    await new Promise((r) => closed.close(r));
    const e = await launch();
    exts.push(e);
    const options = await e.page('src/options/index.html#sync');
    try {
      await seed(options, [{ name: 'Kept Here', email: 'kept@example.org', touches: [] }]);
      const cases: Array<[string, string, RegExp]> = [
        ['ftp://couch.example.com/db', couch.password, /not a database URL/],
        [closedUrl, couch.password, /could not be reached/],
        [url, 'not-the-password', /refused the user name or password/],
        [`${couch.origin}/no-such-database`, couch.password, /no such database/],
        [`http://127.0.0.1:${(bare.address() as AddressInfo).port}/db`, couch.password, /blocks this extension's origin \(CORS\)/],
      ];
      for (const [at, password, said] of cases) {
        await options.fill('#sync-url', at);
        await options.fill('#sync-user', couch.user);
        await options.fill('#sync-password', password);
        await options.fill('#sync-passphrase', PASSPHRASE);
        await options.getByRole('button', { name: 'Turn on sync' }).click();
        await until(async () => {
          const text = await options.locator('#sync [role=alert]').textContent({ timeout: 1_000 }).catch(() => '');
          return said.test(text ?? '') ? true : undefined;
        }, 30_000, `the message for ${at}`);
        expect(await options.evaluate(() => chrome.storage.local.get(['syncConfig', 'syncState']))).toEqual({});
      }
      expect((await readAll<ContactRow>(options, 'contacts')).map((c) => c.name)).toEqual(['Kept Here']);
      expect(await readAll(options, 'syncLog')).toEqual([]);
    } finally {
      // The browser keeps its connections open: close waits for them otherwise.
      bare.closeAllConnections();
      await new Promise((r) => bare.close(r));
    }
  });

  it('a wrong passphrase on another browser says so and writes nothing', async () => {
    // A first browser puts the keyring on the server with the right passphrase.
    const first = await launch();
    exts.push(first);
    await syncNow(await turnOn(first, PASSPHRASE));
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
    const docs = (await (await fetch(`${big}/_all_docs`, { headers: authOf() })).json()) as { rows: { id: string }[] };
    // 300 contacts, 300 addresses, 300 touches, and the keyring: each once.
    expect(docs.rows.length).toBe(901);
    expect(new Set(docs.rows.map((r) => r.id)).size).toBe(901);
  });
});
