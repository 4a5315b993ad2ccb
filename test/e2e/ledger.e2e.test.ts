// A touch sent from a content script survives the service worker being
// stopped between the send and the write, and is stored exactly once, even
// when the content script retries an event the worker already wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launch, ledgerDump, until, type Ext } from './harness';

const GMAIL = 'https://mail.google.com';
const AT = Date.UTC(2026, 10, 2, 9, 0);

function observation(eventId: string, messageId: string, email: string) {
  return {
    type: 'observe',
    messages: [{
      eventId, site: 'gmail', direction: 'out', messageId, at: AT, source: 'auto',
      to: [{ email, name: 'Dana Reyes' }], subject: 'Intro',
    }],
  };
}

/** What the content script's outbox holds after a send the worker has not acknowledged. */
async function queue(worker: Worker, eventId: string, messageId = 'gmail-msg-1', email = 'dana@example.com'): Promise<void> {
  await worker.evaluate(([key, entry]) => chrome.storage.local.set({ [key]: { entry, queuedAt: Date.now() } }),
    [`outbox:gmail:${eventId}`, observation(eventId, messageId, email)] as const);
}

type Row = { dedupeKey: string };
const touchesOf = async (ext: Ext, messageId: string) =>
  ((await ledgerDump(ext)).touches as Row[] | undefined ?? []).filter((t) => t.dedupeKey.startsWith(`gmail:msg:${messageId}:`));

const outboxKeys = (worker: Worker) =>
  worker.evaluate(() => chrome.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('outbox:'))));

describe('ledger across a stopped service worker', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
    await ext.route(GMAIL, '<!doctype html><html><head><title>Gmail</title></head><body><main></main></body></html>');
  });
  afterAll(() => ext.dispose());

  it('stopWorker really stops the worker: a fresh one has lost its globals', async () => {
    const worker = await ext.worker();
    await worker.evaluate(() => { (globalThis as { nudgelineProbe?: number }).nudgelineProbe = 1; });
    await ext.stopWorker();
    const page = await ext.page('manifest.json');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', nonce: 'wake' }));
    const fresh = await ext.worker();
    expect(await fresh.evaluate(() => (globalThis as { nudgelineProbe?: number }).nudgelineProbe)).toBeUndefined();
    await page.close();
  });

  it('a send queued while the worker is stopped is written once the page runs again, exactly once', async () => {
    await queue(await ext.worker(), 'ev-1');
    await ext.stopWorker();
    expect((await ledgerDump(ext)).touches ?? []).toHaveLength(0);

    // The content script boots, flushes its outbox and wakes the worker.
    const tab = await ext.context.newPage();
    await tab.goto(`${GMAIL}/mail/u/0/#inbox`);
    const touches = await until(async () => {
      const rows = (await ledgerDump(ext)).touches ?? [];
      return rows.length ? rows : null;
    }, 20_000, 'the touch in the ledger');
    await until(async () => (await outboxKeys(await ext.worker())).length === 0, 10_000, 'the outbox to empty');
    expect(touches).toHaveLength(1);

    // Written but never acknowledged (worker killed after commit): the retry, with
    // the same event from another tab, is deduped.
    await queue(await ext.worker(), 'ev-1');
    await queue(await ext.worker(), 'ev-2-other-tab');
    await ext.stopWorker();
    await tab.reload();
    await until(async () => (await outboxKeys(await ext.worker())).length === 0, 20_000, 'the retries to be acknowledged');
    const dump = await ledgerDump(ext);
    expect(dump.touches).toHaveLength(1);
    expect(dump.contacts).toHaveLength(1);
    expect(dump.touches![0]).toMatchObject({ dedupeKey: expect.stringMatching(/^gmail:msg:gmail-msg-1:\d+$/), direction: 'out' });
    expect(dump.contacts![0]).toMatchObject({ name: 'Dana Reyes', stage: expect.any(String), attempt: 1 });
    await tab.close();
  });

  it('a worker stopped again and again while the page delivers still ends with exactly one touch', async () => {
    await queue(await ext.worker(), 'ev-race', 'gmail-msg-2', 'lee@example.com');
    const tab = await ext.context.newPage();
    for (let round = 0; round < 4; round++) {
      // Reload (the content script boots and sends) and stop the worker while it may be mid-write.
      await tab.goto(`${GMAIL}/mail/u/0/#inbox?round=${round}`, { waitUntil: 'commit' });
      await new Promise((resolve) => setTimeout(resolve, 40 * round));
      await ext.stopWorker();
    }
    await tab.reload();
    await until(async () => (await outboxKeys(await ext.worker())).length === 0, 20_000, 'the outbox to empty');
    expect(await touchesOf(ext, 'gmail-msg-2')).toHaveLength(1);
    expect(await touchesOf(ext, 'gmail-msg-1')).toHaveLength(1);
    await tab.close();
  });
});
