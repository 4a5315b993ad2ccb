// Reading a LinkedIn page: the signed-in member, a conversation's
// participant and id, and who wrote each message. Reads attributes and
// short header text only, never message bodies.
import type { Person } from '../../messaging/protocol';
import { closestAny, findAll, findFirst, matchesAny } from '../shared/selectors';
import { linkedinSelectors as S, OTHER_MESSAGE_CLASS } from './selectors';

const ORIGIN = 'https://www.linkedin.com';

/** Canonical https://www.linkedin.com/in/<slug>/ for any profile href, else undefined. */
export function canonicalProfile(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const m = /\/in\/([^/?#]+)/.exec(href);
  if (!m?.[1]) return undefined;
  let slug = m[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // keep as written
  }
  return `${ORIGIN}/in/${encodeURIComponent(slug.toLowerCase())}/`;
}

const text = (el: Element | null | undefined): string | undefined => {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, 200) : undefined;
};

/** The signed-in member as the page shows it (profile link, else the nav photo's name). */
export function readAccount(doc: ParentNode): Person | undefined {
  const profileUrl = canonicalProfile(findFirst(doc, S.account)?.getAttribute('href'));
  const name = findFirst(doc, S.accountName)?.getAttribute('alt')?.trim() || undefined;
  if (!profileUrl && !name) return undefined;
  return { ...(profileUrl && { profileUrl }), ...(name && { name }) };
}

export const conversationOf = (el: Element): Element | null => closestAny(el, S.conversation);

/** Inside a shadow root (the 2026 pop-up) rather than the document itself? */
const inShadow = (el: Element): boolean => el.getRootNode() !== el.ownerDocument;

/**
 * A form the user writes messages in: one of LinkedIn's own message-form
 * markers, or (hashed 2026 markup) a plain form holding a message box where
 * messaging lives, so a comment box on the feed never counts.
 */
export function isMessageForm(form: Element, path: string): boolean {
  if (!findFirst(form, S.messageBox)) return false;
  return matchesAny(form, S.form.slice(0, -1)) || inShadow(form) || path.startsWith('/messaging');
}

/** The other participant of a one-to-one conversation. */
export function readParticipant(conv: Element): Person | undefined {
  const link = findFirst(conv, S.participant);
  const profileUrl = canonicalProfile(link?.getAttribute('href'));
  const name = text(findFirst(conv, S.participantName)) ?? text(link);
  if (!profileUrl && !name) return undefined;
  return { ...(profileUrl && { profileUrl }), ...(name && { name }) };
}

export const threadIdFromPath = (path: string): string | undefined =>
  /\/messaging\/thread\/([^/?#]+)/.exec(path)?.[1];

/** The conversation id: a bubble's own thread link; on the messaging page its URL. */
export function readThreadId(conv: Element, path: string): string | undefined {
  const own = (): string | undefined => threadIdFromPath(findFirst(conv, S.threadLink)?.getAttribute('href') ?? '');
  const isOverlay = matchesAny(conv, ['.msg-overlay-conversation-bubble', '[role="dialog"]']) || inShadow(conv);
  // The page's own thread is in its URL (a 2026 thread view's <main> also holds the conversation list's links).
  return isOverlay ? own() : threadIdFromPath(path) ?? own();
}

export const threadUrlOf = (threadId: string | undefined): string | undefined =>
  threadId ? `${ORIGIN}/messaging/thread/${threadId}/` : undefined;

export interface MessageInfo {
  el: Element;
  /** the site's message urn, when the DOM gives one */
  messageId?: string;
  sender?: Person;
  /** true from the other participant, false from the account, undefined unknown */
  fromOther?: boolean;
  at?: number;
}

function isOther(sender: Person | undefined, el: Element, account: Person | undefined): boolean | undefined {
  if (sender?.profileUrl && account?.profileUrl) return sender.profileUrl !== account.profileUrl;
  if (sender?.name && account?.name) return sender.name !== account.name;
  // Last resort: LinkedIn's own modifier on the other side's messages.
  return el.classList.contains(OTHER_MESSAGE_CLASS) ? true : undefined;
}

/** Every message of one conversation, in order; a grouped message inherits the previous sender. */
export function readMessages(conv: Element, account: Person | undefined): MessageInfo[] {
  const list = findFirst(conv, S.messageList) ?? conv;
  let last: Person | undefined;
  return findAll(list, S.message).map((el) => {
    const link = findFirst(el, S.senderLink);
    const profileUrl = canonicalProfile(link?.getAttribute('href'));
    const name = link?.querySelector('img[alt]')?.getAttribute('alt')?.trim() || undefined;
    if (profileUrl || name) last = { ...(profileUrl && { profileUrl }), ...(name && { name }) };
    const stamp = Date.parse(el.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
    const info: MessageInfo = { el, sender: last, fromOther: isOther(last, el, account) };
    const urn = el.getAttribute('data-event-urn');
    if (urn) info.messageId = urn.slice(0, 256);
    if (Number.isFinite(stamp)) info.at = stamp;
    return info;
  });
}

