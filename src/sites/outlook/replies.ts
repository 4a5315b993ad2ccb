// Outlook replies. First from the network: a conversation load names each
// message's sender, time and item id. Reading the reading pane is the
// fallback, for conversations no load was seen for. Either way, each message
// from someone other than the mailbox, newer than the mailbox's last message
// in the conversation, is observed once ('in', dedupe by item id) if the
// sender is tracked; out-of-office replies are flagged (kept, never a reply).
// "Track this conversation" imports every message there instead.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { isAutoReply } from '../../core/auto-reply';
import { stableEventId } from '../shared/event-id';
import { observeTrackedOnce } from '../shared/observe-replies';
import { convIdOf, readConversationSubject, readItems, threadUrlOf } from './page';
import { withSnippet } from '../shared/snippet';
import { outlookSelectors as S } from './selectors';
import type { NetMessage } from './network';

interface Env {
  /** snippets: when absent, off (no body is read) */
  ctx: Pick<AdapterContext, 'observe' | 'lookup'> & Partial<Pick<AdapterContext, 'snippets'>>;
  account(): Person | undefined;
  origin: string;
}

/** One message, from the network or the page. */
interface Msg {
  key: string;
  from: Person;
  at?: number;
  messageId?: string;
  subject?: string;
  convId?: string;
  auto?: boolean;
  el?: Element;
}

const isOwn = (p: Person | undefined, account: Person | undefined) => !!p?.email && p.email === account?.email;
// The same message seen both ways: its sender and the minute it shows.
const alias = (m: { from: Person; at?: number }) => (m.at === undefined ? undefined : `${m.from.email}|${Math.floor(m.at / 60_000)}`);

/** The messages the reading pane shows (no ids on the 2025-11 markup: keyed by sender and minute). */
function fromPage(conv: Element): Msg[] {
  const convId = convIdOf(conv, conv.ownerDocument);
  const subject = readConversationSubject(conv);
  return readItems(conv).flatMap((item, i) => item.from ? [{
    key: item.itemId ?? alias({ from: item.from, at: item.at }) ?? `${convId ?? '?'}|${item.from.email}|${i}`,
    from: item.from, el: item.el,
    ...(item.at !== undefined && { at: item.at }),
    ...(item.itemId && { messageId: item.itemId }),
    ...((item.subject ?? subject) && { subject: item.subject ?? subject }),
    ...(convId && { convId }),
  }] : []);
}

export function createOutlookReplies(env: Env) {
  const seen = new Set<string>();
  // Conversations a load was seen for (their messages by id), the last 20.
  const loaded = new Map<string, Msg[]>();

  const toObserved = (m: Msg, source: 'auto' | 'button', all: Msg[]): ObservedMessage | undefined => {
    const account = env.account();
    const base = {
      eventId: stableEventId('outlook', m.key), site: 'outlook' as const, at: m.at ?? Date.now(), source,
      ...(m.messageId && { messageId: m.messageId }),
      ...(m.subject && { subject: m.subject }),
      ...(m.convId && { threadId: m.convId, threadUrl: threadUrlOf(env.origin, m.convId) }),
      ...(account && { account }),
    };
    if (!isOwn(m.from, account)) {
      return { ...base, direction: 'in', to: [], from: m.from, ...((m.auto || isAutoReply({ subject: m.subject })) && { autoReply: true }) };
    }
    // Our own message: addressed to everyone else who wrote in the conversation.
    const others = all.map((i) => i.from).filter((p) => !isOwn(p, account));
    const to = [...new Map(others.map((p) => [p.email, p])).values()];
    return to.length ? { ...base, direction: 'out', to } : undefined;
  };

  const observeNew = (msgs: Msg[]): Promise<number> => {
    const account = env.account();
    if (!account) return Promise.resolve(0); // without the mailbox's address every message might be ours
    // In conversation order: only what came after the mailbox's last message.
    const lastOwn = msgs.findLastIndex((m) => isOwn(m.from, account));
    const fresh = msgs.filter((m, i) => i > lastOwn && !isOwn(m.from, account) && !seen.has(m.key) && !seen.has(alias(m) ?? ''));
    return observeTrackedOnce(env.ctx, seen, fresh, (m) => m.from, (m) => {
      const a = alias(m);
      if (a) seen.add(a);
      // Read only for a reply being logged (tracked sender), and only when snippets are on.
      return m.el ? withSnippet(toObserved(m, 'auto', msgs), m.el, S.itemBody, env.ctx.snippets) : toObserved(m, 'auto', msgs);
    });
  };

  return {
    /** a conversation load seen in the network */
    async fromNetwork(items: NetMessage[]): Promise<number> {
      const byConv = new Map<string, Msg[]>();
      for (const n of items.toSorted((a, b) => a.at - b.at)) {
        const list = byConv.get(n.convId ?? '') ?? [];
        list.push({
          key: n.itemId, messageId: n.itemId, from: n.from, at: n.at,
          ...(n.subject && { subject: n.subject }), ...(n.convId && { convId: n.convId }), ...(n.auto && { auto: true }),
        });
        byConv.set(n.convId ?? '', list);
      }
      let logged = 0;
      for (const [convId, msgs] of byConv) {
        if (convId) {
          loaded.delete(convId);
          loaded.set(convId, msgs);
        }
        while (loaded.size > 20) loaded.delete(loaded.keys().next().value!);
        logged += await observeNew(msgs);
      }
      return logged;
    },
    /** the reading pane: only for a conversation no load was seen for */
    scan(conv: Element): Promise<number> {
      const convId = convIdOf(conv, conv.ownerDocument);
      return convId && loaded.has(convId) ? Promise.resolve(0) : observeNew(fromPage(conv));
    },
    importAll(conv: Element): number {
      const convId = convIdOf(conv, conv.ownerDocument);
      const msgs = (convId && loaded.get(convId)) || fromPage(conv);
      const out = msgs
        .map((m) => {
          seen.add(m.key);
          return toObserved(m, 'button', msgs);
        })
        .filter((o): o is ObservedMessage => o !== undefined);
      if (out.length) env.ctx.observe(out.slice(0, 200));
      return out.length;
    },
  };
}
export type OutlookReplies = ReturnType<typeof createOutlookReplies>;
