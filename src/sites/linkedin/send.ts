// LinkedIn sends. The site's createMessage (seen in the page world) is the
// confirmation and, on its own, enough to log the send: its ids and the
// thread's members say who it went to. A click on Send or Enter in the box is
// an intent that snapshots the participant and conversation from the page
// (what the request lacks: a snippet, the button's arming); the user's new
// message appearing in that conversation confirms an intent when no request
// is seen. A DOM confirmation waits briefly for the request so the touch
// carries the site's message id; a request that arrives later still finds it.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { createIntentTracker, type Intent } from '../shared/intents';
import { stableEventId } from '../shared/event-id';
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
  /** createMessage seen in the page world; `to` resolves its recipients when no intent names them */
  onNetwork(sent: LinkedinSent, to: () => Person[]): void;
  /** a message from the account appeared in a conversation */
  onOwnMessage(convKey: string, messageId: string | undefined): void;
  /** a send from this conversation is pending (an intent, or a confirmation waiting for its message) */
  expects(convKey: string): boolean;
  /** the inline button: log a pending unconfirmed send now, else arm the next one */
  press(formKey: string): 'logged' | 'armed' | 'disarmed';
  isArmed(formKey: string): boolean;
}

type Extra = { messageId?: string; threadId?: string; to?: Person[]; account?: Person };
const RECENT_MS = 10_000;
/** No id on one side, or the same id. */
const fits = (threadId: string | undefined, sent: LinkedinSent): boolean =>
  !threadId || !sent.threadId || threadId === sent.threadId;

export function createSendDetector(
  ctx: Pick<AdapterContext, 'observe' | 'signal'>,
  opts: { settleMs?: number; onLogged?(formKey: string): void } = {},
): SendDetector {
  const intents = createIntentTracker<SendSnapshot>('linkedin', { ttlMs: 20_000 });
  const armed = new Set<string>();
  const settling = new Map<string, { intent: Intent<SendSnapshot>; timer: ReturnType<typeof setTimeout>; threadId?: string }>();
  // Sends confirmed from the page without an id: a late request for one is the same send.
  let recent: { threadId?: string; t: number }[] = [];
  const logged = new Set<string>();

  const finish = (intent: Intent<SendSnapshot>, extra: Extra, source?: 'button'): void => {
    const s = intent.snapshot;
    const threadId = s.threadId ?? extra.threadId;
    const to = s.to.length ? s.to : extra.to ?? [];
    const wasArmed = armed.delete(intent.key);
    if (!to.length) return;
    if (extra.messageId) logged.add(extra.messageId);
    const account = s.account ?? extra.account;
    const msg: ObservedMessage = {
      eventId: intent.eventId, site: 'linkedin', direction: 'out', at: intent.at, to,
      source: source ?? (wasArmed ? 'button' : 'auto'),
      ...(extra.messageId && { messageId: extra.messageId }),
      ...(threadId && { threadId, threadUrl: s.threadUrl ?? `https://www.linkedin.com/messaging/thread/${threadId}/` }),
      ...(account && { account }),
      ...(s.snippet && { snippet: s.snippet }),
    };
    ctx.observe([msg]);
    opts.onLogged?.(intent.key);
  };

  const settle = (intent: Intent<SendSnapshot>, extra: Extra, fromPage = false): void => {
    const done = (): void => {
      if (fromPage) recent.push({ threadId: intent.snapshot.threadId, t: Date.now() });
      finish(intent, extra);
    };
    if (extra.messageId || ctx.signal.aborted) return done();
    const timer = setTimeout(() => {
      settling.delete(intent.key);
      done();
    }, opts.settleMs ?? 1_500);
    settling.set(intent.key, { intent, timer, threadId: extra.threadId });
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
      intents.begin(formKey, snapshot);
    },
    onNetwork(sent, resolve) {
      if (sent.messageId && logged.has(sent.messageId)) return;
      const extra = { messageId: sent.messageId, threadId: sent.threadId, to: resolve() };
      const byThread = sent.threadId ? intents.take((i) => i.snapshot.threadId === sent.threadId) : undefined;
      // No id on one side: the most recent intent without a conflicting id.
      const intent = byThread ?? intents.pending().toReversed().find((i) => fits(i.snapshot.threadId, sent));
      if (intent) {
        if (!byThread) intents.take((i) => i === intent);
        return settle(intent, extra);
      }
      const waiting = [...settling.values()].find((s) => fits(s.intent.snapshot.threadId ?? s.threadId, sent));
      if (waiting) {
        clearTimeout(waiting.timer);
        settling.delete(waiting.intent.key);
        return finish(waiting.intent, { ...extra, threadId: waiting.threadId ?? sent.threadId });
      }
      const now = Date.now();
      recent = recent.filter((r) => now - r.t < RECENT_MS);
      const late = recent.find((r) => fits(r.threadId, sent));
      if (late) {
        recent = recent.filter((r) => r !== late);
        return;
      }
      // Seen only in the network: logged on its own.
      const eventId = sent.messageId ? stableEventId('linkedin', sent.messageId) : `linkedin-n-${sent.at}`;
      finish({ eventId, key: '', at: sent.at, snapshot: { to: [], convKey: '', via: 'click' } }, extra);
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
      if (intent) settle(intent, { messageId }, true);
    },
    expects(convKey) {
      for (const s of settling.values()) if (s.intent.snapshot.convKey === convKey) return true;
      return intents.pending().some((i) => i.snapshot.convKey === convKey);
    },
    press(formKey) {
      const pending = intents.take((i) => i.key === formKey && i.snapshot.via === 'click' && i.snapshot.to.length > 0);
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
