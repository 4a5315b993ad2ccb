// Day arithmetic on local calendar dates. A day boundary is local midnight;
// adding days goes through the calendar (new Date(y, m, d + n)), never
// + n * 86_400_000, so daylight-saving changes never move a due date.
import type { Policy } from './types';

/** Local midnight starting the day that contains `ts`. */
export function startOfLocalDay(ts: number): number {
  const d = new Date(ts);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight `n` calendar days after the day that contains `ts`. */
export function addLocalDays(ts: number, n: number): number {
  const d = new Date(ts);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n).getTime();
}

/** 'YYYY-MM-DD' of the local day that contains `ts`. */
export function localDateKey(ts: number): string {
  const d = new Date(ts);
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${mm}-${dd}`;
}

/** Local midnight of a 'YYYY-MM-DD' date, or undefined if it is not a real date. */
export function parseLocalDateKey(key: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(y, mo, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo || date.getDate() !== d) return undefined;
  return date.getTime();
}

/** Monday to Friday and not one of `holidays`. */
export function isBusinessDay(ts: number, holidays: ReadonlySet<string> | readonly string[] = []): boolean {
  const day = new Date(ts).getDay();
  if (day === 0 || day === 6) return false;
  if ((Array.isArray(holidays) ? holidays.length : (holidays as ReadonlySet<string>).size) === 0) return true;
  const key = localDateKey(ts);
  return Array.isArray(holidays) ? !holidays.includes(key) : !(holidays as ReadonlySet<string>).has(key);
}

/**
 * Local midnight of the n-th business day after the day that contains `ts`
 * (the starting day itself never counts). n = 0 gives that day's midnight.
 */
export function addBusinessDays(ts: number, n: number, holidays: readonly string[] = []): number {
  const start = startOfLocalDay(ts);
  // Recomputing 10,000 contacts asks the same few hundred (day, n) pairs
  // again and again: remember the answers (pure, so safe to cache).
  const key = `${start}|${new Date(start).getTimezoneOffset()}|${n}|${holidays.join(",")}`;
  const known = businessDayCache.get(key);
  if (known !== undefined) return known;
  const result = walkBusinessDays(start, n, holidays);
  if (businessDayCache.size >= 20_000) businessDayCache.clear();
  businessDayCache.set(key, result);
  return result;
}

const businessDayCache = new Map<string, number>();

function walkBusinessDays(start: number, n: number, holidays: readonly string[]): number {
  const skip = new Set(holidays);
  let day = start;
  let left = Math.max(0, Math.floor(n));
  // Guard: a holiday list can never stall us for more than a few years.
  for (let guard = 0; left > 0 && guard < 3660; guard++) {
    day = addLocalDays(day, 1);
    if (isBusinessDay(day, skip)) left--;
  }
  return day;
}

/** The due moment `n` days after `ts` under the policy: business days when businessDaysOnly. */
export function addPolicyDays(ts: number, n: number, policy: Pick<Policy, 'businessDaysOnly' | 'holidays'>): number {
  return policy.businessDaysOnly ? addBusinessDays(ts, n, policy.holidays) : addLocalDays(ts, n);
}

/** Business days strictly after `from`'s day up to and including `to`'s day (0 if to <= from). */
export function businessDaysBetween(from: number, to: number, holidays: readonly string[] = []): number {
  const skip = new Set(holidays);
  const end = startOfLocalDay(to);
  let day = startOfLocalDay(from);
  let count = 0;
  while (day < end) {
    day = addLocalDays(day, 1);
    if (isBusinessDay(day, skip)) count++;
  }
  return count;
}

/** Whole local calendar days from `from`'s day to `to`'s day (negative if earlier). */
export function localDaysBetween(from: number, to: number): number {
  // Round: a DST day is 23 or 25 hours long, never a whole day off.
  return Math.round((startOfLocalDay(to) - startOfLocalDay(from)) / 86_400_000);
}
