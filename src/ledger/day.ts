// Local calendar days: the stage clock ticks at local midnight.

/** 'YYYY-MM-DD' of the local day containing `now`. */
const pad = (n: number) => String(n).padStart(2, '0');

export function localDay(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The next local midnight strictly after `now` (DST-safe: built from the calendar). */
export function nextLocalMidnight(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}
