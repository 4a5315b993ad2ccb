// Replies from LinkedIn's messenger responses: each message from someone
// other than the account, newer than the account's last message in that
// thread, is observed once (by its urn) if its sender is tracked. The
// account is the mailbox named inside every message urn, so the user's own
// messages never count, in any language and whatever the markup.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage } from '../../messaging/protocol';
import { stableEventId } from '../shared/event-id';
import { observeTrackedOnce } from '../shared/observe-replies';
import type { Directory } from './directory';
import type { SeenMessage } from './network';
import { threadUrlOf } from './page';
import { mailboxOfMessage } from './urns';

export function createNetworkReplies(ctx: Pick<AdapterContext, 'observe' | 'lookup'>, dir: Directory) {
  const seen = new Set<string>();
  const lastOwn = new Map<string, number>();
  /** threads whose messages came from the network: the page need not be read for them */
  const covered = new Set<string>();

  const isOwn = (m: SeenMessage): boolean => {
    const mailbox = mailboxOfMessage(m.id) ?? dir.accountUrn();
    if (mailbox && !dir.accountUrn()) dir.setAccount(mailbox);
    return m.from !== undefined && m.from === mailbox;
  };

  return {
    covered: (threadId: string | undefined): boolean => (threadId ? covered.has(threadId) : covered.size > 0),
    /** the account sent in this thread at this time (a logged send) */
    ownAt(threadId: string | undefined, at: number): void {
      if (threadId) lastOwn.set(threadId, Math.max(lastOwn.get(threadId) ?? 0, at));
    },
    async onMessages(messages: SeenMessage[]): Promise<number> {
      const sorted = messages.toSorted((a, b) => a.at - b.at);
      for (const m of sorted) {
        if (!m.threadId) continue;
        covered.add(m.threadId);
        if (isOwn(m)) this.ownAt(m.threadId, m.at);
      }
      const fresh = sorted
        .filter((m) => m.from && !isOwn(m) && !seen.has(m.id) && m.at > (lastOwn.get(m.threadId ?? '') ?? 0))
        .map((m) => ({ m, key: m.id, from: dir.person(m.from) }))
        .filter((c) => c.from !== undefined);
      const account = dir.account();
      return observeTrackedOnce(ctx, seen, fresh, (c) => c.from ?? {}, ({ m, from }): ObservedMessage => ({
        eventId: stableEventId('linkedin', m.id), site: 'linkedin', direction: 'in', at: m.at, to: [], source: 'auto',
        messageId: m.id, ...(from && { from }),
        ...(m.threadId && { threadId: m.threadId, threadUrl: threadUrlOf(m.threadId) }),
        ...(account && { account }),
      }));
    },
  };
}
export type NetworkReplies = ReturnType<typeof createNetworkReplies>;
