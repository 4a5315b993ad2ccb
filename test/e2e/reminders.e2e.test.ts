// Reminders with a faked clock (libfaketime moves the whole browser): the
// digest notification appears at 9:00 and only once; relaunching the same
// profile days later makes a nudge and then a final reach-out due, the badge
// counting them and each day's digest saying what is due.
import { afterAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launch, ledgerDump, until, type Ext } from './harness';
import { seed } from './ui-helpers';

type LastDigest = { day: string; at: number; message: string };
type Contact = { id: number; name: string; stage: string; section: string };

/** Wall-clock time in the browser's zone, e.g. 'Mon, 02/11/2026, 09:00'. */
const berlin = (t: number) => new Date(t).toLocaleString('en-GB', {
  timeZone: 'Europe/Berlin', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
});
const badge = (w: Worker) => w.evaluate(() => chrome.action.getBadgeText({}));
const notifications = (w: Worker) => w.evaluate(() => chrome.notifications.getAll());
const meta = async (ext: Ext, key: string) =>
  ((await ledgerDump(ext)).meta as { key: string; value: unknown }[] | undefined ?? []).find((m) => m.key === key)?.value;
const lastDigest = (ext: Ext) => meta(ext, 'lastDigest') as Promise<LastDigest | undefined>;
const contact = async (ext: Ext, name: string) =>
  ((await ledgerDump(ext)).contacts as Contact[]).find((c) => c.name === name)!;

async function logOut(ext: Ext, contactId: number, when: string): Promise<void> {
  const page = await ext.page('src/options/index.html');
  // Local time in the browser's zone (Europe/Berlin), not the test runner's.
  const reply = await page.evaluate(([id, local]) =>
    chrome.runtime.sendMessage({ type: 'touch.log', contactId: id, kind: 'message', direction: 'out', at: new Date(local).getTime() }),
  [contactId, when] as const);
  expect(reply).toMatchObject({ ok: true });
  await page.close();
}

describe('reminders across days', () => {
  let ext: Ext | undefined;
  let profile: string | undefined;
  const relaunch = async (time: string) => {
    await ext?.close();
    ext = await launch({ time, ...(profile ? { profile } : {}) });
    profile = ext.profile;
    return ext;
  };
  afterAll(() => ext?.dispose());

  it('Monday 9:00: one digest, once, and the badge counts the nudge that is due', async () => {
    const e = await relaunch('2026-11-02 08:59:20');
    const page = await e.page('src/options/index.html');
    await seed(page, [
      { name: 'Lee Park', email: 'lee@example.com', touches: [['2026-10-27 09:00', 'out']] },
      { name: 'Dana Reyes', email: 'dana@example.com', touches: [['2026-11-02 08:00', 'out']] },
    ]);
    await page.close();
    const w = await e.worker();
    await until(async () => (await badge(await e.worker())) === '1', 10_000, 'badge 1');
    expect(await lastDigest(e)).toBeUndefined();
    expect(await notifications(w)).toEqual({});

    const first = await until(() => lastDigest(e), 90_000, 'the 9:00 digest');
    expect(first).toMatchObject({ day: '2026-11-02', message: '1 nudge' });
    expect(berlin(first!.at)).toMatch(/^Mon, 02\/11\/2026, 09:0[01]$/);
    expect(await notifications(await e.worker())).toEqual({ 'nudgeline-digest': true });

    // A restarted worker re-arms the alarm for tomorrow and sends nothing more today.
    await e.stopWorker();
    const wake = await e.page('src/options/index.html');
    await wake.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', nonce: 'wake' }));
    await wake.close();
    const alarm = await until(async () => (await e.worker()).evaluate(() => chrome.alarms.get('nudgeline:digest')), 10_000, 'the digest alarm');
    expect(berlin(alarm!.scheduledTime)).toBe('Tue, 03/11/2026, 09:00');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await lastDigest(e)).toEqual(first);
  }, 150_000);

  it('Thursday, browser opened late: the missed digest comes once; the badge counts two nudges', async () => {
    const e = await relaunch('2026-11-05 09:30:00');
    await until(async () => (await badge(await e.worker())) === '2', 20_000, 'badge 2');
    expect((await contact(e, 'Dana Reyes')).section).toBe('nudge-due');
    const digest = await until(async () => {
      const d = await lastDigest(e);
      return d?.day === '2026-11-05' ? d : undefined;
    }, 30_000, 'Thursday\'s digest');
    expect(digest!.message).toBe('2 nudges');
    await logOut(e, (await contact(e, 'Dana Reyes')).id, '2026-11-05T09:30:00');
    await until(async () => (await badge(await e.worker())) === '1', 10_000, 'badge back to 1')
      .catch(async (err: unknown) => {
        throw new Error(`${String(err)}; badge ${await badge(await e.worker())}; Dana ${JSON.stringify(await contact(e, 'Dana Reyes'))}`);
      });
    expect((await contact(e, 'Dana Reyes')).stage).toBe('waiting');
  }, 120_000);

  it('Monday 16th: the second nudge is due; sending it makes three attempts', async () => {
    const e = await relaunch('2026-11-16 10:00:00');
    await until(async () => (await badge(await e.worker())) === '2', 20_000, 'badge 2');
    expect((await contact(e, 'Dana Reyes')).section).toBe('nudge-due');
    await logOut(e, (await contact(e, 'Dana Reyes')).id, '2026-11-16T10:00:00');
    await until(async () => (await badge(await e.worker())) === '1', 10_000, 'badge back to 1');
  }, 120_000);

  it('Friday 4 December: the final reach-out is due, counted by the badge and named in the digest', async () => {
    const e = await relaunch('2026-12-04 10:00:00');
    await until(async () => (await badge(await e.worker())) === '2', 20_000, 'badge 2');
    expect(await contact(e, 'Dana Reyes')).toMatchObject({ stage: 'final-due', section: 'final-due' });
    const digest = await until(async () => {
      const d = await lastDigest(e);
      return d?.day === '2026-12-04' ? d : undefined;
    }, 30_000, 'Friday\'s digest');
    expect(digest!.message).toBe('1 final reach-out, 1 nudge');
  }, 120_000);
});
