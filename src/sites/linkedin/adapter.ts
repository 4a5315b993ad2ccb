import type { SiteAdapter } from '../adapter';

// Placeholder until the linkedin detector lands: reports that it started.
export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  start(ctx) {
    ctx.health({ adapter: true });
  },
};
