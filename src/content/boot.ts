// Starts one site adapter inside the page. Never throws into the page: every
// failure is caught here and reported as degraded health instead.
import type { SiteAdapter, AdapterContext } from '../sites/adapter';
import { extensionAlive, request } from '../messaging/client';
import { Outbox } from './outbox';
import { applyStoredPrefs, snippetsEnabled, watchPrefs } from './prefs';

export function boot(adapter: SiteAdapter): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const leaving = new AbortController();
  const outbox = new Outbox(adapter.site, AbortSignal.any([signal, leaving.signal]), applyStoredPrefs);
  watchPrefs(signal);
  // An orphaned script (the extension was reloaded or updated) detaches
  // everything the first time it would talk to the extension.
  const alive = (): boolean => {
    if (!signal.aborted && !extensionAlive()) controller.abort();
    return !signal.aborted;
  };
  const ctx: AdapterContext = {
    signal,
    observe: (messages) => void (alive() && outbox.push({ type: 'observe', messages })),
    retract: (eventId) => void (alive() && outbox.push({ type: 'retract', site: adapter.site, eventId })),
    health: (roles) => void (alive() && request({ type: 'health', site: adapter.site, roles })),
    lookup: async (people) => {
      const reply = alive() ? await request<boolean[]>({ type: 'lookup', site: adapter.site, people }) : undefined;
      return reply?.ok ? reply.value : people.map(() => false);
    },
    snippets: snippetsEnabled,
  };
  // The page is going away for good (not into the back/forward cache): its
  // observers, listeners, timers and elements go with it, so nothing is torn
  // down (that ran long enough in Firefox to be stopped as a slow script).
  // Only the outbox stops sending; what it holds stays in storage.local for
  // the site's next page.
  addEventListener('pagehide', (e) => {
    if (!e.persisted) leaving.abort();
  }, { signal });
  try {
    adapter.start(ctx);
    void outbox.flush();
  } catch (err) {
    console.debug('[nudgeline] adapter failed to start', err);
    ctx.health({ adapter: false });
  }
  return controller;
}
