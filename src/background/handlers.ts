// Routes each accepted request to the ledger. Replies only after the write commits.
import browser from 'webextension-polyfill';
import type { ContentRequest, PageRequest, Reply } from '../messaging/protocol';
import type { Site } from '../core/types';

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });

export async function handleContent(req: ContentRequest, site: Site): Promise<Reply> {
  switch (req.type) {
    case 'ping':
      return ok({ pong: req.nonce, site });
    case 'health':
      await browser.storage.local.set({ [`health:${site}`]: { roles: req.roles, at: Date.now() } });
      return ok(null);
    default:
      return { ok: false, error: `not implemented: ${req.type}` };
  }
}

export async function handlePage(req: PageRequest): Promise<Reply> {
  switch (req.type) {
    case 'ping':
      return ok({ pong: req.nonce });
    default:
      return { ok: false, error: `not implemented: ${req.type}` };
  }
}
