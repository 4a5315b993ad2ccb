// Small statistics helpers: every figure is a median or a p95 of several runs.

/** @param {number[]} xs @param {number} q 0..1, nearest-rank */
export function quantile(xs, q) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/**
 * 95 % percentile-bootstrap interval of the median: resample the values
 * (paired differences) with replacement, take each resample's median.
 * Seeded, so one run's numbers reproduce from its data.
 * @returns {[number, number] | null}
 */
export function bootstrapMedianCI(xs, resamples = 2000) {
  if (xs.length < 2) return null;
  let s = 12345;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const medians = [];
  for (let r = 0; r < resamples; r++) medians.push(median(xs.map(() => xs[Math.floor(rnd() * xs.length)])));
  return [quantile(medians, 0.025), quantile(medians, 0.975)];
}

/** null or undefined */
export const none = (x) => x === null || x === undefined || Number.isNaN(x);

/** round to 2 decimals, keep null */
export const r2 = (x) => (none(x) ? null : Math.round(x * 100) / 100);

/** figure / baseline, or null */
export const ratio = (fig, base) => (none(fig) || none(base) || base === 0 ? null : fig / base);
