// A page like Gmail re-renders all day on its own (new mail in the list,
// chat presence, relative dates) while the user reads or is away, and every
// change observed costs the page's main thread. What an adapter looks for (a
// compose, a conversation, a "sent" toast) appears because the user did
// something, so the MutationObserver is attached only while the user is
// active and for `activeMs` after. Each time it is attached again, one
// catch-up pass (`resume`) looks at the page as it is now; a few passes after
// start cover what the site renders by itself while it loads.
import { whenParsed } from './first-frame';

// click and mousedown too: assistive tools and scripts click without a pointerdown.
const ACTIVITY = ['pointerdown', 'pointermove', 'mousedown', 'click', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;
const NAVIGATION = ['hashchange', 'popstate'] as const;

export interface ActiveObserverOptions {
  signal: AbortSignal;
  /** the records, as a MutationObserver callback gets them */
  onRecords(records: MutationRecord[]): void;
  /** one pass over the whole page: after start and when observing resumes */
  resume(): void;
  /** how long after the last activity changes are still observed */
  activeMs?: number;
  /** passes after the document is parsed (ms), for what the site renders while loading */
  startupPassesMs?: readonly number[];
}

export interface ActiveObserver {
  /** is the observer attached right now */
  attached(): boolean;
}

export function observeWhileActive(doc: Document, opts: ActiveObserverOptions): ActiveObserver {
  const { signal } = opts;
  const activeMs = opts.activeMs ?? 15_000;
  const mo = new MutationObserver((records) => opts.onRecords(records));
  let attached = false;
  let lastActive = 0;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (fn: () => void, ms: number): void => {
    const id = setTimeout(() => {
      timers.delete(id);
      if (!signal.aborted) fn();
    }, ms);
    timers.add(id);
  };

  const detach = (): void => {
    if (!attached) return;
    const rest = mo.takeRecords();
    mo.disconnect();
    attached = false;
    if (rest.length) opts.onRecords(rest);
  };
  // One timer for the whole active period, however many events reset it.
  const checkIdle = (): void => {
    idleTimer = undefined;
    const quietFor = Date.now() - lastActive;
    if (quietFor >= activeMs) detach();
    else idleTimer = setTimeout(checkIdle, activeMs - quietFor);
  };
  const touch = (): void => {
    if (signal.aborted) return;
    lastActive = Date.now();
    if (!attached && doc.body) {
      mo.observe(doc.body, { childList: true, subtree: true });
      attached = true;
      // What appeared while nobody watched; after this event's own handlers.
      later(opts.resume, 0);
    }
    idleTimer ??= setTimeout(checkIdle, activeMs);
  };

  const listen = { capture: true, passive: true, signal } as const;
  for (const type of ACTIVITY) doc.addEventListener(type, touch, listen);
  for (const type of NAVIGATION) doc.defaultView?.addEventListener(type, touch, listen);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'visible') touch();
  }, listen);
  // Counted from the end of parsing: a script started at document_start
  // would otherwise spend its passes while the page is still arriving.
  const passes = (): void => {
    for (const ms of opts.startupPassesMs ?? [1_000, 3_000, 8_000]) later(opts.resume, ms);
  };
  whenParsed(doc, passes, signal);
  signal.addEventListener('abort', () => {
    mo.disconnect();
    attached = false;
    clearTimeout(idleTimer);
    for (const id of timers) clearTimeout(id);
  }, { once: true });
  return { attached: () => attached };
}
