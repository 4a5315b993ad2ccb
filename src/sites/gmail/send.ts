// Sends: an intent (Send clicked, Ctrl/Cmd+Enter) snapshots its compose; a
// confirmation logs it. The network (the page-world watch of `/i/s`) is the
// primary confirmation and carries Gmail's message id; the "sent" toast is
// the fallback, used only for a compose that has closed (a refused send
// keeps its compose open) and only if the network stayed silent.
import type { ObservedMessage, Person } from '../../messaging/protocol';
import { createIntentTracker, type Intent } from '../shared/intents';
import { stableEventId } from '../shared/event-id';
import type { ComposeSnapshot } from './compose';
import type { SendObservation } from './network';
import { threadUrl } from './ids';
import { snippetIn } from '../shared/snippet';
import { GMAIL } from './selectors';

/** snippet: ≤100 chars of the body, read at intent only when snippets are on */
type Snap = ComposeSnapshot & { root: Element; snippet?: string };

export interface SendsDeps {
  observe(messages: ObservedMessage[]): void;
  retract(eventId: string): void;
  account(): string | undefined;
  pathname(): string;
  /** a send from this compose was logged (the button shows it) */
  onLogged(key: string, source: 'auto' | 'button'): void;
  now?: () => number;
  /** snippets on (ctx.snippets); off when absent */
  snippets?: () => boolean;
}

const TOAST_GRACE_MS = 1_500;
const UNDO_WINDOW_MS = 35_000;
const sameSet = (a: Person[], b: Person[]): boolean => {
  const x = a.map((p) => p.email?.toLowerCase()).sort().join(',');
  return x !== '' && x === b.map((p) => p.email?.toLowerCase()).sort().join(',');
};

export class SendWatcher {
  private readonly intents;
  private readonly armed = new Set<string>();
  private recent: { eventId: string; messageId?: string; to: Person[]; at: number }[] = [];
  /** intents undone before any confirmation: a late network echo must not log them */
  private undone: { draftId?: string | undefined; to: Person[]; at: number }[] = [];
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly now: () => number;

  constructor(private readonly deps: SendsDeps) {
    this.now = deps.now ?? Date.now;
    this.intents = createIntentTracker<Snap>('gmail', { ttlMs: 60_000, now: this.now });
  }

  /** The user pressed Send (or its shortcut) in this compose. */
  intent(snapshot: ComposeSnapshot, root: Element): Intent<Snap> {
    // The compose closes right after Send: its body can only be read now.
    const snippet = snippetIn(root, GMAIL.body, this.deps.snippets);
    return this.intents.begin(snapshot.key, { ...snapshot, root, ...(snippet && { snippet }) }, this.now());
  }

  /** The inline button: the next confirmed send from this compose is a follow-up. */
  arm(key: string): void {
    this.armed.add(key);
  }
  isArmed(key: string): boolean {
    return this.armed.has(key);
  }

  /** A send waits for its confirmation: only then can a toast or an alert dialog matter. */
  awaiting(): boolean {
    return this.intents.pending().length > 0;
  }

  /** Gmail refused the send (an alert dialog): drop the latest intent. */
  refused(): void {
    const last = this.intents.pending().at(-1);
    if (last) this.intents.cancel(last.key);
  }

  onNetwork(obs: SendObservation): void {
    const to = obs.to.map((p) => ({ ...p, email: p.email.toLowerCase() }));
    const intent =
      this.intents.take((i) => !!i.snapshot.draftId && i.snapshot.draftId === obs.messageId) ??
      this.intents.take((i) => !!i.snapshot.threadId && i.snapshot.threadId === obs.threadId) ??
      this.intents.take((i) => sameSet(i.snapshot.to, to));
    if (!intent) {
      // Already logged from its toast, undone, or a network retry of the same send.
      const t = this.now();
      const wasUndone = (u: { draftId?: string | undefined; to: Person[]; at: number }): boolean =>
        t - u.at < UNDO_WINDOW_MS * 2 && (u.draftId ? u.draftId === obs.messageId : sameSet(u.to, to));
      if (this.undone.some(wasUndone)) return;
      if (this.recent.some((r) => r.messageId === obs.messageId || (!r.messageId && t - r.at < UNDO_WINDOW_MS && sameSet(r.to, to)))) return;
    }
    const snap = intent?.snapshot;
    const linked = snap?.threadUrl.includes('#all/') ? snap.threadUrl : threadUrl(this.deps.pathname(), obs.legacyId);
    const threadId = snap?.threadId?.startsWith('thread-f:') ? snap.threadId : obs.threadId ?? snap?.threadId;
    this.log(intent, {
      eventId: intent?.eventId ?? stableEventId('gmail', obs.messageId),
      messageId: obs.messageId, at: obs.at, to: to.length ? to : snap?.to ?? [],
      subject: obs.subject || snap?.subject, threadId, threadUrl: linked, scheduled: obs.scheduled, snippet: snap?.snippet,
    });
  }

  /** A "sent" toast (with its View message link) appeared. */
  onToast(): void {
    if (!this.intents.pending().length) return;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.toastTimer = undefined;
      const intent = this.intents.take((i) => !i.snapshot.root.isConnected);
      if (!intent) return;
      const s = intent.snapshot;
      this.log(intent, {
        eventId: intent.eventId, at: intent.at, to: s.to, subject: s.subject, threadId: s.threadId, threadUrl: s.threadUrl, scheduled: false, snippet: s.snippet,
      });
    }, TOAST_GRACE_MS);
  }

  /** Undo on the sent toast: forget a send not yet logged, retract the last one logged. */
  onUndo(): void {
    clearTimeout(this.toastTimer);
    this.toastTimer = undefined;
    // Sent (its compose closed) but not confirmed yet: never log it.
    const intent = this.intents.take((i) => !i.snapshot.root.isConnected);
    if (intent) {
      this.undone = [...this.undone.slice(-9), { draftId: intent.snapshot.draftId, to: intent.snapshot.to, at: this.now() }];
      return;
    }
    const t = this.now();
    const last = this.recent.filter((r) => t - r.at < UNDO_WINDOW_MS).at(-1);
    if (!last) return;
    this.recent = this.recent.filter((r) => r !== last);
    this.deps.retract(last.eventId);
  }

  stop(): void {
    clearTimeout(this.toastTimer);
  }

  private log(
    intent: Intent<Snap> | undefined,
    m: {
      eventId: string; messageId?: string; at: number; to: Person[]; subject?: string | undefined;
      threadId?: string | undefined; threadUrl: string; scheduled: boolean; snippet?: string | undefined;
    },
  ): void {
    const key = intent?.key;
    const source = key && this.armed.has(key) ? 'button' : 'auto';
    if (key) this.armed.delete(key);
    const account = this.deps.account();
    const msg: ObservedMessage = {
      eventId: m.eventId, site: 'gmail', direction: 'out', at: m.at, to: m.to.slice(0, 100),
      threadUrl: m.threadUrl, source,
    };
    if (m.messageId) msg.messageId = m.messageId;
    if (m.subject) msg.subject = m.subject.slice(0, 500);
    if (m.threadId) msg.threadId = m.threadId;
    if (m.scheduled) msg.scheduled = true;
    if (m.snippet) msg.snippet = m.snippet;
    if (account) msg.account = { email: account };
    this.recent = [...this.recent.slice(-9), { eventId: m.eventId, messageId: m.messageId, to: m.to, at: this.now() }];
    this.deps.observe([msg]);
    if (key) this.deps.onLogged(key, source);
  }
}
