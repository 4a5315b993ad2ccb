// Digest timing (TZ Europe/Berlin from vitest.config). Nov 2 2026 is a Monday.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { dayKey, nextDigestAt, shouldSendDigest, type DigestSettings } from '../../../src/core/digest';

const at = (d: string) => new Date(d).getTime(); // local time: no zone suffix
const base: DigestSettings = { digest: { enabled: true, hour: 9, minute: 0, weekdaysOnly: true }, quietHours: null };
const quiet = (start: string, end: string): DigestSettings => ({ ...base, quietHours: { start, end } });
const off: DigestSettings = { ...base, digest: { ...base.digest, enabled: false } };
const evening = (q: DigestSettings): DigestSettings => ({ ...q, digest: { ...q.digest, hour: 23 } });
const weekends: DigestSettings = { ...base, digest: { ...base.digest, weekdaysOnly: false } };

describe('shouldSendDigest', () => {
  it.each([
    ['before the time', base, '2026-11-02T08:59', '2026-10-30', false],
    ['at the time', base, '2026-11-02T09:00', '2026-10-30', true],
    ['later that day, not yet sent (browser opened late)', base, '2026-11-02T15:30', '2026-10-30', true],
    ['already sent today', base, '2026-11-02T15:30', '2026-11-02', false],
    ['sent yesterday', base, '2026-11-03T09:00', '2026-11-02', true],
    ['Saturday, weekdays only, Friday sent', base, '2026-11-07T09:00', '2026-11-06', false],
    ['Saturday, every day', weekends, '2026-11-07T09:00', '2026-11-06', true],
    ['turned off', off, '2026-11-02T09:00', undefined, false],
    ['new install, before today\'s time: nothing counts as missed', base, '2026-11-03T08:59', undefined, false],
    ['new install, at today\'s time', base, '2026-11-03T09:00', undefined, true],
    ['inside quiet hours', quiet('08:00', '10:00'), '2026-11-02T09:00', '2026-10-30', false],
    ['after quiet hours end', quiet('08:00', '10:00'), '2026-11-02T10:00', '2026-10-30', true],
    // Issue 15: a slot missed on an earlier day is folded into today's, at the user's time.
    ['woken before today\'s time, yesterday missed: waits for today\'s', base, '2026-11-03T07:00', '2026-10-30', false],
    ['20 s before today\'s time, yesterday missed', base, '2026-11-04T08:59:40', '2026-11-02', false],
    ['a minute before today\'s time, days missed', base, '2026-11-04T08:59', '2026-10-20', false],
    ['at today\'s time, yesterday missed', base, '2026-11-04T09:00', '2026-11-02', true],
    ['yesterday missed, today\'s slot inside quiet hours', quiet('08:30', '09:30'), '2026-11-04T09:00', '2026-11-02', false],
    ['yesterday missed, quiet hours over', quiet('08:30', '09:30'), '2026-11-04T09:30', '2026-11-02', true],
    ['late-evening slot deferred past midnight by quiet hours', evening(quiet('22:00', '07:00')), '2026-11-03T07:00', '2026-11-02', true],
    ['late-evening slot, quiet hours not over yet', evening(quiet('22:00', '07:00')), '2026-11-03T06:59', '2026-11-02', false],
    ['woken before today\'s time, yesterday sent', base, '2026-11-03T07:00', '2026-11-02', false],
    ['today\'s slot after a missed one was delivered this morning', base, '2026-11-03T09:00', '2026-11-03', false],
    ['Friday\'s missed digest on Saturday morning: folded into Monday\'s', base, '2026-11-07T07:00', '2026-11-05', false],
    ['Monday before the time, Friday missed', base, '2026-11-09T08:59', '2026-11-05', false],
    ['Monday at the time, Friday missed', base, '2026-11-09T09:00', '2026-11-05', true],
  ] as const)('%s', (_, s, now, last, want) => {
    expect(shouldSendDigest(at(now), s, last)).toBe(want);
  });
});

describe('nextDigestAt', () => {
  it.each([
    ['today\'s time, early morning', base, '2026-11-02T07:00', '2026-10-30', '2026-11-02T09:00'],
    ['now, when today\'s slot passed unsent', base, '2026-11-02T11:15', '2026-10-30', '2026-11-02T11:15'],
    ['tomorrow, once sent today', base, '2026-11-02T11:15', '2026-11-02', '2026-11-03T09:00'],
    ['Monday, from Friday after sending', base, '2026-11-06T09:01', '2026-11-06', '2026-11-09T09:00'],
    ['Saturday when every day', weekends, '2026-11-06T09:01', '2026-11-06', '2026-11-07T09:00'],
    ['end of quiet hours when the slot falls inside', quiet('08:30', '09:45'), '2026-11-02T07:00', '2026-10-30', '2026-11-02T09:45'],
    ['end of quiet hours, inside them with a slot pending', quiet('08:30', '09:45'), '2026-11-02T09:10', '2026-10-30', '2026-11-02T09:45'],
    ['today\'s time, not at once, when yesterday\'s slot was missed', base, '2026-11-04T08:59:40', '2026-11-02', '2026-11-04T09:00'],
    ['Monday\'s time on Saturday when Friday\'s was missed', base, '2026-11-07T07:00', '2026-11-05', '2026-11-09T09:00'],
    ['today\'s time when it is quiet now and only an earlier day\'s slot was missed', quiet('06:00', '07:00'), '2026-11-04T06:30', '2026-11-02', '2026-11-04T09:00'],
    ['today\'s time for a new install, not a missed earlier slot', base, '2026-11-03T08:00', undefined, '2026-11-03T09:00'],
    ['end of quiet hours crossing midnight', quiet('22:00', '10:00'), '2026-11-02T23:00', '2026-11-02', '2026-11-03T10:00'],
    ['the wall-clock time across a DST change', base, '2026-10-24T10:00', '2026-10-23', '2026-10-26T09:00'],
  ] as const)('%s', (_, s, now, last, want) => {
    expect(nextDigestAt(at(now), s, last)).toBe(at(want));
  });

  it('is null when the digest is off', () => {
    expect(nextDigestAt(at('2026-11-02T07:00'), off, undefined)).toBeNull();
  });

  it('following the schedule sends exactly one digest per eligible day', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(),
      fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 6 }))),
      (hour, minute, weekdaysOnly, q) => {
        const s: DigestSettings = {
          digest: { enabled: true, hour, minute, weekdaysOnly },
          quietHours: q ? { start: `${String(q[0]).padStart(2, '0')}:00`, end: `${String((q[0] + q[1]) % 24).padStart(2, '0')}:00` } : null,
        };
        let now = at('2026-11-02T00:00');
        const end = at('2026-11-16T00:00');
        let last: string | undefined = '2026-11-01';
        const sent: string[] = [];
        for (let guard = 0; guard < 100; guard++) {
          const next = nextDigestAt(now, s, last);
          if (next === null || next >= end) break;
          expect(next).toBeGreaterThanOrEqual(now);
          now = next;
          if (shouldSendDigest(now, s, last)) {
            last = dayKey(now);
            sent.push(last);
          } else now += 60_000;
        }
        expect(new Set(sent).size).toBe(sent.length);
        // Two weeks: 10 weekdays or 14 days. Quiet hours that swallow the slot up to
        // midnight move it to the next day, which then counts as that day's digest.
        const eligible = weekdaysOnly ? 10 : 14;
        const swallowed = q !== null && (q[0] + q[1]) % 24 < q[0] && hour >= q[0];
        expect(sent.length).toBeGreaterThanOrEqual(swallowed ? Math.floor(eligible / 2) : eligible);
      },
    ), { numRuns: 200 });
  });
});
