// Local calendar arithmetic: weekends, holidays, and DST changes that never move a due date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addBusinessDays, addLocalDays, addPolicyDays, businessDaysBetween, isBusinessDay, localDateKey,
  localDaysBetween, parseLocalDateKey, startOfLocalDay,
} from '../../../src/core/business-days';
import { computeStage } from '../../../src/core/stage';
import { contact, day, local, out, policy } from './helpers';

describe('business days (Europe/Berlin)', () => {
  it.each([
    ['Mon +3', local(2026, 11, 2, 10), 3, 'Thu 2026-11-05'],
    ['Thu +7', local(2026, 11, 5, 10), 7, 'Mon 2026-11-16'],
    ['Fri +1 skips the weekend', local(2026, 11, 6, 23, 59), 1, 'Mon 2026-11-09'],
    ['Sat +1', local(2026, 11, 7, 10), 1, 'Mon 2026-11-09'],
    ['Sun +0 is that day', local(2026, 11, 8, 10), 0, 'Sun 2026-11-08'],
    ['Fri 4 Dec +21', local(2026, 12, 4, 15), 21, 'Mon 2027-01-04'],
  ])('%s', (_n, from, n, expected) => {
    expect(day(addBusinessDays(from, n))).toBe(expected);
    expect(addBusinessDays(from, n)).toBe(startOfLocalDay(addBusinessDays(from, n)));
  });

  it('skips holidays', () => {
    expect(day(addBusinessDays(local(2026, 12, 23), 2, ['2026-12-24', '2026-12-25']))).toBe('Tue 2026-12-29');
    expect(day(addBusinessDays(local(2026, 12, 23), 2))).toBe('Fri 2026-12-25');
    expect(isBusinessDay(local(2026, 12, 24, 12), ['2026-12-24'])).toBe(false);
    expect(isBusinessDay(local(2026, 12, 23, 12), ['2026-12-24'])).toBe(true);
  });

  it('counts business days between two moments', () => {
    expect(businessDaysBetween(local(2026, 11, 2, 10), local(2026, 11, 5))).toBe(3);
    expect(businessDaysBetween(local(2026, 11, 6), local(2026, 11, 9, 18))).toBe(1);
    expect(businessDaysBetween(local(2026, 11, 9), local(2026, 11, 6))).toBe(0);
  });

  it('uses calendar days when the policy says so', () => {
    const p = { businessDaysOnly: false, holidays: [] };
    expect(day(addPolicyDays(local(2026, 11, 6, 10), 3, p))).toBe('Mon 2026-11-09');
  });

  it('parses and prints local dates', () => {
    expect(localDateKey(local(2026, 3, 29, 2, 30))).toBe('2026-03-29');
    expect(parseLocalDateKey('2026-02-30')).toBeUndefined();
    expect(parseLocalDateKey('26-2-3')).toBeUndefined();
    expect(parseLocalDateKey('2026-10-25')).toBe(local(2026, 10, 25));
  });
});

describe('daylight-saving changes do not move due dates', () => {
  it.each([
    ['spring forward, 29 March 2026 (23-hour day)', local(2026, 3, 27, 10), 'Sun 2026-03-29', 'Tue 2026-03-31'],
    ['fall back, 25 October 2026 (25-hour day)', local(2026, 10, 23, 10), 'Sun 2026-10-25', 'Tue 2026-10-27'],
  ])('%s', (_n, fri, sunday, tuesday) => {
    expect(day(addLocalDays(fri, 2))).toBe(sunday);
    expect(new Date(addLocalDays(fri, 4)).getHours()).toBe(0);
    expect(day(addLocalDays(fri, 4))).toBe(tuesday);
    expect(localDaysBetween(fri, addLocalDays(fri, 4))).toBe(4);
  });

  it('a nudge due across the change is still due at local midnight', () => {
    const r = computeStage(contact(), [out(local(2026, 10, 23, 23, 30))], policy({ businessDaysOnly: false }), local(2026, 10, 26, 12));
    expect(day(r.dueAt)).toBe('Mon 2026-10-26');
    expect(new Date(r.dueAt).getHours()).toBe(0);
    expect(r.stage).toBe('nudge-due');
    expect(r.dueAt - local(2026, 10, 23)).toBe(3 * 86_400_000 + 3_600_000); // the 25-hour day is inside
  });
});

describe('in another time zone (America/New_York, DST ends 1 November 2026)', () => {
  const saved = process.env.TZ;
  beforeAll(() => { process.env.TZ = 'America/New_York'; });
  afterAll(() => { process.env.TZ = saved; });

  it('runs in that zone', () => {
    expect(new Date(Date.UTC(2026, 6, 1, 12)).getHours()).toBe(8);
  });

  it('keeps the worked example on the same local days and at local midnight', () => {
    const first = out(local(2026, 10, 29, 22)); // Thursday evening, before the change
    const r = computeStage(contact(), [first], policy(), local(2026, 11, 3, 12));
    expect(day(r.dueAt)).toBe('Tue 2026-11-03');
    expect(new Date(r.dueAt).getHours()).toBe(0);
    expect(r.stage).toBe('nudge-due');
    expect(computeStage(contact(), [first], policy(), r.dueAt - 1).stage).toBe('waiting');
  });

  it('adds calendar days across the change without drifting an hour', () => {
    const sat = local(2026, 10, 31, 0);
    expect(addLocalDays(sat, 2) - sat).toBe(2 * 86_400_000 + 3_600_000);
    expect(new Date(addLocalDays(sat, 2)).getHours()).toBe(0);
  });
});
