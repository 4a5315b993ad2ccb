// Parsing form text into numbers, with i18n keys for what is wrong.

export interface Parsed<T> {
  value?: T;
  /** an i18n key */
  error?: string;
}

/** Blank: no value. Otherwise a whole number in [min, max]. */
export function parseOptionalInt(text: string, min: number, max: number): Parsed<number> {
  const s = text.trim();
  if (!s) return {};
  if (!/^\d+$/.test(s)) return { error: 'errWholeNumber' };
  const n = Number(s);
  if (n < min || n > max) return { error: 'errOutOfRange' };
  return { value: n };
}

/** "3, 7, 14": whole days 1–365 that never shrink. Blank: no value. */
export function parseIntervals(text: string): Parsed<number[]> {
  const s = text.trim();
  if (!s) return {};
  const parts = s.split(/[\s,]+/).filter(Boolean);
  if (parts.some((p) => !/^\d+$/.test(p))) return { error: 'errWholeNumber' };
  const days = parts.map(Number);
  if (days.some((d) => d < 1 || d > 365)) return { error: 'errOutOfRange' };
  if (days.length > 10) return { error: 'errTooManyIntervals' };
  if (days.some((d, i) => i > 0 && d < days[i - 1]!)) return { error: 'errIntervalsShrink' };
  return { value: days };
}
