// LinkedIn messaging adapter (www.linkedin.com/messaging/ and the chat
// pop-ups on every page). The site's own messenger traffic, seen by the page
// script, is the first source (wired in wire-network.ts); the page's markup
// adds intents and is the fallback. Watches the document and the open
// shadow root that holds the 2026 pop-up, from MutationObserver records.
import type { SiteAdapter, AdapterContext } from '../adapter';
import type { Person } from '../../messaging/protocol';
import { createHealthTracker } from '../shared/health';
import { findFirst, mayHold, selfAndAll } from '../shared/selectors';
import { createButtons } from './buttons';
import { keyOf } from '../shared/element-keys';
import { conversationOf, isMessageForm, readAccount, readMessages, readParticipant, readThreadId } from './page';
import { createReplyWatcher } from './replies';
import { linkedinSelectors as S } from './selectors';
import { createSendDetector } from './send';
import { readUntilFound } from '../shared/retry';
import { createDirectory } from './directory';
import { createNetworkReplies } from './network-replies';
import { watchShadowRoots } from './shadow';
import { wireNetwork } from './wire-network';
import { listenForIntents } from './listen-intents';

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
  /** after this, a conversation page without a message box counts as degraded (ms) */
  healthCheckMs?: number;
}

export function createLinkedinAdapter(opts: LinkedinOptions = {}): SiteAdapter {
  return { site: 'linkedin', start: (ctx) => start(ctx, opts) };
}

const path = (): string => location.pathname;

function start(ctx: AdapterContext, opts: LinkedinOptions): void {
  const { signal } = ctx;
  const delay = opts.delayMs ?? 300;
  const health = createHealthTracker(ctx.health, { signal, delayMs: delay });
  const dir = createDirectory();
  // Until found, the account is looked up over the whole document at most every 2 s.
  const fromPage = readUntilFound((): Person | undefined => readAccount(document));
  const getAccount = (): Person | undefined => fromPage() ?? dir.account();

  const send = createSendDetector(ctx, { settleMs: opts.settleMs, onLogged: (k) => buttons.logged(k) });
  const replies = createReplyWatcher({ ctx, account: getAccount, path });
  const netReplies = createNetworkReplies(ctx, dir);
  const buttons = createButtons(ctx, send, replies);

  listenForIntents({ ctx, send, account: getAccount, path, onClick: () => shadows.check() });

  // Reply scans wait for the conversation to settle (messages render in bursts).
  // Where the network gave the thread's messages and the page shows no message
  // ids to match them by, the page is not read (it would log them twice).
  const dirty = new Set<Element>();
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const readable = (c: Element): boolean =>
    c.isConnected && (!netReplies.covered(readThreadId(c, path())) || findFirst(c, S.message.slice(0, 1)) !== null);
  const scanLater = (conv: Element): void => {
    dirty.add(conv);
    scanTimer ??= setTimeout(() => {
      scanTimer = undefined;
      for (const c of dirty) if (readable(c)) void replies.scan(c).catch(() => 0);
      dirty.clear();
    }, delay);
  };
  signal.addEventListener('abort', () => clearTimeout(scanTimer), { once: true });

  let sawConversation = false;
  const visit = (root: Element, added: boolean): void => {
    for (const form of selfAndAll(root, S.form)) {
      if (!isMessageForm(form, path())) continue;
      const conv = conversationOf(form);
      // A new message (no thread yet: compose) has no participant or messages to find.
      const isNew = conv !== null && readThreadId(conv, path()) === undefined;
      sawConversation ||= conv !== null && !isNew;
      health.set({
        messageBox: true,
        sendButton: findFirst(form, S.sendButton) !== null,
        conversation: conv !== null,
        participant: conv !== null && (isNew || readParticipant(conv) !== undefined),
        messages: conv !== null && (isNew || findFirst(conv, S.messageList) !== null),
      });
      // Missing only at the page's check below: the network may still name it.
      if (conv && getAccount()) health.set({ account: true });
      buttons.forForm(form, conv);
      if (conv) {
        buttons.forConversation(conv);
        scanLater(conv);
      }
    }
    const byConv = new Map<Element, Set<Element>>();
    for (const item of selfAndAll(root, S.message)) {
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

  // Every role visit() looks for, and the pop-up's host: a subtree with none is skipped.
  const shadows = watchShadowRoots((root) => {
    observer.observe(root, { childList: true, subtree: true });
    safely(() => { for (const el of root.children) visit(el, false); });
  });
  const relevant = mayHold(S.form, S.message, [shadows.host]);
  const observer = new MutationObserver((records) => safely(() => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element) || !relevant(node)) continue;
        if (node.getRootNode() === document) shadows.check();
        visit(node, true);
      }
    }
  }));
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  wireNetwork({ ctx, send, dir, netReplies, health, shadows, path, account: getAccount });
  safely(() => {
    shadows.check();
    visit(document.body, false);
  });
  // Once the page has rendered: a conversation page must show a message box,
  // and an open conversation needs the account (from the page or the network).
  const timer = setTimeout(() => safely(() => {
    const roots = [document, ...shadows.roots()];
    // Checked, even where no role belongs (a profile page): "working", not "not checked yet".
    health.set({ adapter: true });
    if (sawConversation) health.set({ account: getAccount() !== undefined || dir.accountUrn() !== undefined });
    if (!path().startsWith('/messaging/thread/') || roots.some((r) => findFirst(r, S.messageBox))) return;
    health.set({ messageBox: false, sendButton: false, conversation: false, messages: false });
  }), opts.healthCheckMs ?? 5_000);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

export const linkedinAdapter: SiteAdapter = createLinkedinAdapter();
