// Reads Gmail's `/sync/u/N/i/s` request body (the web client's sync call)
// and returns the messages it sends. Pure (its only import is a sibling): runs in
// the page's own world (gmail-page.iife.ts) and in tests over real captures.
// The body is nested positional JSON whose shape moved in 2018, 2019 and
// 2022 (gmail.js #467, #599, #722), so instead of fixed paths it walks the
// tree looking for message records: an id `msg-a:…`/`msg-f:…` followed by
// sender and recipients, with a label list. It never reads the body field.
import { deliveryTime } from './delivery-time';

export interface Address { email: string; name?: string }

export interface ParsedSend {
  messageId: string;
  threadId?: string;
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

const MSG = /^#?msg-[af]:/;
const THREAD = /^thread-[af]:/;
const SENT = '^pfg';
const SCHEDULED = '^scheduled';
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => {
  const n = typeof v === 'string' && /^\d{10,}$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
};

/** `[1, "a@x", "Name"]` (2022) or `{"1":1,"2":"a@x","3":"Name"}` (2018). */
function address(v: unknown): Address | undefined {
  const email = Array.isArray(v) ? str(v[1]) : isObj(v) ? str(v['2']) : undefined;
  if (!email || !email.includes('@')) return undefined;
  const name = Array.isArray(v) ? str(v[2]) : isObj(v) ? str(v['3']) : undefined;
  return name ? { email, name } : { email };
}
const addresses = (v: unknown): Address[] =>
  Array.isArray(v) ? v.map(address).filter((a): a is Address => a !== undefined) : [];

/** A message record, in either layout; undefined when `v` is not one. */
// Body and snippet of a record: 2022 arrays (indices) and 2018 objects (keys).
const SKIP_2022 = new Set(['8', '9']);
const SKIP_2018 = new Set(['9', '10']);

function record(v: unknown, threadId: string | undefined, now: number | undefined): ParsedSend | 'other' | undefined {
  let id: string | undefined, labels: unknown, fields: unknown[], skip: ReadonlySet<string>;
  if (Array.isArray(v) && MSG.test(str(v[0]) ?? '') && Array.isArray(v[1]) && Array.isArray(v[10])) {
    id = v[0] as string;
    labels = v[10];
    fields = [v[2], v[3], v[4], v[7], v[6]];
    skip = SKIP_2022;
  } else if (isObj(v) && MSG.test(str(v['1']) ?? '') && Array.isArray(v['11'])) {
    id = v['1'] as string;
    labels = v['11'];
    fields = [v['3'], v['4'], v['5'], v['8'], v['7']];
    skip = SKIP_2018;
  } else {
    return undefined;
  }
  const list = (labels as unknown[]).filter((l): l is string => typeof l === 'string');
  const scheduled = list.includes(SCHEDULED);
  if (!scheduled && !list.includes(SENT)) return 'other';
  const [to, cc, bcc, subject, at] = fields;
  const out: ParsedSend = {
    messageId: id.replace(/^#/, ''),
    to: addresses(to), cc: addresses(cc), bcc: addresses(bcc),
    subject: str(subject) ?? '',
    scheduled,
  };
  if (threadId) out.threadId = threadId;
  const when = num(at);
  if (when !== undefined) out.at = when;
  // From the request time when known (the same client clock): then even the
  // record's own timestamp field can be the delivery time, and a stale one
  // (an old draft) does not make "now" look like a future time.
  const since = now ?? when;
  if (scheduled && since !== undefined) {
    const sendAt = deliveryTime(Object.entries(v as object), skip, since);
    if (sendAt !== undefined) out.sendAt = sendAt;
  }
  return out;
}

function threadOf(v: unknown): string | undefined {
  const id = Array.isArray(v) ? str(v[0]) : isObj(v) ? str(v['1']) ?? str(v['4']) : undefined;
  return id && THREAD.test(id) ? id : undefined;
}

/**
 * Every sent or scheduled message in a sync request body (parsed JSON or its
 * text). `now`: the request time, from which a scheduled send's delivery
 * time is looked for (the record's own timestamp when absent).
 */
export function parseSendBody(body: unknown, now?: number): ParsedSend[] {
  let root = body;
  if (typeof body === 'string') {
    try {
      root = JSON.parse(body.replace(/^\)\]\}'\s*/, ''));
    } catch {
      return [];
    }
  }
  const found = new Map<string, ParsedSend>();
  const walk = (v: unknown, thread: string | undefined, depth: number): void => {
    if (depth > 40 || (typeof v !== 'object' || v === null)) return;
    const rec = record(v, thread, now);
    if (rec === 'other') return; // a draft or other message: skip it and its body
    if (rec) {
      if (!found.has(rec.messageId)) found.set(rec.messageId, rec);
      return;
    }
    const here = threadOf(v) ?? thread;
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child, here, depth + 1);
  };
  walk(root, undefined, 0);
  return [...found.values()];
}

/**
 * Gmail's legacy hex id for a message in a sync response (the last string
 * of its record), e.g. `183fcc5cc03fea78`: the id used in `#all/<id>` links.
 */
export function legacyIdIn(response: unknown, messageId: string): string | undefined {
  let hit: string | undefined;
  const walk = (v: unknown, depth: number): void => {
    if (hit || depth > 40 || !Array.isArray(v)) return;
    if (v[0] === messageId) {
      for (let i = v.length - 1; i > 10; i--) {
        const s = str(v[i]);
        if (s && /^[0-9a-f]{16}$/.test(s)) {
          hit = s;
          return;
        }
      }
    }
    for (const child of v) walk(child, depth + 1);
  };
  walk(response, 0);
  return hit;
}
