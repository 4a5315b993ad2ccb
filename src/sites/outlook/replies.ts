// Outlook replies: in the reading pane, each message from someone other
// than the mailbox, newer than the mailbox's last message in the
// conversation, is observed once ('in', dedupe by item id) if the sender is
// tracked. Out-of-office replies are flagged (kept, never a reply).
// "Track this conversation" imports every message there instead.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { isAutoReply } from '../../core/auto-reply';
import { stableEventId } from '../shared/event-id';
import { observeTrackedOnce } from '../shared/observe-replies';
import { readConversationSubject, readItems, threadUrlOf, type ItemInfo } from './page';
import { withSnippet } from '../shared/snippet';
import { outlookSelectors as S } from './selectors';

interface Env {
  /** snippets: when absent, off (no body is read) */
  ctx: Pick<AdapterContext, 'observe' | 'lookup'> & Partial<Pick<AdapterContext, 'snippets'>>;
  account(): Person | undefined;
  origin: string;
}

const isOwn = (p: Person | undefined, account: Person | undefined) => !!p?.email && p.email === account?.email;

function toObserved(item: ItemInfo, key: string, conv: Element, env: Env, source: 'auto' | 'button', all: ItemInfo[]): ObservedMessage | undefined {
  if (!item.from) return undefined;
  const account = env.account();
  const convId = conv.getAttribute('data-convid')?.slice(0, 256) || undefined;
  const subject = item.subject ?? readConversationSubject(conv);
  const base = {
    eventId: stableEventId('outlook', key), site: 'outlook' as const, at: item.at ?? Date.now(), source,
    ...(item.itemId && { messageId: item.itemId }),
    ...(subject && { subject }),
    ...(convId && { threadId: convId, threadUrl: threadUrlOf(env.origin, convId) }),
    ...(account && { account }),
  };
  if (!isOwn(item.from, account)) {
    return { ...base, direction: 'in', to: [], from: item.from, ...(isAutoReply({ subject }) && { autoReply: true }) };
  }
  // Our own message: addressed to everyone else who wrote in the conversation.
  const others = all.map((i) => i.from).filter((p): p is Person => !!p && !isOwn(p, account));
  const to = [...new Map(others.map((p) => [p.email, p])).values()];
  return to.length ? { ...base, direction: 'out', to } : undefined;
}

const keyOf = (conv: Element, item: ItemInfo, i: number) =>
  item.itemId ?? `${conv.getAttribute('data-convid') ?? '?'}|${item.from?.email ?? '?'}|${item.at ?? i}`;

export function createOutlookReplies(env: Env) {
  const seen = new Set<string>();

  return {
    async scan(conv: Element): Promise<number> {
      const account = env.account();
      if (!account) return 0; // without the mailbox's address every message might be ours
      const items = readItems(conv);
      let lastOwn = -1;
      items.forEach((it, i) => { if (isOwn(it.from, account)) lastOwn = i; });
      const fresh = items
        .map((item, i) => ({ item, key: keyOf(conv, item, i) }))
        .filter(({ item }, i) => i > lastOwn && item.from && !isOwn(item.from, account) && !seen.has(keyOf(conv, item, i)));
      return observeTrackedOnce(env.ctx, seen, fresh, ({ item }) => item.from!, ({ item, key }) =>
        // Read only for a reply being logged (tracked sender), and only when snippets are on.
        withSnippet(toObserved(item, key, conv, env, 'auto', items), item.el, S.itemBody, env.ctx.snippets));
    },
    importAll(conv: Element): number {
      const items = readItems(conv);
      const out = items
        .map((item, i) => {
          const key = keyOf(conv, item, i);
          seen.add(key);
          return toObserved(item, key, conv, env, 'button', items);
        })
        .filter((o): o is ObservedMessage => o !== undefined);
      if (out.length) env.ctx.observe(out.slice(0, 200));
      return out.length;
    },
  };
}
export type OutlookReplies = ReturnType<typeof createOutlookReplies>;
