// Reading Outlook on the web: the mailbox's own address, a compose's To
// chips, subject and conversation, and the reading pane's messages.
// Attributes and short header text only, never message bodies.
import type { Person } from '../../messaging/protocol';
import { closestAny, findAll, findFirst } from '../shared/selectors';
import { outlookSelectors as S } from './selectors';

// Explicit ranges, no `i` flag: cheaper to compile at start-up (see gmail/ids.ts).
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export const emailIn = (s: string | null | undefined): string | undefined => (s ? EMAIL.exec(s)?.[0]?.toLowerCase() : undefined);

const shortText = (el: Element | null | undefined, max = 200): string | undefined => {
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

export function readAccount(doc: ParentNode): Person | undefined {
  const el = findFirst(doc, S.account);
  const email = emailIn(el?.getAttribute('title')) ?? emailIn(el?.textContent);
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

/** A persona chip as a person: the address from its title or aria-label, the name from its text. */
export function personOfChip(chip: Element): Person | undefined {
  const email = emailIn(chip.getAttribute('title')) ?? emailIn(chip.getAttribute('aria-label'));
  if (!email) return undefined;
  const name = shortText(chip);
  return name && !name.includes('@') ? { email, name } : { email };
}

/** The To recipients of a compose (never Cc or Bcc). */
export function readTo(compose: Element): Person[] {
  const well = findFirst(compose, S.toWell);
  return findAll(well, S.chip).map(personOfChip).filter((p): p is Person => p !== undefined).slice(0, 100);
}

export function readSubject(compose: Element): string | undefined {
  const input = findFirst(compose, S.subject) as HTMLInputElement | null;
  const v = input?.value?.trim();
  return v ? v.slice(0, 500) : undefined;
}

/** The conversation id: the compose's own container, else the selected message list row. */
export function readConvId(compose: Element, doc: ParentNode): string | undefined {
  const own = compose.closest('[data-convid]')?.getAttribute('data-convid');
  const selected = findFirst(doc, S.selectedConversation)?.getAttribute('data-convid');
  return (own || selected || undefined)?.slice(0, 256);
}

export const threadUrlOf = (origin: string, convId: string | undefined): string | undefined =>
  convId ? `${origin}/mail/inbox/id/${encodeURIComponent(convId)}` : undefined;

export interface ItemInfo {
  el: Element;
  itemId?: string;
  from?: Person;
  at?: number;
  subject?: string;
}

/** The messages of a conversation in the reading pane, in order. */
export function readItems(conv: Element): ItemInfo[] {
  return findAll(conv, S.item).map((el) => {
    const sender = findFirst(el, S.itemSender);
    const info: ItemInfo = { el };
    const itemId = el.getAttribute('data-itemid');
    if (itemId) info.itemId = itemId.slice(0, 256);
    if (sender) info.from = personOfChip(sender);
    const at = Date.parse(findFirst(el, S.itemDate)?.getAttribute('title') ?? '');
    if (Number.isFinite(at)) info.at = at;
    const subject = findFirst(el, S.itemSubject)?.getAttribute('title')?.trim();
    if (subject) info.subject = subject.slice(0, 500);
    return info;
  });
}

export function readConversationSubject(conv: Element): string | undefined {
  const h = findFirst(conv, S.conversationSubject);
  return (h?.getAttribute('title')?.trim() || shortText(h, 500)) ?? undefined;
}
