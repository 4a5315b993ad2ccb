// When the daily digest goes out. Pure: the clock comes in as `now`, local
// time is the runtime's zone. At most one digest per local day; weekdays
// only by default; never inside quiet hours (deferred to their end). Today's
// slot missed while the computer slept is delivered once, late; a slot missed
// on an earlier day is folded into today's, which comes at the user's time.
import type { Settings } from './types';
import { localDateKey } from './business-days';

export type DigestSettings = Pick<Settings, 'digest' | 'quietHours'>;

/** 'YYYY-MM-DD' of the local day containing t. */
export const dayKey: (t: number) => string = localDateKey;

const minutesOf = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** The slot on the local day containing t (built from the calendar: DST-safe). */
function slotOn(t: number, s: DigestSettings, addDays = 0): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays, s.digest.hour, s.digest.minute).getTime();
}

function isDigestDay(t: number, s: DigestSettings): boolean {
  const dow = new Date(t).getDay();
  return !s.digest.weekdaysOnly || (dow >= 1 && dow <= 5);
}

/** If t falls inside quiet hours, when they end; else null. Ranges may cross midnight. */
export function quietHoursEnd(t: number, quiet: DigestSettings['quietHours']): number | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const d = new Date(t);
  const m = d.getHours() * 60 + d.getMinutes();
  const [start, end] = [minutesOf(quiet.start), minutesOf(quiet.end)];
  const endOn = (addDays: number) =>
    new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays, Math.floor(end / 60), end % 60).getTime();
  if (start < end) return m >= start && m < end ? endOn(0) : null;
  if (m >= start) return endOn(1);
  return m < end ? endOn(0) : null;
}

/** When a slot goes out: at its time, or at the end of the quiet hours it falls in. */
function deliveryOf(slot: number, s: DigestSettings): number {
  return quietHoursEnd(slot, s.quietHours) ?? slot;
}

/** Slots from the day before `t` onwards, each with its delivery time, in order. */
function* slotsFrom(t: number, s: DigestSettings, days = 9): Generator<number> {
  for (let add = -1; add <= days; add++) {
    const slot = slotOn(t, s, add);
    if (isDigestDay(slot, s)) yield deliveryOf(slot, s);
  }
}

/**
 * Today's delivery if it is at or before now, else null. Only today's counts:
 * a slot missed on an earlier day is folded into today's, at the user's time.
 * (Yesterday's slot is looked at too: quiet hours across midnight defer it into today.)
 */
function dueToday(now: number, s: DigestSettings): number | null {
  const today = dayKey(now);
  for (const at of slotsFrom(now, s, 0)) if (at <= now && dayKey(at) === today) return at;
  return null;
}

const sentOn = (day: string, last: string | undefined) => last !== undefined && last >= day;

/**
 * Whether a digest goes out at `now`. lastDigestDay is the local day the last
 * one went out. At most one a day, never inside quiet hours; today's slot,
 * once passed, goes out (late if the computer slept through it); earlier
 * missed slots never go out on their own.
 */
export function shouldSendDigest(now: number, s: DigestSettings, lastDigestDay: string | undefined): boolean {
  if (!s.digest.enabled || quietHoursEnd(now, s.quietHours) !== null) return false;
  return !sentOn(dayKey(now), lastDigestDay) && dueToday(now, s) !== null;
}

/** When to look again: now if due, else the end of quiet hours or the next delivery. Null when off. */
export function nextDigestAt(now: number, s: DigestSettings, lastDigestDay: string | undefined): number | null {
  if (!s.digest.enabled) return null;
  if (shouldSendDigest(now, s, lastDigestDay)) return now;
  const quietEnd = quietHoursEnd(now, s.quietHours);
  const pending = !sentOn(dayKey(now), lastDigestDay) && dueToday(now, s) !== null;
  if (quietEnd !== null && pending && dayKey(quietEnd) === dayKey(now)) return quietEnd;
  for (const at of slotsFrom(now, s)) if (at > now && !sentOn(dayKey(at), lastDigestDay)) return at;
  return null;
}
