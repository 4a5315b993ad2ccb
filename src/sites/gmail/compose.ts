// Reading one compose (pop-up or inline reply) at the moment of a send
// intent: To recipients (Cc and Bcc never count), subject, draft and thread ids.
import type { Person } from '../../messaging/protocol';
import { closestAny, findAll, findFirst } from '../shared/selectors';
import { GMAIL } from './selectors';
import { emailIn, isEmail, legacyFromPerm, threadUrl } from './ids';

export interface ComposeSnapshot {
  key: string;
  to: Person[];
  subject?: string;
  /** `msg-a:r…`: equals the message id of the send request */
  draftId?: string;
  threadId?: string;
  threadUrl: string;
}

const MAX_UP = 14;

/** The compose around an element (its Send button, a field): by role/class, else by structure. */
export function composeRootOf(el: Element): Element | null {
  const known = closestAny(el, GMAIL.compose);
  if (known) return known;
  // Renamed markup: the nearest ancestor that holds recipients or a subject.
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < MAX_UP; i++, node = node.parentElement) {
    if (findFirst(node, [...GMAIL.subject, '[name=to]'])) return node;
  }
  return null;
}

const keys = new WeakMap<Element, string>();
let counter = 0;
/** A key for a compose that survives re-renders of its fields. */
export function composeKey(root: Element): string {
  const id = (findFirst(root, ['input[name=composeid]']) as HTMLInputElement | null)?.value;
  if (id) return `c:${id}`;
  let key = keys.get(root);
  if (!key) keys.set(root, (key = `k:${++counter}`));
  return key;
}

function person(chip: Element): Person | undefined {
  const email = (chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? emailIn(chip.getAttribute('value')) ?? '').trim();
  if (!isEmail(email)) return undefined;
  const name = (chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? '').trim();
  return name && name !== 'to' && name !== 'cc' && name !== 'bcc' && !isEmail(name)
    ? { email: email.toLowerCase(), name: name.slice(0, 200) }
    : { email: email.toLowerCase() };
}

/** Distinct people of one recipient field. */
export function recipients(root: ParentNode, role: 'to'): Person[] {
  const seen = new Map<string, Person>();
  for (const chip of findAll(root, GMAIL[role])) {
    const p = person(chip);
    if (p?.email && !seen.has(p.email)) seen.set(p.email, p);
  }
  return [...seen.values()];
}

/** The nearest thread id above a compose (an inline reply sits inside its thread). */
export function threadAround(el: Element): Element | null {
  // A pop-up compose is a new message even while a thread is open behind it.
  if (el.closest('[role=dialog]')) return null;
  // Inline replies live in the main area; a compose outside it is a new message.
  const main = el.closest('[role=main]');
  if (!main && el.ownerDocument.querySelector('[role=main]')) return null;
  let node: Element | null = el.parentElement;
  for (let i = 0; node && i < MAX_UP; i++, node = node.parentElement) {
    const hit = findFirst(node, GMAIL.thread);
    if (hit) return hit;
    if (node === main) break;
  }
  return null;
}

export interface ThreadIds { threadId?: string; legacyThreadId?: string }
export function threadIdsOf(el: Element | null): ThreadIds {
  if (!el) return {};
  const perm = el.getAttribute('data-thread-perm-id') ?? undefined;
  const legacy = el.getAttribute('data-legacy-thread-id') ?? legacyFromPerm(perm);
  const out: ThreadIds = {};
  if (perm) out.threadId = perm.replace(/^#/, '');
  else if (legacy) out.threadId = legacy;
  if (legacy) out.legacyThreadId = legacy;
  return out;
}

export function snapshotCompose(root: Element, pathname: string): ComposeSnapshot {
  const subjectEl = findFirst(root, GMAIL.subject) as HTMLInputElement | null;
  const draft = (findFirst(root, GMAIL.draftId) as HTMLInputElement | null)?.value?.replace(/^#/, '');
  const ids = threadIdsOf(threadAround(root));
  const snap: ComposeSnapshot = {
    key: composeKey(root),
    to: recipients(root, 'to'),
    threadUrl: threadUrl(pathname, ids.legacyThreadId),
  };
  const subject = subjectEl?.value?.trim();
  if (subject) snap.subject = subject.slice(0, 500);
  if (draft && draft.startsWith('msg-a:')) snap.draftId = draft;
  if (ids.threadId) snap.threadId = ids.threadId;
  return snap;
}
