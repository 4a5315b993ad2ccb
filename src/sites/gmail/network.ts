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
  messages: { messageId: string; threadId?: string; from: Address; at?: number; subject?: string | undefined }[];
}

export type GmailPost =
  | SendObservation
  | RepliesObservation
  /** a request marked as a send in a shape the parser does not know */
  | { kind: 'unrecognized' };

type Obj = Record<string, unknown>;
const ID = /^(?:msg|thread)-[af]:[\w-]{1,40}$/;
const text = (v: unknown, max = 500): string | undefined => (typeof v === 'string' && v.length <= max ? v : undefined);
const id = (v: unknown): string | undefined => (typeof v === 'string' && ID.test(v) ? v : undefined);
const time = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 && v < 1e14 ? v : undefined);
function person(v: unknown): Address | undefined {
  const email = text((v as Obj | null)?.['email'], 320);
  if (!email?.includes('@')) return undefined;
  const name = text((v as Obj)['name'], 200);
  return name ? { email, name } : { email };
}
const isMsg = (v: unknown, prefix: string): v is string => !!id(v)?.startsWith(prefix);

/** A post from the page world, checked; undefined for anything else. */
export function asGmailPost(data: unknown): GmailPost | undefined {
  const d = (typeof data === 'object' && data) as Obj | false;
  const kind = d && d['kind'];
  if (!d) return undefined;
  if (kind === 'unrecognized') return { kind };
  if (kind === 'replies') {
    const messages = (Array.isArray(d['messages']) ? d['messages'].slice(0, 200) : []).flatMap((m: Obj) => {
      const from = person(m?.['from']);
      return from && isMsg(m['messageId'], 'msg-f:')
        ? [{ messageId: m['messageId'], from, threadId: id(m['threadId']), at: time(m['at']), subject: text(m['subject']) }]
        : [];
    });
    return messages.length ? { kind, messages } : undefined;
  }
  const at = time(d['at']);
  if (kind !== 'send' || !isMsg(d['messageId'], 'msg-') || !at) return undefined;
  const legacy = text(d['legacyId'], 16);
  return {
    kind, messageId: d['messageId'], threadId: id(d['threadId']), legacyId: legacy && /^[0-9a-f]{16}$/.test(legacy) ? legacy : undefined,
    from: person({ email: d['from'] })?.email, subject: text(d['subject']) ?? '', scheduled: d['scheduled'] === true, at,
    to: Array.isArray(d['to']) ? d['to'].slice(0, 100).map(person).filter((p): p is Address => !!p) : [],
  };
}
