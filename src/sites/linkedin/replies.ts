// LinkedIn replies: when a conversation is open, each message from the
// other side newer than the account's last message there is observed once
// ('in'), if its sender is tracked. "Track this conversation" imports every
// message there instead. Dedupe: the message urn, else a key built from the
// conversation and the message's place after the account's last message.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { stableEventId } from '../shared/event-id';
import { observeTrackedOnce } from '../shared/observe-replies';
import { readMessages, readParticipant, readThreadId, threadUrlOf, type MessageInfo } from './page';
import { withSnippet } from '../shared/snippet';
import { linkedinSelectors as S } from './selectors';

interface Env {
  /** snippets: when absent, off (no body is read) */
  ctx: Pick<AdapterContext, 'observe' | 'lookup'> & Partial<Pick<AdapterContext, 'snippets'>>;
  account(): Person | undefined;
  path(): string;
}

const who = (p: Person | undefined): string => p?.profileUrl ?? p?.name ?? '?';

function toObserved(m: MessageInfo, key: string, conv: Element, env: Env, source: 'auto' | 'button'): ObservedMessage | undefined {
  if (m.fromOther === undefined) return undefined;
  const participant = readParticipant(conv);
  const threadId = readThreadId(conv, env.path());
  const account = env.account();
  const base = {
    eventId: stableEventId('linkedin', m.messageId ?? key), site: 'linkedin' as const,
    at: m.at ?? Date.now(), source,
    ...(m.messageId && { messageId: m.messageId }),
    ...(threadId && { threadId, threadUrl: threadUrlOf(threadId) }),
    ...(account && { account }),
  };
  if (m.fromOther) {
    const from = m.sender ?? participant;
    return from ? { ...base, direction: 'in', to: [], from } : undefined;
  }
  return participant ? { ...base, direction: 'out', to: [participant] } : undefined;
}

export function createReplyWatcher(env: Env) {
  const seen = new Set<string>();

  const keyed = (conv: Element) => {
    const msgs = readMessages(conv, env.account());
    const thread = readThreadId(conv, env.path()) ?? who(readParticipant(conv));
    let lastOwn = -1;
    msgs.forEach((m, i) => { if (m.fromOther === false) lastOwn = i; });
    return { msgs, lastOwn, keyOf: (m: MessageInfo, i: number) => m.messageId ?? `${thread}|${who(m.sender)}|+${i - lastOwn}` };
  };

  return {
    /** Observe the conversation's new replies from tracked senders. */
    async scan(conv: Element): Promise<number> {
      const { msgs, lastOwn, keyOf } = keyed(conv);
      const fresh = msgs
        .map((m, i) => ({ m, key: keyOf(m, i) }))
        .filter(({ m }, i) => i > lastOwn && m.fromOther === true)
        .filter(({ key }) => !seen.has(key));
      return observeTrackedOnce(env.ctx, seen, fresh, ({ m }) => m.sender ?? readParticipant(conv) ?? {}, ({ m, key }) =>
        // Read only for a reply being logged (tracked sender), and only when snippets are on.
        withSnippet(toObserved(m, key, conv, env, 'auto'), m.el, S.messageBody, env.ctx.snippets));
    },
    /** "Track this conversation": every message there, both directions. */
    importAll(conv: Element): number {
      const { msgs, keyOf } = keyed(conv);
      const out = msgs
        .map((m, i) => {
          const key = keyOf(m, i);
          if (m.fromOther) seen.add(key);
          return toObserved(m, key, conv, env, 'button');
        })
        .filter((o): o is ObservedMessage => o !== undefined);
      if (out.length) env.ctx.observe(out.slice(0, 200));
      return out.length;
    },
  };
}
export type ReplyWatcher = ReturnType<typeof createReplyWatcher>;
