// Reading Outlook's own service calls (`/owa/service.svc?action=…`, JSON in
// the body or URL-encoded in the x-owa-urlpostdata header) in the page
// world. Shapes: CreateItemJsonRequest with MessageDisposition
// SendAndSaveCopy (new mail, reply, reply-all, forward; recipients in
// Body.Items), UpdateItemJsonRequest (an auto-saved draft; recipients in
// Body.ItemChanges[].Updates), SendItem, and the ResponseMessages of the
// answers (GetConversationItems: ConversationNodes[].Items[]). Only
// metadata comes out: addresses, names, subject, ids, times, never bodies.
import type { NetMessage, OutlookPerson } from './network';

export const actionOf = (url: string): string | undefined => /\/service\.svc\?(?:[^#]*&)?action=(\w+)/i.exec(url)?.[1];

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const arr = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
const str = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v ? v.slice(0, max) : undefined);
const idOf = (v: unknown): string | undefined => str(obj(v)?.['Id'], 256);

export function parseJson(raw: string | undefined): Obj | undefined {
  if (!raw || raw.length > 5_000_000) return undefined;
  try {
    return obj(JSON.parse(raw.trimStart().startsWith('{') ? raw : decodeURIComponent(raw)));
  } catch {
    return undefined;
  }
}

/** The request's JSON: the body, else the x-owa-urlpostdata header. */
export const payloadOf = (body: string | undefined, headers: Record<string, string>): Obj | undefined =>
  parseJson(body?.trim() ? body : headers['x-owa-urlpostdata']);

/** A mailbox as Outlook writes it: { EmailAddress, Name } or { Mailbox: { … } }. */
export function personOf(v: unknown): OutlookPerson | undefined {
  const m = obj(obj(v)?.['Mailbox']) ?? obj(v);
  const email = str(m?.['EmailAddress'], 320)?.toLowerCase();
  if (!email?.includes('@')) return undefined;
  const name = str(m?.['Name'], 200);
  return name && name.toLowerCase() !== email ? { email, name } : { email };
}

const people = (v: unknown): OutlookPerson[] | undefined =>
  arr(v)?.map(personOf).filter((p): p is OutlookPerson => p !== undefined).slice(0, 100);

export interface Outgoing {
  send: boolean;
  /** the draft's item id (UpdateItem, SendItem) */
  draftId?: string;
  /** To only: Cc and Bcc are never read */
  to?: OutlookPerson[];
  subject?: string;
  convId?: string;
  /** ComposeOperation newMail: not a reply, whatever conversation the page has selected */
  newMail?: true;
}

/**
 * What a CreateItem/UpdateItem/SendItem request does: undefined when it is
 * no mail (a calendar item, a flag), 'unknown' when its shape is not one we know.
 */
export function parseOutgoing(action: string, payload: Obj | undefined): Outgoing | 'unknown' | undefined {
  const body = obj(payload?.['Body']);
  if (!body) return 'unknown';
  if (/^SendItem$/i.test(action)) {
    const draftId = idOf(arr(body['ItemIds'])?.[0]);
    return { send: true, ...(draftId && { draftId }) };
  }
  const disposition = body['MessageDisposition'];
  if (disposition === undefined) return undefined;
  if (typeof disposition !== 'string') return 'unknown';
  const send = /^Send(?:AndSaveCopy|Only)$/i.test(disposition);
  const out: Outgoing = { send, ...(body['ComposeOperation'] === 'newMail' && { newMail: true }) };
  const fields: Obj[] = [];
  if (/^CreateItem$/i.test(action)) {
    const items = arr(body['Items']);
    if (!items) return 'unknown';
    const item = obj(items[0]);
    if (item) fields.push(item);
  } else {
    const change = obj(arr(body['ItemChanges'])?.[0]);
    if (!change) return 'unknown';
    const draftId = idOf(change['ItemId']);
    if (draftId) out.draftId = draftId;
    for (const u of arr(change['Updates']) ?? []) {
      const holder = obj(obj(u)?.['Item']) ?? obj(obj(u)?.['Message']);
      if (holder) fields.push(holder);
    }
  }
  for (const f of fields) {
    const to = people(f['ToRecipients']);
    if (to) out.to = to;
    const subject = str(f['Subject'], 500);
    if (subject !== undefined) out.subject = subject;
    const convId = idOf(f['ConversationId']);
    if (convId) out.convId = convId;
  }
  return out;
}

/** The ResponseMessages of an answer: ok unless one says Error; undefined when the shape is unknown. */
export function parseAnswer(text: string | undefined): { ok: boolean; messages: Obj[] } | undefined {
  const j = parseJson(text);
  const list = arr(obj(obj(j?.['Body'])?.['ResponseMessages'] ?? j?.['ResponseMessages'])?.['Items']);
  if (!list) return undefined;
  const messages = list.map(obj).filter((m): m is Obj => m !== undefined);
  return { ok: messages.every((m) => m['ResponseClass'] !== 'Error'), messages };
}

/** The first item an answer names (CreateItem of a draft answers with its ItemId and ConversationId). */
export function answeredItem(messages: Obj[]): { itemId?: string; convId?: string } {
  const item = obj(arr(messages[0]?.['Items'])?.[0]);
  const itemId = idOf(item?.['ItemId']);
  const convId = idOf(item?.['ConversationId']);
  return { ...(itemId && { itemId }), ...(convId && { convId }) };
}

// Out-of-office and rule-made auto-replies have their own item classes.
const AUTO_CLASS = /^IPM\.Note\.Rules\.(?:OofTemplate|ReplyTemplate)/i;

function messageOf(v: unknown, convId: string | undefined): NetMessage | undefined {
  const m = obj(v);
  const itemId = idOf(m?.['ItemId']);
  const from = personOf(m?.['From']) ?? personOf(m?.['Sender']);
  const at = Date.parse(String(m?.['DateTimeReceived'] ?? m?.['DateTimeSent'] ?? ''));
  if (!m || !itemId || !from || !Number.isFinite(at)) return undefined;
  const subject = str(m['Subject'], 500);
  const conv = idOf(m['ConversationId']) ?? convId;
  return {
    itemId, from, at,
    ...(subject !== undefined && { subject }),
    ...(conv && { convId: conv }),
    ...(AUTO_CLASS.test(String(m['ItemClass'] ?? '')) && { auto: true }),
  };
}

/** The messages a conversation (or item) load answered with: GetConversationItems nodes, or GetItem items. */
export function conversationMessages(messages: Obj[]): NetMessage[] {
  const out: NetMessage[] = [];
  for (const rm of messages) {
    const conv = obj(rm['Conversation']);
    const convId = idOf(conv?.['ConversationId']);
    const nodes = arr(conv?.['ConversationNodes']) ?? [{ Items: rm['Items'] }];
    for (const node of nodes) {
      for (const item of arr(obj(node)?.['Items']) ?? []) {
        const msg = messageOf(item, convId);
        if (msg) out.push(msg);
      }
    }
  }
  return out.slice(0, 200);
}
