// Recognizing LinkedIn's send request from the page world. Only metadata
// leaves this file: the conversation id and the message urn / client token,
// never the message text.

export const LINKEDIN_BRIDGE = 'linkedin';

/** What the page script posts to the content script after a send. */
export interface LinkedinSent {
  type: 'sent';
  /** 2-… conversation id, as in /messaging/thread/<id>/ */
  threadId?: string;
  /** urn:li:msg_message:(…) from the response, when readable */
  messageId?: string;
  at: number;
}

export const isCreateMessage = (url: string, method: string): boolean =>
  method.toUpperCase() === 'POST' && /voyagerMessagingDashMessengerMessages\?(?:[^#]*&)?action=createMessage/.test(url);

const idFromConversationUrn = (urn: unknown): string | undefined =>
  typeof urn === 'string' ? /,([^,()]+)\)\s*$/.exec(urn)?.[1]?.slice(0, 256) : undefined;

/** The conversation id from a createMessage request body (a JSON string). */
export function threadIdFromRequest(body: unknown): string | undefined {
  if (typeof body !== 'string' || body.length > 1_000_000) return undefined;
  try {
    const json = JSON.parse(body) as { message?: { conversationUrn?: unknown }; conversationUrn?: unknown };
    return idFromConversationUrn(json.message?.conversationUrn ?? json.conversationUrn);
  } catch {
    return undefined;
  }
}

/** The new message's urn from a createMessage response body, when it is JSON. */
export function messageIdFromResponse(body: unknown): string | undefined {
  if (typeof body !== 'string' || body.length > 1_000_000) return undefined;
  try {
    const json = JSON.parse(body) as { value?: { entityUrn?: unknown }; data?: { value?: { entityUrn?: unknown } } };
    const urn = json.value?.entityUrn ?? json.data?.value?.entityUrn;
    return typeof urn === 'string' && urn.startsWith('urn:li:msg_message:') ? urn.slice(0, 256) : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.length <= 256 ? v : undefined);

/** Validates what arrived over the bridge (the page can post anything). */
export function asLinkedinSent(data: unknown): LinkedinSent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (d['type'] !== 'sent' || typeof d['at'] !== 'number') return undefined;
  const out: LinkedinSent = { type: 'sent', at: d['at'] };
  const threadId = str(d['threadId']);
  const messageId = str(d['messageId']);
  if (threadId) out.threadId = threadId;
  if (messageId) out.messageId = messageId;
  return out;
}
