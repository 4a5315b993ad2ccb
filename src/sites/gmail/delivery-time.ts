// A scheduled send's delivery time in a Gmail sync message record. Pure and
// dependency-free (bundled into the page-world script with parse-send.ts).

const MIN_AHEAD_MS = 60_000;
const MAX_AHEAD_MS = 400 * 86_400_000;
const epochMs = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d{13}$/.test(v) ? Number(v) : undefined;

/**
 * A scheduled record's delivery time. No capture shows where Gmail keeps it,
 * so: an epoch-ms number (or 13-digit string) in the record's own fields,
 * a few levels deep, 1 min to ~400 days after `since`; never the body or
 * snippet fields (`skip`).
 */
export function deliveryTime(fields: Iterable<[string, unknown]>, skip: ReadonlySet<string>, since: number): number | undefined {
  let best: number | undefined;
  const visit = (v: unknown, depth: number): void => {
    const n = epochMs(v);
    if (n !== undefined) {
      // Earliest: other future stamps (expiry, retry deadline) would follow delivery, and early never hides a send.
      if (n - since >= MIN_AHEAD_MS && n - since <= MAX_AHEAD_MS && (best === undefined || n < best)) best = n;
    } else if (depth < 3 && typeof v === 'object' && v !== null) {
      for (const child of Array.isArray(v) ? v : Object.values(v)) visit(child, depth + 1);
    }
  };
  for (const [key, v] of fields) if (!skip.has(key)) visit(v, 0);
  return best;
}
