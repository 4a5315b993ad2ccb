// The day-boundary clock: the next local midnight (across DST changes), the
// alarm set for the soonest stage change, and the catch-up at worker start.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { localDay, nextLocalMidnight } from '../../../src/ledger/day';
import { nextStageChangeAt } from '../../../src/ledger/next-change';
import { DAY_ALARM, onAlarm, onWorkerStart, scheduleDayBoundary } from '../../../src/background/day-boundary';
import { ledgerDb } from '../../../src/background/db-handle';
import { observe } from '../../../src/ledger/observe';
import { contactAction } from '../../../src/ledger/contacts';
import { lastRecomputeDay } from '../../../src/ledger/recompute-all';
import { DAY_MS } from '../../../src/core/types';
import { MON, sent } from '../ledger/helpers';

vi.mock('webextension-polyfill', () => ({ default: { alarms: { create: vi.fn<() => Promise<void>>(async () => undefined) } } }));
vi.mock('../../../src/background/changes', () => ({ onLedgerChanged: vi.fn<() => Promise<void>>(async () => undefined) }));

const db = ledgerDb();
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  vi.mocked(browser.alarms.create).mockClear();
});
const lastAlarm = () => vi.mocked(browser.alarms.create).mock.calls.at(-1) as unknown[] | undefined;
const alarmAt = () => (lastAlarm()![1] as { when: number }).when;

describe('local days (Europe/Berlin)', () => {
  it.each([
    ['an ordinary day', new Date(2026, 10, 2, 10), new Date(2026, 10, 3)],
    ['the night clocks go back', new Date(2026, 9, 25, 1, 30), new Date(2026, 9, 26)],
    ['the night clocks go forward', new Date(2026, 2, 29, 1, 30), new Date(2026, 2, 30)],
    ['one ms before midnight', new Date(2026, 11, 31, 23, 59, 59, 999), new Date(2027, 0, 1)],
  ])('%s', (_, at, midnight) => {
    expect(nextLocalMidnight(at.getTime())).toBe(midnight.getTime());
    expect(localDay(nextLocalMidnight(at.getTime()))).toBe(localDay(midnight.getTime()));
  });
});

describe('day-boundary alarm', () => {
  it('is set just after the next midnight when nothing changes sooner', async () => {
    await scheduleDayBoundary(MON);
    expect(alarmAt()).toBe(nextLocalMidnight(MON) + 60_000);
    expect(lastAlarm()?.[0]).toBe(DAY_ALARM);
  });

  it('is set for a snooze that ends before midnight', async () => {
    const id = (await observe(db, [sent()], MON)).contactIds[0]!;
    await contactAction(db, id, 'snooze', MON + 3_600_000, MON);
    expect(await nextStageChangeAt(db, MON)).toBe(MON + 3_600_000);
    await scheduleDayBoundary(MON);
    expect(alarmAt()).toBe(MON + 3_600_000 + 60_000);
  });

  it('worker start recomputes once per day; the alarm recomputes and re-arms', async () => {
    const id = (await observe(db, [sent()], MON)).contactIds[0]!;
    const later = MON + 10 * DAY_MS;
    await onWorkerStart(later);
    expect((await db.contacts.get(id))!.stage).toBe('nudge-due');
    expect(await lastRecomputeDay(db)).toBe(localDay(later));
    // As the row was the evening before: waiting, its nudge due at the coming midnight.
    await db.contacts.update(id, { stage: 'waiting', section: 'waiting' });
    await onWorkerStart(later + 1_000);
    expect((await db.contacts.get(id))!.stage).toBe('waiting');
    await onAlarm('something-else', later + 2_000);
    expect((await db.contacts.get(id))!.stage).toBe('waiting');
    await onAlarm(DAY_ALARM, later + 2_000);
    expect((await db.contacts.get(id))!.stage).toBe('nudge-due');
    expect(browser.alarms.create).toHaveBeenCalledTimes(3);
  });
});
