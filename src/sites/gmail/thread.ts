// Reading the messages of an open thread: who wrote each, when, and the
// site's message id (the dedupe key). The date comes from the message id,
// which encodes the time (the date text is localized and never parsed).
import type { Person } from '../../messaging/protocol';
import { findAll, findFirst, matchesAny } from '../shared/selectors';
import { GMAIL } from './selectors';
import { isEmail, legacyFromPerm, timeFromLegacy } from './ids';

export interface ThreadMessage {
  /** the message element (its body is read only for a snippet, only when snippets are on) */
  el: Element;
  messageId: string;
  /** sent by the account itself (`msg-a:` or the account's address) */
  own: boolean;
  from?: Person;
  /** for the account's own messages: who they went to */
  to: Person[];
  at?: number | undefined;
}

function personOf(el: Element | null): Person | undefined {
  const email = (el?.getAttribute('email') ?? el?.getAttribute('data-hovercard-id') ?? '').trim().toLowerCase();
  if (!isEmail(email)) return undefined;
  const name = el?.getAttribute('name')?.trim();
  return name ? { email, name: name.slice(0, 200) } : { email };
}

/** The time encoded in the ids; the date text beside a message is localized, so it is never parsed. */
const timeOf = (permId: string, legacy: string | undefined): number | undefined =>
  timeFromLegacy(legacy) ?? timeFromLegacy(legacyFromPerm(permId));

export function readMessage(el: Element, account: string | undefined): ThreadMessage | undefined {
  const raw = el.getAttribute('data-message-id') ?? '';
  const legacy = el.getAttribute('data-legacy-message-id') ?? undefined;
  const messageId = raw.replace(/^#/, '') || legacy;
  if (!messageId) return undefined;
  const from = personOf(findFirst(el, GMAIL.sender));
  const own = messageId.startsWith('msg-a:') || (!!account && from?.email === account);
  const to = own
    ? findAll(el, GMAIL.messageRecipients).map(personOf).filter((p): p is Person => !!p && p.email !== account)
    : [];
  const msg: ThreadMessage = { el, messageId, own, to };
  if (from) msg.from = from;
  const at = timeOf(messageId, legacy);
  if (at !== undefined) msg.at = at;
  return msg;
}

/** Messages inside a root (a thread container or an added subtree), document order. */
export function readMessages(root: ParentNode, account: string | undefined): ThreadMessage[] {
  const els = root instanceof Element && matchesAny(root, GMAIL.messages) ? [root] : findAll(root, GMAIL.messages);
  return els.map((el) => readMessage(el, account)).filter((m): m is ThreadMessage => !!m);
}
