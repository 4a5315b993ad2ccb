// The Gmail adapter: wires intents (clicks, shortcuts), confirmations (the
// page-world network watch, the toast), thread views and the inline buttons
// to the adapter context. Works from MutationObserver records only, never
// throws into the page, and tears down on ctx.signal.
import type { AdapterContext, SiteAdapter } from '../adapter';
import { INJECTED_SELECTOR } from '../../content/inline-button';
import { observeWhileActive } from '../shared/active-observer';
import { listenToPage } from '../shared/bridge';
import { onFirstFrame } from '../shared/first-frame';
import { createHealthTracker } from '../shared/health';
import { closestAny, findAll, findFirst, joinSelectors, joinedHit } from '../shared/selectors';
import { GMAIL } from './selectors';
import { readAccount } from './account';
import { emailIn } from './ids';
import { composeRootOf, snapshotCompose } from './compose';
import type { ComposeUi } from './compose-ui';
import { mountComposeUi } from './compose-ui';
import type { SendObservation } from './page-watch';
import { SendWatcher } from './sends';
import { createThreadView } from './thread-view';

const BATCH_MS = 60;
/** How often, at most, a flush looks for the account button when the title had no address. */
const ACCOUNT_RETRY_MS = 2_000;
/** The start-up scan runs in the first frame after parsing, or after this long when no frame comes (a hidden tab). */
const SCAN_TIMEOUT_MS = 300;

const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A): void => {
  try {
    fn(...a);
  } catch (err) {
    console.debug('[nudgeline] gmail handler failed', err);
  }
};

function sendButtonOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element) || target.closest(INJECTED_SELECTOR)) return null;
  return closestAny(target, GMAIL.sendButton);
}

export function startGmail(ctx: AdapterContext, doc: Document = document): void {
  const { signal } = ctx;
  const pathname = (): string => doc.location?.pathname ?? '/mail/u/0/';
  let account = readAccount(doc);
  const getAccount = (): string | undefined => (account ??= readAccount(doc));
  const health = createHealthTracker(ctx.health, { signal });
  health.set({ adapter: true, account: !!account });
  const composes = new Map<Element, ComposeUi>();
  const sends = new SendWatcher({
    observe: ctx.observe, retract: ctx.retract, account: getAccount, pathname, snippets: ctx.snippets,
    onLogged: (key) => {
      for (const ui of composes.values()) if (ui.key === key) ui.logged();
    },
  });
  const threads = createThreadView(ctx, { health, account: getAccount, pathname });

  listenToPage('gmail', signal, (p) => {
    if ((p as SendObservation | null)?.kind === 'send') sends.onNetwork(p as SendObservation);
  });

  const intentAt = (root: Element): void => {
    const snap = snapshotCompose(root, pathname());
    health.set({ compose: true, recipients: snap.to.length > 0 || !!findFirst(root, ['[name=to]']), subject: !!findFirst(root, GMAIL.subject) });
    sends.intent(snap, root);
  };
  const onPointer = guard((e: Event) => {
    const undo = e.type === 'click' && e.target instanceof Element ? closestAny(e.target, GMAIL.toastUndo) : null;
    if (undo) {
      const toast = closestAny(undo, GMAIL.toast) ?? undo.parentElement;
      if (toast && findFirst(toast, GMAIL.toastView)) sends.onUndo();
      return;
    }
    const button = sendButtonOf(e.target);
    if (!button) return;
    const root = composeRootOf(button);
    if (root) intentAt(root);
    else health.set({ compose: false });
  });
  const onKey = guard((e: KeyboardEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target || target.closest(INJECTED_SELECTOR)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      const root = composeRootOf(target);
      if (root) intentAt(root);
    } else if ((e.key === 'Enter' || e.key === ' ') && sendButtonOf(target)) {
      const root = composeRootOf(target);
      if (root) intentAt(root);
    } else if (e.key === 'Enter' && closestAny(target, GMAIL.toastUndo)) {
      onPointer(e);
    }
  });
  doc.addEventListener('mousedown', onPointer, { capture: true, signal });
  doc.addEventListener('click', onPointer, { capture: true, signal });
  doc.addEventListener('keydown', onKey, { capture: true, signal });

  const mountCompose = (button: Element): void => {
    const root = composeRootOf(button);
    health.set({ sendButton: true, compose: !!root });
    if (!root) return;
    const existing = composes.get(root);
    if (existing?.handle.host.isConnected) return;
    existing?.controller.abort();
    health.set({ recipients: !!findFirst(root, ['[name=to]', ...GMAIL.to]), subject: !!findFirst(root, GMAIL.subject) });
    const ui = mountComposeUi(root, button, snapshotCompose(root, pathname()).key, {
      signal, lookup: ctx.lookup, arm: (k) => sends.arm(k), isArmed: (k) => sends.isArmed(k),
    });
    composes.set(root, ui);
  };

  // One closest / matches / querySelector each tell whether an added subtree
  // can hold anything handleAdded looks for; most page mutations (list rows,
  // previews) hold nothing, and skip the ~30 ordered per-role lookups.
  const near = joinSelectors(GMAIL.toast, GMAIL.refusal, GMAIL.sendButton, ['[name=to]']);
  const self = joinSelectors(GMAIL.toast, GMAIL.refusal, GMAIL.sendButton, ['[name=to]'], GMAIL.threadSubject, GMAIL.messages);
  const inside = joinSelectors(GMAIL.toastView, GMAIL.refusal, GMAIL.sendButton, GMAIL.subject, ['[name=to]'], GMAIL.threadSubject, GMAIL.messages);
  const toastSel = joinSelectors(GMAIL.toast);
  /**
   * upHit: per flush, whether a parent is inside a toast / compose field.
   * Rows added to one list share their ancestors: one closest() per parent.
   */
  const relevant = (el: Element, upHit: Map<Element, boolean>): boolean => {
    const parent = el.parentElement;
    let up = parent ? upHit.get(parent) : false;
    if (up === undefined && parent) upHit.set(parent, (up = joinedHit(parent, near, 'up')));
    return up || joinedHit(el, self, 'self') || joinedHit(el, inside, 'down');
  };

  /** Everything one added subtree (or, at start, the whole page) holds. */
  const handleAdded = (el: Element): void => {
    if (el.closest(INJECTED_SELECTOR)) return;
    const hasKids = el.firstElementChild !== null;
    if (sends.awaiting()) {
      if (closestAny(el, GMAIL.toast) && (closestAny(el, GMAIL.toastView) || (hasKids && findFirst(el, GMAIL.toastView)))) sends.onToast();
      if (closestAny(el, GMAIL.refusal) || (hasKids && findFirst(el, GMAIL.refusal))) sends.refused();
    }
    const buttons = (closestAny(el, GMAIL.sendButton) ? [el] : hasKids ? findAll(el, GMAIL.sendButton) : []).filter((b) => !b.closest(INJECTED_SELECTOR));
    for (const b of buttons) mountCompose(b);
    if (!buttons.length && hasKids) {
      // A compose whose Send button no selector finds: say so.
      const field = findFirst(el, GMAIL.subject) ?? findFirst(el, ['[name=to]']);
      const root = field && composeRootOf(field);
      if (root && !findFirst(root, GMAIL.sendButton)) health.set({ sendButton: false });
    }
    if (el.closest('[name=to]')) {
      const root = composeRootOf(el);
      if (root) composes.get(root)?.refresh();
    }
    threads.added(el);
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
  let pending = new Set<Element>();
  /** parents of added text nodes, and targets of removals: checked once per batch */
  let textParents = new Set<Element>();
  let removedFrom = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Composes and conversations no longer on the page let go of their buttons. */
  const dropGone = (): void => {
    for (const [root, ui] of composes) if (!root.isConnected) { ui.controller.abort(); composes.delete(root); }
    threads.removed();
  };
  const flush = guard(() => {
    timer = undefined;
    const batch = pending;
    // Text changes matter only inside the toast ("Sending…" → "Message sent"),
    // and only while a send waits for its confirmation.
    if (textParents.size && sends.awaiting()) for (const el of textParents) if (joinedHit(el, toastSel, 'up')) batch.add(el);
    // A recipient chip removed: re-check the button's tracked state.
    for (const n of removedFrom) if (n instanceof Element && n.closest('[name=to]')) batch.add(n);
    pending = new Set();
    textParents = new Set();
    removedFrom = new Set();
    const upHit = new Map<Element, boolean>();
    for (const el of batch) {
      // Cheap filter first; only a relevant element looks for an added ancestor
      // (which, being relevant too, covers it).
      if (!el.isConnected || !relevant(el, upHit)) continue;
      let up = el.parentElement;
      while (up && !batch.has(up)) up = up.parentElement;
      if (!up) handleAdded(el);
    }
    if (removed) {
      removed = false;
      dropGone();
    }
    if (!account && (emailIn(doc.title) || accountDue()) && getAccount()) health.set({ account: true });
  });
  // Runs after every page task that changed the DOM while the user is active
  // (observeWhileActive): it only collects, with index loops and no selector
  // work; flush() looks at each node once.
  const onRecords = guard((records: MutationRecord[]) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const added = r.addedNodes;
      for (let j = 0; j < added.length; j++) {
        const n = added[j]!;
        if (n.nodeType === 1) pending.add(n as Element);
        else if (n.nodeType === 3 && n.parentElement) textParents.add(n.parentElement);
      }
      if (r.removedNodes.length) {
        removed = true;
        removedFrom.add(r.target);
      }
    }
    timer ??= setTimeout(flush, BATCH_MS);
  });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    sends.stop();
    for (const ui of composes.values()) ui.controller.abort();
    composes.clear();
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
