// What the Gmail page-world script posts to the content script, and the
// check every post passes before the adapter uses it: the page can post
// anything on the bridge, so each field is typed and bounded here.

export const GMAIL_BRIDGE = 'gmail';

export interface Address { email: string; name?: string }

/** A send the server accepted (`/sync/u/N/i/s`, 2xx). */
export interface SendObservation {
  kind: 'send';
  messageId: string;
  threadId?: string;
  /** the 16-hex-digit thread id of `#all/<id>` links, from the response */
  legacyId?: string;
  /** the sender: the account's own address */
  from?: string;
  to: Address[];
  subject: string;
  scheduled: boolean;
  at: number;
}

/** Incoming messages of a conversation Gmail fetched (`/sync/u/N/i/fd`). */
export interface RepliesObservation {
  kind: 'replies';
  messages: { messageId: string; threadId?: string; from: Address; at?: number; subject?: string }[];
}

export type GmailPost =
  | SendObservation
  | RepliesObservation
  /** a request marked as a send in a shape the parser does not know */
  | { kind: 'unrecognized' }
  /** the signed-in address, from the page's own data */
  | { kind: 'account'; email: string };

type Obj = Record<string, unknown>;
const MAX = 500;
const str = (v: unknown, max = MAX): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);
const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
const ID = /^(?:msg|thread)-[af]:[\w-]{1,40}$/;
const id = (v: unknown): string | undefined => (typeof v === 'string' && ID.test(v) ? v : undefined);

function address(v: unknown): Address | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const email = str((v as Obj)['email'], 320);
  if (!email || !email.includes('@')) return undefined;
  const name = str((v as Obj)['name'], 200);
  return name ? { email, name } : { email };
}
export const addressesIn = (v: unknown): Address[] =>
  Array.isArray(v) ? v.slice(0, 100).map(address).filter((a): a is Address => !!a) : [];

function asSend(d: Obj): SendObservation | undefined {
  const messageId = id(d['messageId']);
  const at = time(d['at']);
  if (!messageId?.startsWith('msg-') || at === undefined) return undefined;
  const out: SendObservation = {
    kind: 'send', messageId, to: addressesIn(d['to']),
    subject: str(d['subject']) ?? '', scheduled: d['scheduled'] === true, at,
  };
  const threadId = id(d['threadId']);
  if (threadId?.startsWith('thread-')) out.threadId = threadId;
  const from = address({ email: d['from'] })?.email;
  if (from) out.from = from;
  const legacyId = str(d['legacyId'], 16);
  if (legacyId && /^[0-9a-f]{16}$/.test(legacyId)) out.legacyId = legacyId;
  return out;
}

function asReplies(d: Obj): RepliesObservation | undefined {
  const list = Array.isArray(d['messages']) ? d['messages'].slice(0, 200) : [];
  const messages: RepliesObservation['messages'] = [];
  for (const m of list as Obj[]) {
    const messageId = id(m?.['messageId']);
    const from = address(m?.['from']);
    if (!messageId?.startsWith('msg-f:') || !from) continue;
    const out: RepliesObservation['messages'][number] = { messageId, from };
    const threadId = id(m['threadId']);
    if (threadId?.startsWith('thread-')) out.threadId = threadId;
    const at = time(m['at']);
    if (at !== undefined) out.at = at;
    const subject = str(m['subject']);
    if (subject) out.subject = subject;
    messages.push(out);
  }
  return messages.length ? { kind: 'replies', messages } : undefined;
}

/** A post from the page world, checked; undefined for anything else. */
export function asGmailPost(data: unknown): GmailPost | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Obj;
  switch (d['kind']) {
    case 'send': return asSend(d);
    case 'replies': return asReplies(d);
    case 'unrecognized': return { kind: 'unrecognized' };
    case 'account': {
      const email = address(d)?.email;
      return email ? { kind: 'account', email } : undefined;
    }
    default: return undefined;
  }
}
