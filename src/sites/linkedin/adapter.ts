// LinkedIn messaging adapter (www.linkedin.com/messaging/ and the chat
// overlays on every page). Wires the send detector, reply watcher, inline
// buttons and health to the page, working from MutationObserver records.
import type { SiteAdapter, AdapterContext } from '../adapter';
import type { Person } from '../../messaging/protocol';
import { listenToPage } from '../shared/bridge';
import { createHealthTracker } from '../shared/health';
import { closestAny, findFirst, mayHold, selfAndAll } from '../shared/selectors';
import { createButtons } from './buttons';
import { keyOf } from '../shared/element-keys';
import { asLinkedinSent, LINKEDIN_BRIDGE } from './network';
import { conversationOf, readAccount, readMessages, readParticipant, readThreadId, threadUrlOf } from './page';
import { createReplyWatcher } from './replies';
import { linkedinSelectors as S } from './selectors';
import { createSendDetector } from './send';
import { snippetIn } from '../shared/snippet';
import { readUntilFound } from '../shared/retry';

function safely(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    console.debug('[nudgeline] linkedin adapter', err);
  }
}

export interface LinkedinOptions {
  /** wait for the network confirmation's companion DOM message (ms) */
  settleMs?: number;
  /** debounce for health reports and reply scans (ms) */
  delayMs?: number;
  /** after this, a messaging page without a message box counts as degraded (ms) */
  healthCheckMs?: number;
}

export function createLinkedinAdapter(opts: LinkedinOptions = {}): SiteAdapter {
  return { site: 'linkedin', start: (ctx) => start(ctx, opts) };
}

function start(ctx: AdapterContext, opts: LinkedinOptions): void {
  const { signal } = ctx;
  const delay = opts.delayMs ?? 300;
  const health = createHealthTracker(ctx.health, { signal, delayMs: delay });
  // Until found, the account is looked up over the whole document at most every 2 s.
  const getAccount = readUntilFound((): Person | undefined => readAccount(document));

  const send = createSendDetector(ctx, { settleMs: opts.settleMs, onLogged: (k) => buttons.logged(k) });
  const replies = createReplyWatcher({ ctx, account: getAccount, path: () => location.pathname });
  const buttons = createButtons(ctx, send, replies);

  const snapshot = (form: Element, via: 'click' | 'key'): void => {
    const conv = conversationOf(form);
    const person = conv ? readParticipant(conv) : undefined;
    const threadId = conv ? readThreadId(conv, location.pathname) : undefined;
    const acct = getAccount();
    // The box empties right after the send: its text can only be read now.
    const snippet = person ? snippetIn(form, S.messageBox, ctx.snippets) : undefined;
    send.intent(keyOf(form), {
      to: person ? [person] : [], convKey: conv ? keyOf(conv) : keyOf(form), via,
      ...(threadId && { threadId, threadUrl: threadUrlOf(threadId) }),
      ...(acct && { account: acct }),
      ...(snippet && { snippet }),
    });
  };

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const button = closestAny(target, S.sendButton);
    const form = button && closestAny(button, S.form);
    if (form) snapshot(form, 'click');
  }, { capture: true, signal });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing) return;
    const target = e.target instanceof Element ? e.target : null;
    const box = closestAny(target, S.messageBox);
    const form = box && closestAny(box, S.form);
    if (form) snapshot(form, 'key');
  }, { capture: true, signal });

  listenToPage(LINKEDIN_BRIDGE, signal, (data) => {
    const sent = asLinkedinSent(data);
    if (sent) send.onNetwork(sent);
  });

  // Reply scans wait for the conversation to settle (messages render in bursts).
  const dirty = new Set<Element>();
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const scanLater = (conv: Element): void => {
    dirty.add(conv);
    scanTimer ??= setTimeout(() => {
      scanTimer = undefined;
      for (const c of dirty) if (c.isConnected) void replies.scan(c).catch(() => 0);
      dirty.clear();
    }, delay);
  };
  signal.addEventListener('abort', () => clearTimeout(scanTimer), { once: true });

  const visit = (root: Element, added: boolean): void => {
    for (const form of selfAndAll(root, S.form)) {
      const conv = conversationOf(form);
      health.set({
        messageBox: findFirst(form, S.messageBox) !== null,
        sendButton: findFirst(form, S.sendButton) !== null,
        conversation: conv !== null,
        participant: conv !== null && readParticipant(conv) !== undefined,
        messages: conv !== null && findFirst(conv, S.messageList) !== null,
        account: getAccount() !== undefined,
      });
      buttons.forForm(form, conv);
      if (conv) {
        buttons.forConversation(conv);
        scanLater(conv);
      }
    }
    const items = selfAndAll(root, S.message);
    const byConv = new Map<Element, Set<Element>>();
    for (const item of items) {
      const conv = conversationOf(item);
      if (conv) byConv.set(conv, (byConv.get(conv) ?? new Set()).add(item));
    }
    for (const [conv, set] of byConv) {
      // Re-read the conversation only when a send from it awaits its message.
      if (added && send.expects(keyOf(conv))) {
        for (const m of readMessages(conv, getAccount())) {
          if (m.fromOther === false && set.has(m.el)) send.onOwnMessage(keyOf(conv), m.messageId);
        }
      }
      scanLater(conv);
    }
  };

  safely(() => visit(document.body, false));
  // Once the page has rendered: the account must be known, and the messaging
  // page must show a message box; if not, say so (once, not per mutation).
  const timer = setTimeout(() => safely(() => {
    health.set({ account: getAccount() !== undefined });
    if (!location.pathname.startsWith('/messaging') || findFirst(document, S.form)) return;
    health.set({ messageBox: false, sendButton: false, conversation: false, messages: false });
  }), opts.healthCheckMs ?? 5_000);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  // Every role visit() looks for: a subtree with neither is skipped.
  const relevant = mayHold(S.form, S.message);
  const observer = new MutationObserver((records) => safely(() => {
    for (const r of records) {
      for (const node of r.addedNodes) if (node instanceof Element && relevant(node)) visit(node, true);
    }
  }));
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

export const linkedinAdapter: SiteAdapter = createLinkedinAdapter();
