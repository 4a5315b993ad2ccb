// Outlook on the web adapter (outlook.office.com, outlook.office365.com,
// outlook.live.com): sends and conversation loads seen by the page-world
// script first; intents from any compose, replies in the reading pane as the
// fallback, the inline buttons and health, from MutationObserver records.
import type { SiteAdapter, AdapterContext } from '../adapter';
import type { Person } from '../../messaging/protocol';
import { listenToPage } from '../shared/bridge';
import { createHealthTracker, sendUnrecognized } from '../shared/health';
import { closestAny, findFirst, matchesAny, mayHold, selfAndAll } from '../shared/selectors';
import { keyOf } from '../shared/element-keys';
import { createOutlookButtons } from './buttons';
import { asOutlookReport, OUTLOOK_BRIDGE, type NetMessage } from './network';
import { composeOf, readAccount, readConvId, readSubject, readTo, threadUrlOf } from './page';
import { createOutlookReplies } from './replies';
import { outlookSelectors as S } from './selectors';
import { createOutlookSendDetector } from './send';
import { checkView } from './view-health';
import { snippetIn } from '../shared/snippet';
import { readUntilFound } from '../shared/retry';

function safely(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    console.debug('[nudgeline] outlook adapter', err);
  }
}

export interface OutlookOptions {
  /** debounce for health reports and reading-pane scans (ms) */
  delayMs?: number;
  /** after this, an open editor or conversation whose roles were not found counts as degraded (ms) */
  healthCheckMs?: number;
  /** how long a closed compose waits for its send request before the page confirms it (ms) */
  graceMs?: number;
}

export function createOutlookAdapter(opts: OutlookOptions = {}): SiteAdapter {
  return { site: 'outlook', start: (ctx) => start(ctx, opts) };
}

function start(ctx: AdapterContext, opts: OutlookOptions): void {
  const { signal } = ctx;
  const delay = opts.delayMs ?? 300;
  const health = createHealthTracker(ctx.health, { signal, delayMs: delay });
  // Until found, the account is looked up over the whole document at most every 2 s.
  const getAccount = readUntilFound((): Person | undefined => readAccount(document));

  const send = createOutlookSendDetector(ctx, {
    onLogged: (k) => buttons.logged(k), account: getAccount, graceMs: opts.graceMs,
    threadUrl: (id) => threadUrlOf(location.origin, id),
  });
  const replies = createOutlookReplies({ ctx, account: getAccount, origin: location.origin });
  const buttons = createOutlookButtons(ctx, send, replies, keyOf);

  const snapshot = (compose: Element): void => {
    const convId = readConvId(compose, document);
    const subject = readSubject(compose);
    const acct = getAccount();
    const to = readTo(compose);
    // The compose closes right after the send: its body can only be read now.
    const snippet = snippetIn(compose, S.body, ctx.snippets);
    send.intent(keyOf(compose), {
      compose, to,
      ...(subject && { subject }),
      ...(convId && { convId, threadUrl: threadUrlOf(location.origin, convId) }),
      ...(acct && { account: acct }),
      ...(snippet && { snippet }),
    });
  };

  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? closestAny(e.target, S.sendButton) : null;
    const compose = button && composeOf(button);
    if (compose && findFirst(compose, S.sendButton) === button) snapshot(compose);
  }, { capture: true, signal });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.isComposing) return;
    const compose = e.target instanceof Element ? composeOf(e.target) : null;
    if (compose) snapshot(compose);
  }, { capture: true, signal });

  // Replies from a load that came before the mailbox's address was on the page wait for it (a few tries).
  const netReplies = (items: NetMessage[], tries = 0): void => {
    if (signal.aborted) return;
    if (getAccount() || tries >= 5) void replies.fromNetwork(items).catch(() => 0);
    else setTimeout(() => netReplies(items, tries + 1), 2_000);
  };
  listenToPage(OUTLOOK_BRIDGE, signal, (data) => {
    const report = asOutlookReport(data);
    if (report) send.pageWorld();
    if (report?.type === 'unrecognized') {
      sendUnrecognized(health);
      send.unrecognized();
    } else if (report?.type === 'messages') netReplies(report.items);
    else if (report?.type === 'sent' || report?.type === 'refused') send.onNetwork(report);
  });

  const dirty = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scanLater = (conv: Element): void => {
    dirty.add(conv);
    timer ??= setTimeout(() => {
      timer = undefined;
      for (const c of dirty) if (c.isConnected) void replies.scan(c).catch(() => 0);
      dirty.clear();
    }, delay);
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const visit = (root: Element): void => {
    if (matchesAny(root, S.errorDialog) || findFirst(root, S.errorDialog)) send.refused();
    const sendButtons = selfAndAll(root, S.sendButton);
    const composes = new Set([...selfAndAll(root, S.compose), ...sendButtons.map(composeOf)].filter((c): c is Element => c !== null));
    for (const compose of composes) {
      health.set({
        compose: true,
        sendButton: findFirst(compose, S.sendButton) !== null,
        recipients: findFirst(compose, S.toWell) !== null,
        account: getAccount() !== undefined,
      });
      buttons.forCompose(compose);
    }
    const chipCompose = matchesAny(root, S.chip) ? composeOf(root) : null;
    if (chipCompose) buttons.recipientsChanged(chipCompose);
    for (const conv of selfAndAll(root, S.conversation)) {
      if (!findFirst(conv, S.item)) continue;
      health.set({ conversation: true, messages: true, account: getAccount() !== undefined });
      buttons.forConversation(conv);
      scanLater(conv);
    }
    const items = selfAndAll(root, S.item);
    if (items.length) {
      const conv = closestAny(items[0]!, S.conversation);
      if (conv) scanLater(conv);
    }
  };

  safely(() => visit(document.body));
  const check = setTimeout(() => safely(() => checkView(document, health, getAccount() !== undefined)), opts.healthCheckMs ?? 5_000);
  signal.addEventListener('abort', () => clearTimeout(check), { once: true });

  // Every role visit() looks for: a subtree with none of them is skipped.
  const relevant = mayHold(S.errorDialog, S.sendButton, S.compose, S.chip, S.conversation, S.item);
  const observer = new MutationObserver((records) => safely(() => {
    let removed = false;
    for (const r of records) {
      if (r.removedNodes.length) removed = true;
      for (const node of r.addedNodes) if (node instanceof Element && relevant(node)) visit(node);
    }
    if (removed) send.onRemoval(() => findFirst(document, S.errorDialog) !== null);
  }));
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

export const outlookAdapter: SiteAdapter = createOutlookAdapter();
