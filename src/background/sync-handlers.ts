// The sync requests of the options page and the popup. Errors answer
// 'sync:<code>' (the page words them); a refused connection writes nothing.
import browser from 'webextension-polyfill';
import type { PageRequest, Reply } from '../messaging/protocol';
import { setSyncOn } from '../ledger/sync-io';
import { forgetConfig, loadConfig, loadState, patchState, saveConfig, OFF_STATE } from '../sync/config';
import { connect, SyncError } from '../sync/connect';
import { localPouch } from '../sync/pouch';
import { runSync, SYNC_ALARM } from '../sync/runner';
import type { Deletions } from '../ledger/sync-apply';
import { ledgerDb } from './db-handle';
import { onLedgerChanged } from './changes';

type SyncRequest = Extract<PageRequest, { type: `sync.${string}` }>;

export const isSyncRequest = (req: PageRequest): req is SyncRequest => req.type.startsWith('sync.');

async function status() {
  const config = await loadConfig();
  return { state: config ? await loadState() : OFF_STATE, server: config ? { url: config.url, user: config.user } : null };
}

/** A pass, then the badge and digest follow whatever it applied. */
async function pass(deletions?: Deletions) {
  const state = await runSync(ledgerDb(), deletions ? { deletions } : {});
  await onLedgerChanged();
  return state;
}

export async function handleSync(req: SyncRequest): Promise<Reply> {
  try {
    switch (req.type) {
      case 'sync.status':
        return { ok: true, value: await status() };
      case 'sync.enable': {
        const { url, keys } = await connect(req.url, req.user, req.password, req.passphrase);
        await saveConfig({ url, user: req.user, password: req.password, keys });
        await setSyncOn(ledgerDb(), true);
        await patchState({ status: 'syncing', failures: 0, pending: 0, quarantined: 0 });
        void pass().catch((err: unknown) => console.debug('[nudgeline] first sync failed', err));
        return { ok: true, value: await status() };
      }
      case 'sync.now':
        await pass();
        return { ok: true, value: await status() };
      case 'sync.applyDeletes':
        await pass('apply');
        return { ok: true, value: await status() };
      case 'sync.keepMine':
        await pass('keep');
        return { ok: true, value: await status() };
      case 'sync.forget':
        await browser.alarms.clear(SYNC_ALARM);
        await setSyncOn(ledgerDb(), false);
        await localPouch().destroy();
        await forgetConfig();
        return { ok: true, value: await status() };
    }
  } catch (err) {
    if (err instanceof SyncError) return { ok: false, error: `sync:${err.code}`, code: 'failed' };
    throw err;
  }
}
