// Message records in Gmail's sync JSON (send requests, their responses,
// thread data). Pure; runs in the page's own world and in tests over real
// captures. The JSON is nested and positional, and its shape moved in 2018,
// 2019 and 2022 (gmail.js #467, #599, #722), so instead of fixed paths the
// tree is walked for message records: an id `msg-a:…`/`msg-f:…` with a
// sender and a label list, in either layout:
// - 2022 arrays: `[id, sender, to, cc, bcc, _, time, subject, _, snippet, labels, …]`
// - 2018 objects: `1` id, `2` sender, `3` to (or time), `4` cc (or labels),
//   `5` bcc, `7` time, `8` subject, `10` snippet, `11` labels.
// Bodies and snippets are never read.
import type { Address } from './network';

export const MSG = /^#?msg-[af]:/;
const THREAD = /^thread-[af]:/;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined => {
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
export const addresses = (v: unknown): Address[] =>
  Array.isArray(v) ? v.map(address).filter((a): a is Address => a !== undefined) : [];

const labelsOf = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((l) => typeof l === 'string') ? (v as string[]) : undefined;

export interface MessageRecord {
  /** without a leading `#` */
  id: string;
  from?: Address;
  to: unknown; cc: unknown; bcc: unknown;
  subject?: string;
  at?: number;
  labels: string[];
  /** the record itself and the keys of its body and snippet (never read) */
  raw: object;
  skip: ReadonlySet<string>;
}

const SKIP_2022 = new Set(['8', '9']);
const SKIP_2018 = new Set(['9', '10']);

function record(v: unknown): MessageRecord | undefined {
  let r: Omit<MessageRecord, 'from' | 'subject' | 'at'> & { sender: unknown; s: unknown; t: unknown };
  if (Array.isArray(v)) {
    const labels = labelsOf(v[10]);
    if (!MSG.test(str(v[0]) ?? '') || !Array.isArray(v[1]) || !labels) return undefined;
    r = { id: v[0], sender: v[1], to: v[2], cc: v[3], bcc: v[4], t: v[6], s: v[7], labels, raw: v, skip: SKIP_2022 };
  } else {
    // `11` labels (sends, 2020 bv), `4` labels with `3` time (2018 fd)
    if (!isObj(v) || !MSG.test(str(v['1']) ?? '')) return undefined;
    const labels = labelsOf(v['11']) ?? labelsOf(v['4']);
    if (!labels) return undefined;
    // In thread data `3` is a time and `4` the labels: neither reads as addresses.
    r = { id: v['1'] as string, sender: v['2'], to: v['3'], cc: v['4'], bcc: v['5'], t: v['7'] ?? v['3'], s: v['8'], labels, raw: v, skip: SKIP_2018 };
  }
  const { sender, s, t, ...rest } = r;
  const out: MessageRecord = { ...rest, id: r.id.replace(/^#/, '') };
  const from = address(sender);
  if (from) out.from = from;
  const subject = str(s);
  if (subject) out.subject = subject;
  const at = num(t);
  if (at !== undefined) out.at = at;
  return out;
}

export interface ThreadOf { id: string; subject?: string }

/** A thread summary: `[id, …]`, `{1: id, 2: subject}` (2018 fd), `{4: id, 1: subject}` (2018/2020 lists). */
function threadOf(v: unknown): ThreadOf | undefined {
  if (Array.isArray(v)) return THREAD.test(str(v[0]) ?? '') ? { id: v[0] as string } : undefined;
  if (!isObj(v)) return undefined;
  const [id, subject] = THREAD.test(str(v['1']) ?? '') ? [v['1'], v['2']] : THREAD.test(str(v['4']) ?? '') ? [v['4'], v['1']] : [];
  if (typeof id !== 'string') return undefined;
  const s = str(subject);
  return s ? { id, subject: s.slice(0, 500) } : { id };
}

/**
 * Calls `visit` for every message record under `root`, with the thread it
 * sits in; a record's own fields are not walked further (its body is there).
 */
export function eachRecord(root: unknown, visit: (rec: MessageRecord, thread: ThreadOf | undefined) => void): void {
  const walk = (v: unknown, thread: ThreadOf | undefined, depth: number): void => {
    if (depth > 40 || typeof v !== 'object' || v === null) return;
    const rec = record(v);
    if (rec) return visit(rec, thread);
    const t = threadOf(v);
    let here = t && !(t.id === thread?.id && !t.subject) ? t : thread;
    const kids = Array.isArray(v) ? v : Object.values(v);
    // A 2018 thread keeps its subject in a summary beside its messages.
    if (here && !here.subject) {
      for (const k of kids) {
        const s = isObj(k) ? threadOf(k) : undefined;
        if (s?.subject && s.id === here.id) here = s;
      }
    }
    for (const child of kids) walk(child, here, depth + 1);
  };
  walk(root, undefined, 0);
}

/** JSON text (Gmail prefixes `)]}'`) or an already parsed value; undefined when unreadable. */
export function parseJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text.replace(/^\)\]\}'\s*/, ''));
  } catch {
    return undefined;
  }
}
