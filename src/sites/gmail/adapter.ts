import type { SiteAdapter } from '../adapter';

// Placeholder until the gmail detector lands: reports that it started.
export const gmailAdapter: SiteAdapter = {
  site: 'gmail',
  start(ctx) {
    ctx.health({ adapter: true });
  },
};
