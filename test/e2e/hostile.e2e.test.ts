// 1,000 randomized malformed or hostile messages to the background: wrong
// shapes and types, huge strings, __proto__ keys, markup in names, page-only
// requests from a content script, and a plain web page trying to reach the
// extension. Nothing is written and the worker throws nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launch, ledgerDump, openInContentWorld, until, type Ext } from './harness';
import { hostileMessages } from './hostile-messages';

const GMAIL = 'https://mail.google.com';
const TABLES = ['contacts', 'identities', 'touches', 'referrals', 'settings'];

describe('hostile input', () => {
  let ext: Ext;
  let options: Page;
  let worker: Worker;
  const workerErrors: string[] = [];
  const snapshot = async () => {
    const dump = await ledgerDump(ext);
    return Object.fromEntries(TABLES.map((t) => [t, dump[t] ?? []]));
  };

  beforeAll(async () => {
    ext = await launch();
    options = await ext.page('src/options/index.html');
    for (const name of ['Dana Reyes', 'Lee Park']) {
      const r = await options.evaluate((n) => chrome.runtime.sendMessage({ type: 'contact.create', name: n, identities: [{ email: `${n.split(' ')[0]!.toLowerCase()}@example.com` }] }), name);
      if (!(r as { ok?: boolean }).ok) throw new Error(`seeding failed: ${JSON.stringify(r)}`);
    }
    worker = await ext.worker();
    worker.on('console', (m) => {
      if (m.type() === 'error') workerErrors.push(m.text());
    });
    // The listener really hears the worker's console: a probe, then a clean slate.
    await worker.evaluate(() => console.error('probe'));
    await until(() => workerErrors.includes('probe'), 5_000, 'the console probe');
    workerErrors.length = 0;
    await worker.evaluate(() => {
      const g = globalThis as unknown as { nlUncaught: string[] };
      g.nlUncaught = [];
      addEventListener('error', (e) => g.nlUncaught.push(String((e as ErrorEvent).message)));
      addEventListener('unhandledrejection', (e) => g.nlUncaught.push(String((e as PromiseRejectionEvent).reason)));
    });
  });
  afterAll(() => ext.dispose());

  it('refuses 800 malformed messages from an extension page, writing nothing', async () => {
    const before = await snapshot();
    const replies = await options.evaluate(async (list) => {
      const out: unknown[] = [];
      for (const json of list) {
        // JSON.parse keeps "__proto__" as an own key, as a forged message would carry it.
        out.push(await chrome.runtime.sendMessage(JSON.parse(json)).catch((e: unknown) => ({ ok: false, thrown: String(e) })));
      }
      return out;
    }, hostileMessages(800, 42).map((m) => m.json));
    expect(replies).toHaveLength(800);
    for (const r of replies) expect(r).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses page-only and forged requests from a content script (150), writing nothing', async () => {
    const before = await snapshot();
    await ext.route(GMAIL, '<!doctype html><html><head><title>Gmail</title></head><body><main></main></body></html>');
    const { tab, run } = await openInContentWorld(ext, `${GMAIL}/mail/u/0/#inbox`);
    const forged = hostileMessages(150, 7, 'content').map((m) => m.json);
    const replies = (await run(`(async () => {
      const out = [];
      for (const json of ${JSON.stringify(forged)}) out.push(await chrome.runtime.sendMessage(JSON.parse(json)).catch((e) => ({ ok: false, thrown: String(e) })));
      return out;
    })()`)) as unknown[];
    expect(replies).toHaveLength(150);
    for (const r of replies) expect(r).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
    await tab.close();
  });

  it('gives a plain web page no way to reach the background (50 attempts)', async () => {
    const before = await snapshot();
    await ext.route('https://example.com', '<!doctype html><title>web</title><p>web page</p>');
    const page = await ext.context.newPage();
    await page.goto('https://example.com/');
    const results = await page.evaluate(async ([id, list]) => {
      const out: string[] = [];
      for (const json of list) {
        const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => Promise<unknown> } } }).chrome?.runtime;
        if (!rt?.sendMessage) {
          out.push('no-api');
          continue;
        }
        try {
          await rt.sendMessage(id, JSON.parse(json));
          out.push('delivered');
        } catch {
          out.push('refused');
        }
      }
      return out;
    }, [ext.id, hostileMessages(50, 99, 'page').map((m) => m.json)] as const);
    expect(results).toHaveLength(50);
    expect(results.filter((r) => r === 'delivered')).toEqual([]);
    expect(await snapshot()).toEqual(before);
    await page.close();
  });

  it('left no uncaught errors in the worker', async () => {
    const live = await ext.worker();
    const uncaught = live === worker ? await worker.evaluate(() => (globalThis as unknown as { nlUncaught: string[] }).nlUncaught) : [];
    expect(uncaught).toEqual([]);
    expect(workerErrors).toEqual([]);
  });
});
