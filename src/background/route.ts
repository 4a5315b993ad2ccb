// One incoming message, start to reply: sender and schema checks first
// (acceptMessage), then the handler. Every failure becomes { ok: false }.
import { acceptMessage } from '../messaging/validate';
import type { SenderInfo } from '../messaging/sender';
import type { ContentRequest, PageRequest, Reply } from '../messaging/protocol';
import { handleContent, handlePage } from './handlers';
import { noteStorageError } from './storage-error';
import { LedgerError } from '../ledger/index';

export async function routeMessage(raw: unknown, sender: SenderInfo, extensionId: string, extensionBase: string, now = Date.now()): Promise<Reply> {
  const accepted = acceptMessage(raw, sender, extensionId, extensionBase);
  if (!accepted.ok) return accepted;
  try {
    // acceptMessage pairs content senders with ContentRequest, pages with PageRequest.
    return accepted.from.kind === 'content'
      ? await handleContent(accepted.request as ContentRequest, accepted.from.site, now)
      : await handlePage(accepted.request as PageRequest, now);
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    if (err instanceof LedgerError) return { ok: false, code: 'ledger', error };
    // Quota / backing-store failures are recorded for the UI (storage.local.storageError).
    return { ok: false, code: (await noteStorageError(err)) ? 'storage' : 'failed', error };
  }
}
