// Starts one site adapter inside the page. Never throws into the page: every
// failure is caught here and reported as degraded health instead.
import type { SiteAdapter, AdapterContext } from '../sites/adapter';
import { request } from '../messaging/client';
import { Outbox } from './outbox';

export function boot(adapter: SiteAdapter): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  const outbox = new Outbox(adapter.site, signal);
  const ctx: AdapterContext = {
    signal,
    observe: (messages) => outbox.push({ type: 'observe', messages }),
    retract: (eventId) => outbox.push({ type: 'retract', site: adapter.site, eventId }),
    health: (roles) => void request({ type: 'health', site: adapter.site, roles }),
    lookup: async (people) => {
      const reply = await request<boolean[]>({ type: 'lookup', site: adapter.site, people });
      return reply.ok ? reply.value : people.map(() => false);
    },
  };
  // The extension was reloaded or the page is going away: detach everything.
  addEventListener('pagehide', () => controller.abort(), { once: true });
  try {
    adapter.start(ctx);
    void outbox.flush();
  } catch (err) {
    console.debug('[nudgeline] adapter failed to start', err);
    ctx.health({ adapter: false });
  }
  return controller;
}
