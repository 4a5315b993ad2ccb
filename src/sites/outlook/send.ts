// Outlook sends: a click on Send (or Ctrl/Cmd+Enter) in a compose is an
// intent snapshotting To, subject and conversation; the send call seen in
// the page world, or that compose closing with no error dialog, confirms it.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { createIntentTracker, type Intent } from '../shared/intents';
import type { OutlookSent } from './network';

export interface OutlookSnapshot {
  compose: Element;
  to: Person[];
  subject?: string;
  convId?: string;
  threadUrl?: string;
  account?: Person;
  /** ≤100 chars of the body, only when snippets are on */
  snippet?: string;
}

export interface OutlookSendDetector {
  intent(key: string, snapshot: OutlookSnapshot): void;
  onNetwork(sent: OutlookSent): void;
  /** some nodes were removed: confirm intents whose compose closed (unless an error dialog shows) */
  onRemoval(errorShown: () => boolean): void;
  /** Outlook showed an error dialog: the pending sends were refused */
  refused(): void;
  press(key: string): 'logged' | 'armed' | 'disarmed';
  isArmed(key: string): boolean;
}

const overlaps = (a: Person[], b: string[]) => a.some((p) => p.email && b.includes(p.email));

export function createOutlookSendDetector(
  ctx: Pick<AdapterContext, 'observe'>,
  opts: { onLogged?(key: string): void; ttlMs?: number } = {},
): OutlookSendDetector {
  const intents = createIntentTracker<OutlookSnapshot>('outlook', { ttlMs: opts.ttlMs ?? 15_000 });
  const armed = new Set<string>();

  const finish = (intent: Intent<OutlookSnapshot>, source?: 'button'): void => {
    const s = intent.snapshot;
    const msg: ObservedMessage = {
      eventId: intent.eventId, site: 'outlook', direction: 'out', at: intent.at, to: s.to,
      source: source ?? (armed.has(intent.key) ? 'button' : 'auto'),
      ...(s.subject && { subject: s.subject }),
      ...(s.convId && { threadId: s.convId }),
      ...(s.threadUrl && { threadUrl: s.threadUrl }),
      ...(s.account && { account: s.account }),
      ...(s.snippet && { snippet: s.snippet }),
    };
    armed.delete(intent.key);
    ctx.observe([msg]);
    opts.onLogged?.(intent.key);
  };

  return {
    intent(key, snapshot) {
      if (snapshot.to.length) intents.begin(key, snapshot);
    },
    onNetwork(sent) {
      const pending = intents.pending().toReversed();
      const match = pending.find((i) => sent.subject !== undefined && i.snapshot.subject === sent.subject && (!sent.to.length || overlaps(i.snapshot.to, sent.to)))
        ?? pending.find((i) => sent.to.length > 0 && overlaps(i.snapshot.to, sent.to))
        ?? (sent.to.length === 0 && sent.subject === undefined ? pending[0] : undefined);
      const taken = match && intents.take((i) => i === match);
      if (taken) finish(taken);
    },
    onRemoval(errorShown) {
      const closed = intents.pending().filter((i) => !i.snapshot.compose.isConnected);
      if (!closed.length || errorShown()) return;
      for (const c of closed) {
        const taken = intents.take((i) => i === c);
        if (taken) finish(taken);
      }
    },
    refused() {
      for (const i of intents.pending()) intents.cancel(i.key);
    },
    press(key) {
      const pending = intents.take((i) => i.key === key);
      if (pending) {
        finish(pending, 'button');
        return 'logged';
      }
      if (armed.delete(key)) return 'disarmed';
      armed.add(key);
      return 'armed';
    },
    isArmed: (key) => armed.has(key),
  };
}
