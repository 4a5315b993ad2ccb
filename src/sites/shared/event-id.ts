// Event ids identify one observed event across outbox retries (the ledger
// dedupes on them when the site gives no message id of its own).

function randomPart(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '').slice(0, 16);
  if (c?.getRandomValues) {
    return Array.from(c.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return Math.random().toString(36).slice(2, 14);
}

/** A fresh, unique event id such as `gmail-lx3k2a-9f1c…`. */
export function newEventId(site: string): string {
  return `${site}-${Date.now().toString(36)}-${randomPart()}`;
}

/** A deterministic event id for something the site already names (a message id). */
export function stableEventId(site: string, key: string): string {
  return `${site}-m-${key}`.slice(0, 256);
}
