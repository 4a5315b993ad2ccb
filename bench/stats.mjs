// Small statistics helpers: every figure is a median or a p95 of several runs.

/** @param {number[]} xs @param {number} q 0..1, nearest-rank */
export function quantile(xs, q) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

/** null or undefined */
export const none = (x) => x === null || x === undefined;

/** round to 2 decimals, keep null */
export const r2 = (x) => (none(x) ? null : Math.round(x * 100) / 100);

/** time an async step, in ms */
export async function timed(fn) {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}
