// Thread views: when messages appear (from mutation records), observe the
// incoming ones once, report the thread/messages roles, and put a "Track
// this conversation" button by the subject heading.
import type { AdapterContext } from '../adapter';
import { mountLogButton } from '../shared/inline-button';
import type { HealthTracker } from '../shared/health';
import { findFirst, selfOrFirst } from '../shared/selectors';
import { GMAIL } from './selectors';
import type { RepliesObservation } from './network';
import { importThread, incomingFromNetwork, incomingIn, threadContextOf } from './threads';

const MAX_UP = 14;
const CHUNK = 200;

/** The element holding both the heading and the messages. */
function threadRootOf(heading: Element): Element {
  let node: Element | null = heading.parentElement;
  for (let i = 0; node && i < MAX_UP; i++, node = node.parentElement) {
    if (findFirst(node, GMAIL.messages)) return node;
  }
  return heading.parentElement ?? heading;
}

export function createThreadView(
  ctx: AdapterContext,
  deps: { health: HealthTracker; account(): string | undefined; pathname(): string },
): { added(el: Element): void; removed(): void; fetched(messages: RepliesObservation['messages']): void } {
  const seen = new Set<string>();
  const buttons = new Map<Element, AbortController>();

  const observe = (messages: ReturnType<typeof importThread>): void => {
    for (let i = 0; i < messages.length; i += CHUNK) ctx.observe(messages.slice(i, i + CHUNK));
  };

  /** threadRoot: found by the caller already (a walk up the page). */
  const mountTrack = (heading: Element, threadRoot: Element): void => {
    if (buttons.has(heading)) return;
    const controller = new AbortController();
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    buttons.set(heading, controller);
    const handle = mountLogButton(heading, {
      signal: controller.signal, label: 'trackThisConversation', position: 'after',
      onPress: () => {
        const root = threadRootOf(heading);
        const messages = importThread(root, threadContextOf(heading, deps.pathname()), deps.account(), Date.now());
        if (!messages.length) return handle.setState('error');
        observe(messages);
        handle.setState('logged');
      },
    });
    const senders = importThread(threadRoot, threadContextOf(heading, deps.pathname()), deps.account(), Date.now())
      .flatMap((m) => (m.direction === 'in' && m.from ? [m.from] : []));
    if (senders.length) {
      ctx.lookup(senders).then((tracked) => {
        if (!controller.signal.aborted) handle.setState(tracked.some(Boolean) ? 'tracked' : 'untracked');
      }, () => undefined);
    }
  };

  return {
    /** A conversation's data arrived over the network: its replies, before (or without) the page showing them. */
    fetched(messages) {
      const fresh = incomingFromNetwork(messages, deps.pathname(), deps.account(), seen, Date.now());
      if (fresh.length) observe(fresh);
    },
    added(el) {
      // One query per selector: a miss on the whole page costs tens of µs
      // (a joined list would cost far more; see joinSelectors).
      const heading = selfOrFirst(el, GMAIL.threadSubject);
      const msgEl = selfOrFirst(el, GMAIL.messages);
      if (heading) {
        const root = threadRootOf(heading);
        const hasMessages = !!findFirst(root, GMAIL.messages);
        deps.health.set({ thread: !!findFirst(heading.parentElement ?? heading, GMAIL.thread), messages: hasMessages });
        if (hasMessages) mountTrack(heading, root);
      }
      if (!msgEl) return;
      deps.health.set({ messages: true });
      const thread = threadContextOf(msgEl, deps.pathname());
      if (thread.heading) deps.health.set({ thread: !!thread.threadId });
      const fresh = incomingIn(el, thread, deps.account(), seen, Date.now(), ctx.snippets);
      if (fresh.length) observe(fresh);
    },
    removed() {
      for (const [heading, c] of buttons) if (!heading.isConnected) { c.abort(); buttons.delete(heading); }
    },
  };
}
