// Reads Gmail's `/sync/u/N/i/s` request body (the web client's sync call)
// and returns the messages it sends: records labelled `^pfg` (sent) or
// `^scheduled` (records.ts finds them in either layout). Pure; runs in the
// page's own world (gmail-page.iife.ts) and in tests over real captures.
import { deliveryTime } from './delivery-time';
import type { Address } from './network';
import { addresses, eachRecord, parseJson, str } from './records';

export interface ParsedSend {
  messageId: string;
  threadId?: string;
  /** the sender: the account's own address (or an alias) */
  from?: string;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  /** `^scheduled`: a scheduled send, not sent now */
  scheduled: boolean;
  /** the client's timestamp on the record, epoch ms */
  at?: number;
  /** a scheduled send's delivery time, epoch ms, when the record carries one */
  sendAt?: number;
}

/**
 * Every sent or scheduled message in a sync request body (parsed JSON or its
 * text). `now`: the request time, from which a scheduled send's delivery
 * time is looked for (the record's own timestamp when absent).
 */
export function parseSendBody(body: unknown, now?: number): ParsedSend[] {
  const found = new Map<string, ParsedSend>();
  eachRecord(parseJson(body), (rec, thread) => {
    const scheduled = rec.labels.includes('^scheduled');
    // a draft or another message: skipped
    if ((!scheduled && !rec.labels.includes('^pfg')) || found.has(rec.id)) return;
    const out: ParsedSend = {
      messageId: rec.id, to: addresses(rec.to), cc: addresses(rec.cc), bcc: addresses(rec.bcc),
      subject: rec.subject ?? '', scheduled,
    };
    if (thread) out.threadId = thread.id;
    if (rec.from) out.from = rec.from.email;
    if (rec.at !== undefined) out.at = rec.at;
    // From the request time when known (the same client clock): then even the
    // record's own timestamp field can be the delivery time, and a stale one
    // (an old draft) does not make "now" look like a future time.
    const since = now ?? rec.at;
    if (scheduled && since !== undefined) {
      const sendAt = deliveryTime(Object.entries(rec.raw), rec.skip, since);
      if (sendAt !== undefined) out.sendAt = sendAt;
    }
    found.set(rec.id, out);
  });
  return [...found.values()];
}

/**
 * Gmail's legacy hex id for a message in a sync response (the last string
 * of its record), e.g. `183fcc5cc03fea78`: the id used in `#all/<id>` links.
 */
export function legacyIdIn(response: unknown, messageId: string): string | undefined {
  let hit: string | undefined;
  eachRecord(response, (rec) => {
    if (hit || rec.id !== messageId || !Array.isArray(rec.raw)) return;
    const raw = rec.raw as unknown[];
    for (let i = raw.length - 1; i > 10 && !hit; i--) {
      const s = str(raw[i]);
      if (s && /^[0-9a-f]{16}$/.test(s)) hit = s;
    }
  });
  return hit;
}
