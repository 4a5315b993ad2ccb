import type { SiteAdapter } from '../adapter';

// Placeholder until the outlook detector lands: reports that it started.
export const outlookAdapter: SiteAdapter = {
  site: 'outlook',
  start(ctx) {
    ctx.health({ adapter: true });
  },
};
