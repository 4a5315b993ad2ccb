// Reads the incoming messages of a conversation from Gmail's thread data
// (the `/sync/u/N/i/fd` response the web client fetches when a conversation
// is opened): id, thread, sender, time, subject. Pure; records.ts finds the
// records in either layout. Runs in the page's own world and in tests.
import type { Address } from './network';
import { eachRecord } from './records';

export interface IncomingRecord {
  messageId: string;
  threadId?: string;
  from: Address;
  at?: number;
  subject?: string;
}

/** Drafts, spam, trash, sent: never someone else's reply (scheduled ones are `msg-a:`, the account's). */
const NOT_A_REPLY = ['^r', '^s', '^k', '^f'];
/** One conversation's worth per post, not a mailbox. */
const MAX = 200;

/** Every incoming message (`msg-f:`, not a draft, spam, trash or sent) in thread data, once each. */
export function parseIncoming(root: unknown): IncomingRecord[] {
  const found = new Map<string, IncomingRecord>();
  eachRecord(root, (rec, thread) => {
    if (!rec.from || !rec.id.startsWith('msg-f:') || found.has(rec.id) || found.size >= MAX) return;
    if (rec.labels.some((l) => NOT_A_REPLY.includes(l))) return;
    const out: IncomingRecord = { messageId: rec.id, from: rec.from };
    if (thread) out.threadId = thread.id;
    if (rec.at !== undefined) out.at = rec.at;
    const subject = rec.subject || thread?.subject;
    if (subject) out.subject = subject.slice(0, 500);
    found.set(rec.id, out);
  });
  return [...found.values()];
}
