// When the daily digest goes out. Pure: the clock comes in as `now`, local
// time is the runtime's zone. At most one digest per local day; weekdays
// only by default; never inside quiet hours (deferred to their end); a slot
// missed while the computer slept is delivered once, late.
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

/** The latest digest slot at or before now (within the last week), or null. */
export function latestSlot(now: number, s: DigestSettings): number | null {
  for (let add = 0; add >= -8; add--) {
    const slot = slotOn(now, s, add);
    if (slot <= now && isDigestDay(slot, s)) return slot;
  }
  return null;
}

/**
 * Whether a digest goes out at `now`. lastDigestDay is the local day the last
 * one went out. A slot is served once, at or after its time, outside quiet
 * hours, unless a digest already went out on its day or later: so a slot
 * missed while the computer slept comes once on wake and also covers that day.
 */
export function shouldSendDigest(now: number, s: DigestSettings, lastDigestDay: string | undefined): boolean {
  if (!s.digest.enabled || quietHoursEnd(now, s.quietHours) !== null) return false;
  const slot = latestSlot(now, s);
  if (slot === null) return false;
  // Never sent (a new install): only today's slot counts, nothing "missed" before it.
  return lastDigestDay === undefined ? dayKey(slot) === dayKey(now) : lastDigestDay < dayKey(slot);
}

/** When to look again: now if due, else the end of quiet hours or the next slot (past quiet hours). Null when off. */
export function nextDigestAt(now: number, s: DigestSettings, lastDigestDay: string | undefined): number | null {
  if (!s.digest.enabled) return null;
  if (shouldSendDigest(now, s, lastDigestDay)) return now;
  const slot = latestSlot(now, s);
  const quietEnd = quietHoursEnd(now, s.quietHours);
  const pending = slot !== null && (lastDigestDay === undefined ? dayKey(slot) === dayKey(now) : lastDigestDay < dayKey(slot));
  if (quietEnd !== null && pending) return quietEnd;
  for (let add = 0; add <= 8; add++) {
    const next = slotOn(now, s, add);
    if (next > now && isDigestDay(next, s)) return quietHoursEnd(next, s.quietHours) ?? next;
  }
  return null;
}
