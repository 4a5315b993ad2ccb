// Outlook sends. The send call the server accepted, seen in the page world,
// is enough to log a send on its own: its recipients, subject and draft id
// come from the request. A click on Send (or Ctrl/Cmd+Enter) is an intent
// snapshotting what the page shows (To chips, subject, conversation, the
// body's snippet when on, the inline button's flag); it adds what the
// request lacks. When no request can be seen (no page-world script), the
// compose closing without an error dialog confirms the intent, after a grace
// period in which the request may still arrive (one send, one touch). With
// the page-world script there, a closed compose whose request never came was
// undone or never sent: only a send request of an unknown shape lets the
// page confirm it.
import type { AdapterContext } from '../adapter';
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { createIntentTracker, type Intent } from '../shared/intents';
import { newEventId } from '../shared/event-id';
import type { OutlookSent } from './network';

export interface OutlookSnapshot {
  compose: Element;
  /** To chips as shown: an address, or only a name the request will complete */
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
  /** some nodes were removed: intents whose compose closed are confirmed after the grace period (unless an error dialog shows) */
  onRemoval(errorShown: () => boolean): void;
  /** Outlook showed an error dialog: the pending sends were refused */
  refused(): void;
  /** the page-world script runs: its requests, not the page, confirm sends */
  pageWorld(): void;
  /** a send request of a shape the parser does not know: the page confirms what closed */
  unrecognized(): void;
  press(key: string): 'logged' | 'armed' | 'disarmed';
  isArmed(key: string): boolean;
}

export interface SendOptions {
  onLogged?(key: string): void;
  /** the thread link of a conversation id */
  threadUrl?(convId: string): string | undefined;
  /** the mailbox, for a send seen only in the network */
  account?(): Person | undefined;
  ttlMs?: number;
  /** how long a closed compose waits for its request before the DOM confirms it */
  graceMs?: number;
}

const withAddress = (to: Person[]) => to.filter((p) => p.email);
const same = (a: Person, b: Person) => (!!a.email && a.email === b.email) || (!!a.name && a.name === b.name);
const fits = (s: OutlookSnapshot, sent: OutlookSent) =>
  (sent.subject !== undefined && s.subject === sent.subject) || sent.to.some((p) => s.to.some((q) => same(p, q)));

export function createOutlookSendDetector(ctx: Pick<AdapterContext, 'observe' | 'signal'>, opts: SendOptions = {}): OutlookSendDetector {
  const intents = createIntentTracker<OutlookSnapshot>('outlook', { ttlMs: opts.ttlMs ?? 15_000 });
  const armed = new Set<string>();
  // Confirmed by the page alone, kept a minute: their request arriving late is the same send.
  let recent: { snapshot: OutlookSnapshot; at: number }[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let networkSeen = false;
  let unknownAt = -Infinity;
  ctx.signal.addEventListener('abort', () => timers.forEach(clearTimeout), { once: true });

  const emit = (key: string | undefined, msg: ObservedMessage): void => {
    if (!msg.to.length) return;
    if (key) armed.delete(key);
    ctx.observe([msg]);
    if (key) opts.onLogged?.(key);
  };
  const messageOf = (eventId: string, at: number, source: 'auto' | 'button', s: Partial<OutlookSnapshot>, sent?: OutlookSent): ObservedMessage => {
    // A new message started while a conversation was selected is not part of it.
    const page = sent?.newMail ? {} : s;
    const convId = sent?.convId ?? page.convId;
    const threadUrl = convId === page.convId && page.threadUrl ? page.threadUrl : convId ? opts.threadUrl?.(convId) : undefined;
    const subject = sent?.subject ?? s.subject;
    const account = s.account ?? opts.account?.();
    return {
      eventId, site: 'outlook', direction: 'out', at, source,
      to: sent?.to.length ? sent.to : withAddress(s.to ?? []),
      ...(sent?.itemId && { messageId: sent.itemId }),
      ...(subject && { subject }),
      ...(convId && { threadId: convId }),
      ...(threadUrl && { threadUrl }),
      ...(account && { account }),
      ...(s.snippet && { snippet: s.snippet }),
    };
  };
  const confirmByPage = (intent: Intent<OutlookSnapshot>, source?: 'button'): void => {
    recent = [...recent.filter((r) => Date.now() - r.at < 60_000), { snapshot: intent.snapshot, at: Date.now() }].slice(-20);
    emit(intent.key, messageOf(intent.eventId, intent.at, source ?? (armed.has(intent.key) ? 'button' : 'auto'), intent.snapshot));
  };
  // Still unconfirmed, and the page shows whom it went to.
  const confirmClosed = (c: Intent<OutlookSnapshot>): void => {
    if (withAddress(c.snapshot.to).length && intents.take((i) => i === c)) confirmByPage(c);
  };
  const matching = (sent: OutlookSent): Intent<OutlookSnapshot> | undefined => {
    const pending = intents.pending().toReversed();
    const hit = pending.find((i) => fits(i.snapshot, sent)) ?? (pending.length === 1 ? pending[0] : undefined);
    return hit && intents.take((i) => i === hit);
  };

  return {
    intent(key, snapshot) {
      intents.begin(key, snapshot);
    },
    onNetwork(sent) {
      const intent = matching(sent);
      if (sent.type === 'refused') return;
      if (intent) {
        return emit(intent.key, messageOf(intent.eventId, intent.at, armed.has(intent.key) ? 'button' : 'auto', intent.snapshot, sent));
      }
      if (recent.some((r) => Date.now() - r.at < 60_000 && fits(r.snapshot, sent))) return;
      emit(undefined, messageOf(newEventId('outlook'), sent.at, 'auto', {}, sent));
    },
    onRemoval(errorShown) {
      const closed = intents.pending().filter((i) => !i.snapshot.compose.isConnected);
      if (!closed.length || errorShown() || (networkSeen && Date.now() - unknownAt > 10_000)) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        for (const c of closed) confirmClosed(c);
      }, opts.graceMs ?? 2_500);
      timers.add(timer);
    },
    pageWorld() {
      networkSeen = true;
    },
    unrecognized() {
      unknownAt = Date.now();
      for (const c of intents.pending()) if (!c.snapshot.compose.isConnected) confirmClosed(c);
    },
    refused() {
      for (const i of intents.pending()) intents.cancel(i.key);
    },
    press(key) {
      const pending = intents.pending().find((i) => i.key === key);
      if (pending && withAddress(pending.snapshot.to).length && intents.take((i) => i === pending)) {
        confirmByPage(pending, 'button');
        return 'logged';
      }
      if (!pending && armed.delete(key)) return 'disarmed';
      armed.add(key);
      return 'armed';
    },
    isArmed: (key) => armed.has(key),
  };
}
