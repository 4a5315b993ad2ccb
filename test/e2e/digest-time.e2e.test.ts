// Issue 15, bug 1, with the browser's clock moved by libfaketime: contacts
// seeded on Sunday; Monday's digest went out late (opened at 10:00); Tuesday's slot was
// missed (browser closed); on Wednesday the browser opens at 8:59:40 with a
// nudge due. The digest must appear at 9:00, not at once: yesterday's missed
// slot is folded into today's. The timeline of what the test saw is printed.
import { afterAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launch, ledgerDump, until, type Ext } from './harness';
import { seed } from './ui-helpers';

type LastDigest = { day: string; at: number; message: string };
type Sample = { at: number; shown: boolean };

const clock = (t: number) => new Date(t).toLocaleTimeString('en-GB', {
  timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 1,
});
const lastDigest = async (ext: Ext) =>
  ((await ledgerDump(ext)).meta as { key: string; value: unknown }[] | undefined ?? []).find((m) => m.key === 'lastDigest')?.value as LastDigest | undefined;
/** The browser's own clock and whether the digest notification is up, read in the worker. */
const sample = (w: Worker): Promise<Sample> => w.evaluate(async () =>
  ({ at: Date.now(), shown: 'nudgeline-digest' in (await chrome.notifications.getAll()) }));
const nineOn = (day: string) => new Date(`${day}T09:00:00+01:00`).getTime();

describe('digest time after a missed day', () => {
  let ext: Ext | undefined;
  afterAll(() => ext?.dispose());

  it('opened at 8:59:40 on Wednesday, Tuesday missed: the digest comes at 9:00, not before', async () => {
    // Seeded on Sunday (no digest on weekends), so Monday's worker starts with a nudge due.
    ext = await launch({ time: '2026-11-01 12:00:00' });
    const page = await ext.page('src/options/index.html');
    await seed(page, [{ name: 'Lee Park', email: 'lee@example.com', touches: [['2026-10-27 09:00', 'out']] }]);
    await page.close();
    let profile = ext.profile;
    await ext.close();

    // Monday, opened at 10:00: today's slot, missed earlier today, comes late, once.
    ext = await launch({ time: '2026-11-02 10:00:00', profile });
    const monday = await until(() => lastDigest(ext!), 30_000, 'Monday\'s late digest');
    expect(monday).toMatchObject({ day: '2026-11-02', message: '1 nudge' });
    expect(monday.at).toBeGreaterThan(nineOn('2026-11-02'));
    await (await ext.worker()).evaluate(() => chrome.notifications.clear('nudgeline-digest'));
    profile = ext.profile;
    await ext.close();

    // Tuesday passes with the browser closed. Wednesday, opened at 8:59:40:
    ext = await launch({ time: '2026-11-04 08:59:40', profile });
    const e = ext;
    const samples: Sample[] = [];
    const wednesday = await until(async () => {
      samples.push(await sample(await e.worker()));
      const d = await lastDigest(e);
      return d?.day === '2026-11-04' && samples.at(-1)!.shown ? d : undefined;
    }, 80_000, 'Wednesday\'s digest');

    const nine = nineOn('2026-11-04');
    const before = samples.filter((s) => s.at < nine);
    const firstShown = samples.find((s) => s.shown)!;
    console.log([
      'digest timeline (browser clock, Europe/Berlin, Wed 2026-11-04):',
      `  first look in the worker   ${clock(samples[0]!.at)}`,
      `  last look before 9:00      ${before.length ? clock(before.at(-1)!.at) : 'none'} (${before.length} looks, notification shown in ${before.filter((s) => s.shown).length})`,
      `  digest recorded as sent    ${clock(wednesday.at)} ("${wednesday.message}")`,
      `  notification first seen    ${clock(firstShown.at)}`,
    ].join('\n'));

    // The test watched before 9:00, and nothing came then.
    expect(samples[0]!.at).toBeLessThan(nine);
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((s) => s.shown)).toEqual([]);
    expect(wednesday.at).toBeGreaterThanOrEqual(nine);
    expect(wednesday.at).toBeLessThan(nine + 120_000);
    expect(wednesday.message).toBe('1 nudge');

    // Once a day: a few seconds on, the same record stands.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await lastDigest(e)).toEqual(wednesday);
  }, 150_000);
});
