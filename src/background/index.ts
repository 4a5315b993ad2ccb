// The service worker. Listeners are registered synchronously at the top level
// so a worker woken by an event hears it; no state lives in globals.
import browser, { type Runtime } from 'webextension-polyfill';
import { acceptMessage } from '../messaging/validate';
import { handleContent, handlePage } from './handlers';
import type { Reply } from '../messaging/protocol';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): Promise<Reply> => {
  const accepted = acceptMessage(raw, sender, browser.runtime.id, browser.runtime.getURL(''));
  if (!accepted.ok) return Promise.resolve({ ok: false, error: accepted.error });
  const work = accepted.from.kind === 'content'
    ? handleContent(accepted.request as never, accepted.from.site)
    : handlePage(accepted.request as never);
  return work.catch((err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }));
});
