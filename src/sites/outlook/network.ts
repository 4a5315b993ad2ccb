// What Outlook's page-world script posts to the content script, and the
// check every post passes before the adapter uses it (the page can post on
// the same channel: nothing is trusted as it arrives).
// - sent: a send the server accepted (To only, subject, conversation, draft id)
// - refused: a send the server answered with an error (never logged)
// - messages: a conversation load's messages (sender, time, item id)
// - unrecognized: a service call of a shape the parser does not know

export const OUTLOOK_BRIDGE = 'outlook';

export interface OutlookPerson { email: string; name?: string }

export interface NetMessage {
  itemId: string;
  from: OutlookPerson;
  at: number;
  subject?: string;
  convId?: string;
  /** out-of-office / rule-made auto-reply (by item class) */
  auto?: true;
}

export interface OutlookSent {
  type: 'sent' | 'refused';
  at: number;
  to: OutlookPerson[];
  subject?: string;
  convId?: string;
  itemId?: string;
  /** a new message, not a reply: the page's selected conversation is not its thread */
  newMail?: true;
}

export type OutlookReport =
  | OutlookSent
  | { type: 'messages'; items: NetMessage[] }
  | { type: 'unrecognized'; action: string };

type Obj = Record<string, unknown>;
const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v && v.length <= max ? v : undefined);
const time = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 8.64e15 ? v : undefined);

function person(v: unknown): OutlookPerson | undefined {
  const p = typeof v === 'object' && v !== null ? (v as Obj) : {};
  const email = text(p['email'], 320)?.toLowerCase();
  if (!email?.includes('@')) return undefined;
  const name = text(p['name'], 200);
  return name ? { email, name } : { email };
}

const optional = (o: Obj, key: string, max: number) => {
  const v = text(o[key], max);
  return v === undefined ? {} : { [key]: v };
};

function message(v: unknown): NetMessage | undefined {
  const m = typeof v === 'object' && v !== null ? (v as Obj) : {};
  const itemId = text(m['itemId'], 256);
  const from = person(m['from']);
  const at = time(m['at']);
  if (!itemId || !from || at === undefined) return undefined;
  return { itemId, from, at, ...optional(m, 'subject', 500), ...optional(m, 'convId', 256), ...(m['auto'] === true && { auto: true }) };
}

/** A well-formed report, or undefined (dropped). */
export function asOutlookReport(data: unknown): OutlookReport | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Obj;
  if (d['type'] === 'unrecognized') {
    const action = text(d['action'], 60);
    return action && /^\w+$/.test(action) ? { type: 'unrecognized', action } : undefined;
  }
  if (d['type'] === 'messages') {
    if (!Array.isArray(d['items'])) return undefined;
    return { type: 'messages', items: d['items'].slice(0, 200).map(message).filter((m): m is NetMessage => m !== undefined) };
  }
  const at = time(d['at']);
  if ((d['type'] !== 'sent' && d['type'] !== 'refused') || at === undefined || !Array.isArray(d['to'])) return undefined;
  const to = d['to'].slice(0, 100).map(person).filter((p): p is OutlookPerson => p !== undefined);
  return {
    type: d['type'], at, to, ...optional(d, 'subject', 500), ...optional(d, 'convId', 256), ...optional(d, 'itemId', 256),
    ...(d['newMail'] === true && { newMail: true }),
  };
}
