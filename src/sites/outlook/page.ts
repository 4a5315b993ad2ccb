// Reading Outlook on the web: the mailbox's own address, a compose's To
// chips, subject and conversation, and the reading pane's messages.
// Attributes and short header text only, never message bodies.
import type { Person } from '../../messaging/protocol';
import { closestAny, findAll, findFirst } from '../shared/selectors';
import { outlookSelectors as S } from './selectors';
import { parseShownDate } from './shown-date';

// Explicit ranges, no `i` flag: cheaper to compile at start-up (see gmail/ids.ts).
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export const emailIn = (s: string | null | undefined): string | undefined => (s ? EMAIL.exec(s)?.[0]?.toLowerCase() : undefined);

const shortText = (el: Element | null | undefined, max = 200): string | undefined => {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/** The mailbox's address: the folder tree's root (`title` / `data-folder-name`), else the account manager. */
export function readAccount(doc: ParentNode): Person | undefined {
  const el = findFirst(doc, S.account);
  const email = emailIn(el?.getAttribute('data-folder-name')) ?? emailIn(el?.getAttribute('title')) ?? emailIn(el?.textContent);
  return email ? { email } : undefined;
}

/** The compose around an element: a known container, else the nearest ancestor holding a message body. */
export function composeOf(el: Element): Element | null {
  const known = closestAny(el, S.compose);
  if (known) return known;
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < 12; i++, node = node.parentElement) {
    // Gone past any compose: the app shell holds the folder tree or message list.
    if (node.querySelector('[role="tree"], [role="listbox"], [role="main"]') || node.matches('[role="main"], body')) return null;
    if (findFirst(node, S.body) && findFirst(node, S.toWell)) return node;
  }
  return null;
}

/**
 * A person as a chip or a sender shows them: the address from a title or
 * aria-label ("Von: a@b.example"), else from the text ("Name <address>" or
 * the address); the name is the text without the address. Only a name: no email.
 */
export function personIn(el: Element): Person | undefined {
  const text = shortText(el);
  const email = emailIn(el.getAttribute('title')) ?? emailIn(el.getAttribute('aria-label')) ?? emailIn(text);
  const name = text?.replace(/<[^>]*>/g, '').replace(EMAIL, '').replace(/^[\s"',;]+|[\s"',;]+$/g, '').slice(0, 200);
  if (!email) return name ? { name } : undefined;
  return name ? { email, name } : { email };
}

/** The To recipients of a compose (never Cc or Bcc): its chips, else each child of the well. */
export function readTo(compose: Element): Person[] {
  const well = findFirst(compose, S.toWell);
  const chips = findAll(well, S.chip);
  return (chips.length ? chips : Array.from(well?.children ?? []))
    .map(personIn).filter((p): p is Person => p !== undefined).slice(0, 100);
}

export function readSubject(compose: Element): string | undefined {
  const input = findFirst(compose, S.subject) as HTMLInputElement | null;
  const v = input?.value?.trim();
  return v ? v.slice(0, 500) : undefined;
}

/** The conversation id of a compose: its container's own, else the selected message list row. */
export const readConvId = (compose: Element, doc: ParentNode): string | undefined =>
  convIdOf(compose.closest('[data-convid]') ?? compose, doc);

export const threadUrlOf = (origin: string, convId: string | undefined): string | undefined =>
  convId ? `${origin}/mail/inbox/id/${encodeURIComponent(convId)}` : undefined;

/** A conversation's id: its container's own, else the selected row of the message list. */
export function convIdOf(conv: Element, doc: ParentNode): string | undefined {
  const id = conv.getAttribute('data-convid') || findFirst(doc, S.selectedConversation)?.getAttribute('data-convid');
  return id ? id.slice(0, 256) : undefined;
}

export interface ItemInfo {
  el: Element;
  itemId?: string;
  from?: Person;
  at?: number;
  subject?: string;
}

/** The date a message shows: a machine-readable attribute, else the first text of its header that reads as a date. */
function dateIn(item: Element): number | undefined {
  const attr = findFirst(item, S.itemDate);
  const at = Date.parse(attr?.getAttribute('datetime') ?? attr?.getAttribute('title') ?? '');
  if (Number.isFinite(at)) return at;
  const lang = item.ownerDocument.documentElement.lang;
  // Text nodes outside the message body (whose subtree is skipped whole), at most 300.
  const walker = item.ownerDocument.createTreeWalker(item, 0x1 | 0x4, {
    acceptNode: (n) => (n.nodeType === 1 && (n as Element).matches('[role="document"]') ? 2 : 1),
  });
  for (let n = walker.nextNode(), i = 0; n && i < 300; n = walker.nextNode(), i++) {
    const t = n.nodeType === 3 ? (n as Text).data : '';
    const shown = /\d/.test(t) && t.length < 80 ? parseShownDate(t, lang) : undefined;
    if (shown !== undefined) return shown;
  }
  return undefined;
}

/** The messages of a conversation in the reading pane, in order. */
export function readItems(conv: Element): ItemInfo[] {
  return findAll(conv, S.item).map((el) => {
    const sender = findFirst(el, S.itemSender);
    const info: ItemInfo = { el };
    const itemId = el.getAttribute('data-itemid');
    if (itemId) info.itemId = itemId.slice(0, 256);
    const from = sender ? personIn(sender) : undefined;
    if (from?.email) info.from = from;
    const at = dateIn(el);
    if (at !== undefined) info.at = at;
    const subject = findFirst(el, S.itemSubject)?.getAttribute('title')?.trim();
    if (subject) info.subject = subject.slice(0, 500);
    return info;
  });
}

export function readConversationSubject(conv: Element): string | undefined {
  const h = findFirst(conv, S.conversationSubject);
  return (h?.getAttribute('title')?.trim() || shortText(h, 500)) ?? undefined;
}
