// Local calendar days: the stage clock ticks at local midnight.
import { localDateKey } from '../core/business-days';

/** 'YYYY-MM-DD' of the local day containing `now`. */
export const localDay: (now: number) => string = localDateKey;

/** The next local midnight strictly after `now` (DST-safe: built from the calendar). */
export function nextLocalMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}
