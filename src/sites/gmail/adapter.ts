// The Gmail adapter: wires intents (intents.ts), confirmations (the
// page-world network watch, the toast), thread views (thread-view.ts) and
// the compose buttons (composes.ts) to the adapter context. Works from
// MutationObserver records (batch.ts) only, never throws into the page, and
// tears down on ctx.signal.
import type { AdapterContext, SiteAdapter } from '../adapter';
import { INJECTED_SELECTOR } from '../shared/inline-button';
import { observeWhileActive } from '../shared/active-observer';
import { listenToPage } from '../shared/bridge';
import { onFirstFrame } from '../shared/first-frame';
import { createHealthTracker, sendUnrecognized } from '../shared/health';
import { closestAny, findAll, findFirst } from '../shared/selectors';
import { GMAIL } from './selectors';
import { readAccount } from './account';
import { createBatcher } from './batch';
import { emailIn } from './ids';
import { composeRootOf } from './compose';
import { createComposes } from './composes';
import { guard } from './guard';
import { watchIntents } from './intents';
import { asGmailPost, GMAIL_BRIDGE } from './network';
import { SendWatcher } from './send';
import { createThreadView } from './thread-view';

/** How often, at most, a flush looks for the account button when the title had no address. */
const ACCOUNT_RETRY_MS = 2_000;
/** The start-up scan runs in the first frame after parsing, or after this long when no frame comes (a hidden tab). */
const SCAN_TIMEOUT_MS = 300;

export function startGmail(ctx: AdapterContext, doc: Document = document): void {
  const { signal } = ctx;
  const pathname = (): string => doc.location?.pathname ?? '/mail/u/0/';
  // The title (page data Gmail keeps in every language) names the account,
  // else the sender of a send request; the account button is the fallback.
  let account = readAccount(doc);
  const getAccount = (): string | undefined => (account ??= readAccount(doc));
  const health = createHealthTracker(ctx.health, { signal });
  health.set({ adapter: true, account: !!account });
  const composes = createComposes(ctx, { health, sends: () => sends, pathname });
  const sends = new SendWatcher({
    observe: ctx.observe, retract: ctx.retract, account: getAccount, pathname, snippets: ctx.snippets,
    onLogged: (key) => composes.logged(key),
  });
  const threads = createThreadView(ctx, { health, account: getAccount, pathname });

  listenToPage(GMAIL_BRIDGE, signal, (p) => {
    const post = asGmailPost(p);
    if (post?.kind === 'send') {
      // The sender may be an alias: it names the account only when the page did not.
      if (!getAccount() && post.from) {
        account = post.from.toLowerCase();
        health.set({ account: true });
      }
      sends.onNetwork(post);
    } else if (post?.kind === 'replies') threads.fetched(post.messages);
    else if (post?.kind === 'unrecognized') sendUnrecognized(health);
  });
  watchIntents(doc, { signal, health, sends, pathname });

  /** Everything one added subtree (or, at start, the whole page) holds. */
  const handleAdded = (el: Element): void => {
    if (el.closest(INJECTED_SELECTOR)) return;
    const hasKids = el.firstElementChild !== null;
    if (sends.awaiting()) {
      if (closestAny(el, GMAIL.toast) && (closestAny(el, GMAIL.toastView) || (hasKids && findFirst(el, GMAIL.toastView)))) sends.onToast();
      if (closestAny(el, GMAIL.refusal) || (hasKids && findFirst(el, GMAIL.refusal))) sends.refused();
    }
    const buttons = (closestAny(el, GMAIL.sendButton) ? [el] : hasKids ? findAll(el, GMAIL.sendButton) : []).filter((b) => !b.closest(INJECTED_SELECTOR));
    for (const b of buttons) composes.mount(b);
    if (!buttons.length && hasKids) {
      // A compose whose Send button no selector finds: say so.
      const field = findFirst(el, GMAIL.subject) ?? findFirst(el, ['[name=to]']);
      const root = field && composeRootOf(field);
      if (root && !findFirst(root, GMAIL.sendButton)) health.set({ sendButton: false });
    }
    if (el.closest('[name=to]')) {
      const root = composeRootOf(el);
      if (root) composes.refresh(root);
    }
    threads.added(el);
  };
  /** Composes and conversations no longer on the page let go of their buttons. */
  const dropGone = (): void => {
    composes.dropGone();
    threads.removed();
  };

  // The title is cheap to read on every batch; the account button is searched
  // over the whole document, so only every ACCOUNT_RETRY_MS.
  let accountTriedAt = Date.now();
  const accountDue = (): boolean => {
    const now = Date.now();
    if (now - accountTriedAt < ACCOUNT_RETRY_MS) return false;
    accountTriedAt = now;
    return true;
  };
  const onRecords = createBatcher({
    signal, handle: handleAdded, awaiting: () => sends.awaiting(), removed: dropGone,
    after: () => {
      if (!account && (emailIn(doc.title) || accountDue()) && getAccount()) health.set({ account: true });
    },
  });
  signal.addEventListener('abort', () => {
    sends.stop();
    composes.stop();
  }, { once: true });
  // The page as it is now: one scan, then mutation records while the user is
  // active, and the same scan each time observing resumes.
  const scan = guard(() => {
    if (signal.aborted || !doc.body) return;
    dropGone(); // removals while nobody watched left no records
    handleAdded(doc.body);
    // started before the title was parsed: the account shows up here
    if (!account && getAccount()) health.set({ account: true });
  });
  observeWhileActive(doc, { signal, onRecords, resume: scan });
  onFirstFrame(doc, scan, { signal, timeoutMs: SCAN_TIMEOUT_MS });
}

export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  start(ctx) {
    startGmail(ctx);
  },
};
