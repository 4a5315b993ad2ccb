// Events wait in storage.local until the background acknowledges them (after
// its transaction commits). A worker killed mid-write means a retry with the
// same event id, which the ledger dedupes: nothing lost, nothing doubled.
import type { Reply } from '../messaging/protocol';
import { isFinal } from '../messaging/error-code';
import type { Site } from '../core/types';
import { request } from '../messaging/client';
import { localArea, outboxPrefix, type LocalArea, type OutboxEntry, type OutboxRecord } from '../messaging/storage-keys';

// Present in every content script; its absence is a failure the callers already catch.
const storage = localArea as () => LocalArea;
const RETRY_MS = [250, 1_000, 3_000, 10_000];

export class Outbox {
  private retryIndex = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> | undefined;
  private again = false;

  /** onRead: sees every storage.local read (boot reads the content prefs from it: no extra call) */
  constructor(
    private readonly site: Site,
    private readonly signal: AbortSignal,
    private readonly onRead?: (all: Record<string, unknown>) => void,
  ) {
    signal.addEventListener('abort', () => clearTimeout(this.timer));
  }

  private keyOf(entry: OutboxEntry): `outbox:${string}` {
    const id = entry.type === 'observe' ? entry.messages.map((m) => m.eventId).join('+') : `retract-${entry.eventId}`;
    return `${outboxPrefix(this.site)}${id}`;
  }

  async push(entry: OutboxEntry): Promise<void> {
    try {
      await storage().set({ [this.keyOf(entry)]: { entry, queuedAt: Date.now() } satisfies OutboxRecord });
    } catch (err) {
      console.debug('[nudgeline] outbox write failed', err);
    }
    await this.flush();
  }

  /**
   * Send everything pending for this site, oldest first; retry later on
   * failure. A push that lands while a pass is sending is picked up by one
   * more pass (the running one read storage before it was written).
   */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      let delivered = true;
      do {
        this.again = false;
        delivered = await this.flushOnce();
      } while (this.again && delivered && !this.signal.aborted);
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** One pass over what storage holds; false when something must be retried later. */
  private async flushOnce(): Promise<boolean> {
    if (this.signal.aborted) return false;
    let all: Record<string, unknown>;
    try {
      all = await storage().get(null);
    } catch {
      return false;
    }
    this.onRead?.(all);
    const mine = (Object.entries(all) as [string, OutboxRecord][])
      .filter(([k]) => k.startsWith(outboxPrefix(this.site)))
      .sort((a, b) => a[1].queuedAt - b[1].queuedAt);
    let failed = false;
    for (const [key, { entry }] of mine) {
      const reply: Reply = await request(entry);
      if (reply.ok || isFinal(reply.code)) {
        // Acknowledged, or refused for good: retrying would not help.
        await storage().remove(key).catch(() => undefined);
      } else {
        failed = true;
        break;
      }
    }
    if (failed && !this.signal.aborted) {
      const delay = RETRY_MS[Math.min(this.retryIndex++, RETRY_MS.length - 1)]!;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), delay);
    } else {
      this.retryIndex = 0;
    }
    return !failed;
  }
}
