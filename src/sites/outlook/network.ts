// What Outlook's page-world script posts to the content script, and the
// check every post passes before the adapter uses it (the page can post on
// the same channel: nothing is trusted as it arrives).
// - sent: a send the server accepted (To only, subject, conversation, draft id)
// - refused: a send the server answered with an error (never logged)
// - messages: a conversation load's messages (sender, time, item id)
// - unrecognized: a service call of a shape the parser does not know
// - alive: the page-world script runs (sent once, when the content script says hello)

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
  | { type: 'unrecognized'; action: string }
  | { type: 'alive' };

type Obj = Record<string, unknown>;
const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v && v.length <= max ? v : undefined);
const time = (v: unknown): number | undefined => (Number.isInteger(v) && (v as number) >= 0 && (v as number) < 8.64e15 ? (v as number) : undefined);
/** The listed string fields of `o` that are well-formed (ids ≤ 256, subjects ≤ 500). */
const strings = (o: Obj, keys: string[]): Obj => Object.fromEntries(keys.flatMap((k) => {
  const v = text(o[k], k === 'subject' ? 500 : 256);
  return v === undefined ? [] : [[k, v]];
}));

function person(v: unknown): OutlookPerson | undefined {
  const p = (v ?? {}) as Obj;
  const email = text(p['email'], 320)?.toLowerCase();
  const name = text(p['name'], 200);
  return email?.includes('@') ? { email, ...(name && { name }) } : undefined;
}

const all = <T>(list: unknown[], one: (v: unknown) => T | undefined): T[] =>
  list.slice(0, 200).map(one).filter((x): x is T => x !== undefined);

function message(v: unknown): NetMessage | undefined {
  const m = (v ?? {}) as Obj;
  const from = person(m['from']);
  const at = time(m['at']);
  if (!text(m['itemId'], 256) || !from || at === undefined) return undefined;
  return { ...strings(m, ['itemId', 'subject', 'convId']), from, at, ...(m['auto'] === true && { auto: true }) } as NetMessage;
}

/** A well-formed report, or undefined (dropped). */
export function asOutlookReport(data: unknown): OutlookReport | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Obj;
  const type = d['type'];
  if (type === 'alive') return { type };
  if (type === 'unrecognized') {
    const action = text(d['action'], 60);
    return action && /^\w+$/.test(action) ? { type, action } : undefined;
  }
  if (type === 'messages') return Array.isArray(d['items']) ? { type, items: all(d['items'], message) } : undefined;
  const at = time(d['at']);
  if ((type !== 'sent' && type !== 'refused') || at === undefined || !Array.isArray(d['to'])) return undefined;
  return { type, at, to: all(d['to'], person).slice(0, 100), ...strings(d, ['subject', 'convId', 'itemId']), ...(d['newMail'] === true && { newMail: true }) };
}
