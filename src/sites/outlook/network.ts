// Recognizing Outlook's send request from the page world: CreateItem with
// MessageDisposition SendAndSaveCopy (JSON body, or the x-owa-urlpostdata
// header newer OWA puts it in), or SendItem. Only the subject and the To
// addresses leave this file (to match the send to its compose).

export const OUTLOOK_BRIDGE = 'outlook';

export interface OutlookSent {
  type: 'sent';
  subject?: string;
  to: string[];
  at: number;
}

export const isServiceCall = (url: string): boolean => /\/service\.svc\?(?:[^#]*&)?action=(?:CreateItem|SendItem)\b/i.test(url);

interface Mailbox { EmailAddress?: unknown }
interface Payload {
  Body?: { MessageDisposition?: unknown; Items?: { Subject?: unknown; ToRecipients?: Mailbox[] }[] };
  MessageDisposition?: unknown;
}

function payloadOf(body: string | undefined, headers: Record<string, string>): Payload | undefined {
  const raw = body && body.trim().startsWith('{') ? body : headers['x-owa-urlpostdata'];
  if (!raw || raw.length > 2_000_000) return undefined;
  try {
    return JSON.parse(raw.trim().startsWith('{') ? raw : decodeURIComponent(raw)) as Payload;
  } catch {
    return undefined;
  }
}

/** The send's metadata if this service call sends a message, else undefined. */
export function parseSend(url: string, body: string | undefined, headers: Record<string, string>, at: number): OutlookSent | undefined {
  if (!isServiceCall(url)) return undefined;
  const isSendItem = /action=SendItem\b/i.test(url);
  const p = payloadOf(body, headers);
  const disposition = p?.Body?.MessageDisposition ?? p?.MessageDisposition;
  if (!isSendItem && !(typeof disposition === 'string' && /^SendAndSaveCopy$|^SendOnly$/i.test(disposition))) return undefined;
  const item = p?.Body?.Items?.[0];
  const to = (Array.isArray(item?.ToRecipients) ? item.ToRecipients : [])
    .map((m) => (typeof m?.EmailAddress === 'string' ? m.EmailAddress.toLowerCase().slice(0, 320) : ''))
    .filter(Boolean).slice(0, 100);
  const subject = typeof item?.Subject === 'string' ? item.Subject.slice(0, 500) : undefined;
  return { type: 'sent', to, at, ...(subject !== undefined && { subject }) };
}

/** Validates what arrived over the bridge. */
export function asOutlookSent(data: unknown): OutlookSent | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  if (d['type'] !== 'sent' || typeof d['at'] !== 'number' || !Array.isArray(d['to'])) return undefined;
  const to = (d['to'] as unknown[]).filter((x): x is string => typeof x === 'string' && x.length <= 320).slice(0, 100);
  const subject = typeof d['subject'] === 'string' ? d['subject'].slice(0, 500) : undefined;
  return { type: 'sent', to, at: d['at'], ...(subject !== undefined && { subject }) };
}
