// Replies: when a thread view appears, each message from someone other than
// the account is observed once (the background keeps those from tracked
// contacts newer than the last logged send). "Track this conversation"
// imports every message already there with source 'button'. Out-of-office
// replies are told by their subject in the ledger (src/ledger/observe.ts).
import type { ObservedMessage } from '../../messaging/protocol';
import { stableEventId } from '../shared/event-id';
import { findFirst } from '../shared/selectors';
import { withSnippet } from '../shared/snippet';
import { GMAIL } from './selectors';
import { threadIdsOf, threadAround } from './compose';
import { legacyFromPerm, threadUrl, timeFromLegacy } from './ids';
import type { RepliesObservation } from './network';
import { readMessages, type ThreadMessage } from './thread';

export interface ThreadContext {
  heading: Element | null;
  subject?: string | undefined;
  threadId?: string | undefined;
  threadUrl: string;
}

/** The thread a message (or a subtree of the thread view) belongs to. */
export function threadContextOf(el: Element, pathname: string): ThreadContext {
  const heading = findFirst(el, GMAIL.thread) ?? threadAround(el);
  const subjectEl = heading?.matches('h2') ? heading : findFirst(heading?.parentElement ?? el, GMAIL.threadSubject);
  const ids = threadIdsOf(heading);
  const ctx: ThreadContext = { heading, threadUrl: threadUrl(pathname, ids.legacyThreadId) };
  // A heading's own text is the subject (short; not a message body).
  const subject = subjectEl?.textContent?.trim();
  if (subject) ctx.subject = subject.slice(0, 500);
  if (ids.threadId) ctx.threadId = ids.threadId;
  return ctx;
}

export function toObserved(
  m: Omit<ThreadMessage, 'el'>, thread: ThreadContext, source: 'auto' | 'button', account: string | undefined, now: number,
): ObservedMessage | undefined {
  if (!m.own && !m.from) return undefined;
  const msg: ObservedMessage = {
    eventId: stableEventId(source === 'button' ? 'gmail-b' : 'gmail', m.messageId),
    site: 'gmail', direction: m.own ? 'out' : 'in', messageId: m.messageId,
    at: m.at ?? now, to: m.own ? m.to.slice(0, 100) : [], threadUrl: thread.threadUrl, source,
  };
  if (m.from) msg.from = m.from;
  if (thread.subject) msg.subject = thread.subject;
  if (thread.threadId) msg.threadId = thread.threadId;
  if (account) msg.account = { email: account };
  return msg;
}

/** Incoming messages in `root` not yet observed on this page (with a snippet when snippets are on). */
export function incomingIn(
  root: ParentNode, thread: ThreadContext, account: string | undefined, seen: Set<string>, now: number,
  snippets?: () => boolean,
): ObservedMessage[] {
  const out: ObservedMessage[] = [];
  for (const m of readMessages(root, account)) {
    if (m.own || seen.has(m.messageId)) continue;
    const msg = withSnippet(toObserved(m, thread, 'auto', account, now), m.el, GMAIL.messageBody, snippets);
    if (msg) {
      seen.add(m.messageId);
      out.push(msg);
    }
  }
  return out;
}

/**
 * Incoming messages from a conversation Gmail fetched, not yet observed on
 * this page (the same event ids as the page's own messages, so the two
 * sources never log one message twice). The account's own never count.
 */
export function incomingFromNetwork(
  messages: RepliesObservation['messages'], pathname: string, account: string | undefined, seen: Set<string>, now: number,
): ObservedMessage[] {
  const out: ObservedMessage[] = [];
  for (const { messageId, from, threadId, subject, at } of messages) {
    const email = from.email.toLowerCase();
    if (seen.has(messageId) || email === account) continue;
    seen.add(messageId);
    const legacy = legacyFromPerm(messageId);
    const thread: ThreadContext = { heading: null, threadUrl: threadUrl(pathname, legacyFromPerm(threadId) ?? legacy), subject, threadId };
    const msg = toObserved(
      { messageId, own: false, to: [], from: { ...from, email }, at: at ?? timeFromLegacy(legacy) }, thread, 'auto', account, now,
    );
    if (msg) out.push(msg);
  }
  return out;
}

/** Every message of a thread, for "Track this conversation". */
export function importThread(root: ParentNode, thread: ThreadContext, account: string | undefined, now: number): ObservedMessage[] {
  return readMessages(root, account)
    .map((m) => toObserved(m, thread, 'button', account, now))
    .filter((m): m is ObservedMessage => !!m);
}
