// 200 sends from three Gmail tabs while the service worker is stopped at
// random moments through the DevTools protocol: every send ends up as
// exactly one touch. The sends go the real way: a Gmail-shaped `/i/s` sync
// POST from the page (the captured request, with this send's id and To),
// seen by the page-world watch, queued in the content script's outbox,
// retried until the background acknowledges the committed write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, ledgerDump, until, type Ext } from './harness';
import { sharedFixture } from '../shared-data';

const GMAIL = 'https://mail.google.com';
const SENDS = 200;
const REQUEST = sharedFixture('gmail/network/inboxsdk-2022-09-09-cvOnSend_3_request.json');

/** Posts one send the way Gmail's web client does (runs in the page). */
async function send(tab: Page, i: number): Promise<void> {
  await tab.evaluate(([template, n]) => {
    const body = JSON.parse(template);
    const record = body[1][0][0][1][1][13][0];
    record[0] = `msg-a:r${900_000_000 + n}`;
    record[2] = [[1, `person${n % 40}@example.com`, `Person ${n % 40}`]];
    record[3] = [];
    record[4] = [];
    record[7] = `Fault test ${n}`;
    void fetch('/sync/u/0/i/s?hl=en&c=1', { method: 'POST', body: JSON.stringify(body) }).catch(() => undefined);
  }, [REQUEST, i] as const);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults: a stopped service worker loses and doubles nothing', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    await ext.route(GMAIL, '<!doctype html><html><head><title>Gmail</title></head><body><main></main></body></html>');
  });
  afterAll(() => ext.dispose());

  it(`${SENDS} sends from three tabs end as exactly ${SENDS} touches`, async () => {
    const tabs: Page[] = [];
    for (let t = 0; t < 3; t++) {
      const tab = await ext.context.newPage();
      await tab.goto(`${GMAIL}/mail/u/0/#inbox`);
      tabs.push(tab);
    }
    const worker = await ext.worker();
    await until(() => worker.evaluate(() => chrome.storage.local.get('health:gmail').then((r) => !!r['health:gmail'])), 15_000, 'gmail content scripts');

    // Seeded randomness: the moments the worker is stopped.
    let seed = 20_261_102;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const state = { firing: true };
    let stops = 0;
    const killer = (async () => {
      while (state.firing) {
        await pause(20 + random() * 300);
        await ext.stopWorker().catch(() => undefined);
        stops++;
      }
    })();
    for (let i = 0; i < SENDS; i++) {
      await send(tabs[i % 3]!, i);
      if (random() < 0.3) await pause(random() * 60);
    }
    state.firing = false;
    await killer;
    expect(stops).toBeGreaterThan(5);

    type Row = { dedupeKey: string; subject?: string; direction: string };
    await until(async () => {
      const rows = ((await ledgerDump(ext)).touches ?? []) as Row[];
      return rows.length >= SENDS ? rows : null;
    }, 120_000, `${SENDS} touches`).catch(async (err: unknown) => {
      const rows = ((await ledgerDump(ext)).touches ?? []) as Row[];
      const all = await (await ext.worker()).evaluate(() => chrome.storage.local.get(null));
      const pending = Object.keys(all).filter((k) => k.startsWith('outbox:'));
      throw new Error(`${String(err)}: ${rows.length} touches, ${pending.length} queued (${pending.slice(0, 5).join(' ')})`);
    });
    // Let any straggling retry land: the count must not move past SENDS.
    await until(async () => {
      const all = await (await ext.worker()).evaluate(() => chrome.storage.local.get(null));
      return Object.keys(all).every((k) => !k.startsWith('outbox:'));
    }, 60_000, 'every outbox to empty');
    const final = ((await ledgerDump(ext)).touches ?? []) as Row[];
    expect(final).toHaveLength(SENDS);
    expect(new Set(final.map((t) => t.dedupeKey)).size).toBe(SENDS);
    expect(new Set(final.map((t) => t.subject)).size).toBe(SENDS);
    expect(final.every((t) => t.direction === 'out')).toBe(true);
    for (const tab of tabs) await tab.close();
  }, 240_000);
});
