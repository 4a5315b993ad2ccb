// LinkedIn's own requests as the page script sees them, and what it may post
// to the content script. Only metadata crosses: urns, ids, times, profile
// links and names, never a message's text. Shapes: createMessage request and
// response from a 2026 capture and TextsHQ/platform-linkedin (see
// test/fixtures/linkedin/network/); unknown shapes give undefined, never throw.
import { isMemberUrn, isMessageUrn, mailboxOfMessage, threadOfUrn } from './urns';

export const LINKEDIN_BRIDGE = 'linkedin';

/** A send LinkedIn accepted (2xx): ids from the request and its response. */
export interface LinkedinSent {
  type: 'sent';
  at: number;
  /** 2-… as in /messaging/thread/<id>/ */
  threadId?: string;
  /** urn:li:msg_message:(…) */
  messageId?: string;
  /** member urns named in the request (a new conversation) */
  to?: string[];
  /** the sender's own member urn */
  account?: string;
}
export interface Member { urn: string; profileUrl?: string; name?: string }
export interface SeenMessage { id: string; at: number; threadId?: string; from?: string }
/** What a messenger query's response said: people, messages, who is in which thread. */
export interface LinkedinData {
  type: 'data';
  people: Member[];
  messages: SeenMessage[];
  threads: { threadId: string; people: string[] }[];
  account?: Member;
}
export type LinkedinPost = LinkedinSent | LinkedinData | { type: 'unrecognized' } | { type: 'shadow' };

export const isCreateMessage = (url: string, method: string): boolean =>
  method.toUpperCase() === 'POST' && /\/voyagerMessagingDashMessengerMessages\?(?:[^#]*&)?action=createMessage(?:&|#|$)/.test(url);

/** Messenger GraphQL queries (conversations, messages) and the signed-in member (/voyager/api/me). */
export const isMessengerRead = (url: string): boolean =>
  /\/voyager\/api\/(?:voyagerMessagingGraphQL\/graphql\?(?:[^#]*&)?queryId=messenger|me(?:[?#]|$))/.test(url);

export function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text.length > 4_000_000) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 500) : []);

/** The send from a 2xx createMessage; undefined when neither side has a shape we know. */
export function parseCreateMessage(request: unknown, response: unknown, at: number): LinkedinSent | undefined {
  const req = obj(parseJson(request));
  const res = obj(parseJson(response));
  const value = obj(res?.['value']) ?? obj(obj(res?.['data'])?.['value']);
  const messageId = isMessageUrn(value?.['entityUrn']) ? value['entityUrn'] : undefined;
  const threadId = threadOfUrn(value?.['conversationUrn']) ?? threadOfUrn(value?.['backendConversationUrn'])
    ?? threadOfUrn(obj(req?.['message'])?.['conversationUrn']);
  const to = list(req?.['hostRecipientUrns']).filter(isMemberUrn).slice(0, 20);
  if (!messageId && !threadId && !to.length) return undefined;
  const mailbox = req?.['mailboxUrn'];
  const account = isMemberUrn(mailbox) ? mailbox : mailboxOfMessage(messageId);
  const delivered = value?.['deliveredAt'];
  return {
    type: 'sent', at: typeof delivered === 'number' && delivered > 0 ? delivered : at,
    ...(threadId && { threadId }), ...(messageId && { messageId }), ...(to.length && { to }), ...(account && { account }),
  };
}

// Bridge validation: the page can post anything.
const str = (v: unknown, max = 256): string | undefined => (typeof v === 'string' && v && v.length <= max ? v : undefined);
const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
const profile = (v: unknown): string | undefined => { const s = str(v, 300); return s?.startsWith('https://www.linkedin.com/in/') ? s : undefined; };

function asMember(v: unknown): Member | undefined {
  const o = obj(v);
  if (!o || !isMemberUrn(o['urn'])) return undefined;
  const profileUrl = profile(o['profileUrl']);
  const name = str(o['name'], 200);
  return { urn: o['urn'], ...(profileUrl && { profileUrl }), ...(name && { name }) };
}

function asMessage(v: unknown): SeenMessage | undefined {
  const o = obj(v);
  const at = time(o?.['at']);
  if (!o || !isMessageUrn(o['id']) || !at) return undefined;
  const threadId = str(o['threadId']);
  const from = isMemberUrn(o['from']) ? o['from'] : undefined;
  return { id: o['id'], at, ...(threadId && { threadId }), ...(from && { from }) };
}

const some = <T>(v: unknown, f: (x: unknown) => T | undefined): T[] => list(v).map(f).filter((x): x is T => x !== undefined);

export function asLinkedinPost(data: unknown): LinkedinPost | undefined {
  const d = obj(data);
  const type = d?.['type'];
  if (!d || type === 'unrecognized' || type === 'shadow') return d && { type: type as 'unrecognized' | 'shadow' };
  if (type === 'sent') {
    const at = time(d['at']);
    if (!at) return undefined;
    const threadId = str(d['threadId']);
    const messageId = isMessageUrn(d['messageId']) ? d['messageId'] : undefined;
    const to = list(d['to']).filter(isMemberUrn).slice(0, 20);
    const account = isMemberUrn(d['account']) ? d['account'] : undefined;
    return { type, at, ...(threadId && { threadId }), ...(messageId && { messageId }), ...(to.length && { to }), ...(account && { account }) };
  }
  if (type !== 'data') return undefined;
  const account = asMember(d['account']);
  const threads = some(d['threads'], (t) => {
    const o = obj(t);
    const threadId = str(o?.['threadId']);
    return threadId ? { threadId, people: list(o?.['people']).filter(isMemberUrn).slice(0, 50) } : undefined;
  });
  return { type, people: some(d['people'], asMember), messages: some(d['messages'], asMessage), threads, ...(account && { account }) };
}
