// LinkedIn sends: a click on Send or Enter in the box is an intent that
// snapshots the participant and conversation; createMessage (page world) or
// the user's new message appearing in that conversation confirms it. A
// network confirmation waits briefly for the new message's urn so the
// logged touch carries the site's id (and "Track this conversation" later
// dedupes against it).
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { createIntentTracker, type Intent } from '../shared/intents';
import type { LinkedinSent } from './network';

export interface SendSnapshot {
  to: Person[];
  convKey: string;
  threadId?: string;
  threadUrl?: string;
  account?: Person;
  /** a click on Send (a key press may have been a new line, not a send) */
  via: 'click' | 'key';
  /** ≤100 chars of the message box, only when snippets are on */
  snippet?: string;
}

export interface SendDetector {
  intent(formKey: string, snapshot: SendSnapshot): void;
  /** createMessage seen in the page world */
  onNetwork(sent: LinkedinSent): void;
  /** a message from the account appeared in a conversation */
  onOwnMessage(convKey: string, messageId: string | undefined): void;
  /** a send from this conversation is pending (an intent, or a confirmation waiting for its message) */
  expects(convKey: string): boolean;
  /** the inline button: log a pending unconfirmed send now, else arm the next one */
  press(formKey: string): 'logged' | 'armed' | 'disarmed';
  isArmed(formKey: string): boolean;
}

export function createSendDetector(
  ctx: Pick<AdapterContext, 'observe' | 'signal'>,
  opts: { settleMs?: number; onLogged?(formKey: string): void } = {},
): SendDetector {
  const intents = createIntentTracker<SendSnapshot>('linkedin', { ttlMs: 20_000 });
  const armed = new Set<string>();
  const settling = new Map<string, { intent: Intent<SendSnapshot>; timer: ReturnType<typeof setTimeout>; threadId?: string }>();

  const finish = (intent: Intent<SendSnapshot>, extra: { messageId?: string; threadId?: string }, source?: 'button'): void => {
    const s = intent.snapshot;
    const threadId = s.threadId ?? extra.threadId;
    const msg: ObservedMessage = {
      eventId: intent.eventId, site: 'linkedin', direction: 'out', at: intent.at, to: s.to,
      source: source ?? (armed.has(intent.key) ? 'button' : 'auto'),
      ...(extra.messageId && { messageId: extra.messageId }),
      ...(threadId && { threadId, threadUrl: s.threadUrl ?? `https://www.linkedin.com/messaging/thread/${threadId}/` }),
      ...(s.account && { account: s.account }),
      ...(s.snippet && { snippet: s.snippet }),
    };
    armed.delete(intent.key);
    ctx.observe([msg]);
    opts.onLogged?.(intent.key);
  };

  const settle = (intent: Intent<SendSnapshot>, messageId?: string, threadId?: string): void => {
    if (messageId || ctx.signal.aborted) return finish(intent, { messageId, threadId });
    const timer = setTimeout(() => {
      settling.delete(intent.key);
      finish(intent, { threadId });
    }, opts.settleMs ?? 1_500);
    settling.set(intent.key, { intent, timer, threadId });
  };

  ctx.signal.addEventListener('abort', () => {
    // Already confirmed: log them rather than lose them.
    for (const { intent, timer, threadId } of settling.values()) {
      clearTimeout(timer);
      finish(intent, { threadId });
    }
    settling.clear();
  }, { once: true });

  return {
    intent(formKey, snapshot) {
      if (!snapshot.to.length) return;
      intents.begin(formKey, snapshot);
    },
    onNetwork(sent) {
      const byThread = sent.threadId ? intents.take((i) => i.snapshot.threadId === sent.threadId) : undefined;
      // No id on one side: the most recent intent without a conflicting id.
      const intent = byThread ?? intents.pending().toReversed()
        .find((i) => !i.snapshot.threadId || !sent.threadId);
      if (!intent) return;
      if (!byThread) intents.take((i) => i === intent);
      settle(intent, sent.messageId, sent.threadId);
    },
    onOwnMessage(convKey, messageId) {
      const waiting = [...settling.values()].find((s) => s.intent.snapshot.convKey === convKey);
      if (waiting) {
        clearTimeout(waiting.timer);
        settling.delete(waiting.intent.key);
        finish(waiting.intent, { messageId, threadId: waiting.threadId });
        return;
      }
      const intent = intents.take((i) => i.snapshot.convKey === convKey);
      if (intent) settle(intent, messageId);
    },
    expects(convKey) {
      for (const s of settling.values()) if (s.intent.snapshot.convKey === convKey) return true;
      return intents.pending().some((i) => i.snapshot.convKey === convKey);
    },
    press(formKey) {
      const pending = intents.take((i) => i.key === formKey && i.snapshot.via === 'click');
      if (pending) {
        finish(pending, {}, 'button');
        return 'logged';
      }
      if (armed.delete(formKey)) return 'disarmed';
      armed.add(formKey);
      return 'armed';
    },
    isArmed: (formKey) => armed.has(formKey),
  };
}
