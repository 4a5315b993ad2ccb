// When sync runs in the worker: soon after a ledger change (debounced), on
// an alarm, and on "sync now"; one pass at a time. Failures back off with
// jitter; three failed passes in a row with work waiting mark it stalled.
import browser from 'webextension-polyfill';
import type { NudgelineDB } from '../ledger/db';
import { pendingCount } from '../ledger/sync-io';
import { importKeys } from './crypto';
import { loadConfig, loadState, patchState, type SyncErrorCode, type SyncState } from './config';
import { SyncError } from './connect';
import { syncPass } from './engine';
import type { Deletions } from '../ledger/sync-apply';
import { localPouch, remotePouch } from './pouch';

export const SYNC_ALARM = 'sync';
const DEBOUNCE_MS = 2_000;
const EVERY_MIN = 15;
const STALLED_AFTER = 3;

let running: Promise<SyncState> | undefined;
/** The pass that follows the running one, shared by everyone who asked meanwhile. */
let queued: { promise: Promise<SyncState>; opts: PassOpts } | undefined;

/** deletions: what the user chose for contacts another device deleted (the latest choice wins). */
export interface PassOpts { deletions?: Deletions }
let timer: ReturnType<typeof setTimeout> | undefined;

/** Backoff after n failures: 1, 2, 4 … 60 minutes, each times 0.5–1.5. */
export function backoffMinutes(failures: number, random = Math.random): number {
  return Math.min(60, 2 ** Math.max(0, failures - 1)) * (0.5 + random());
}

function codeOf(err: unknown): SyncErrorCode {
  if (err instanceof SyncError) return err.code;
  const status = (err as { status?: number } | null)?.status;
  if (status === 401 || status === 403) return 'auth';
  if (err instanceof DOMException && err.name === 'QuotaExceededError') return 'quota';
  return status && status >= 500 ? 'server' : 'unreachable';
}

/**
 * One pass now, or, while one runs, one more right after it: the running
 * pass may have read the ledger before the change this caller wants sent.
 */
export function runSync(db: NudgelineDB, opts: PassOpts = {}): Promise<SyncState> {
  if (!running) return startPass(db, opts);
  if (queued) {
    if (opts.deletions) queued.opts = opts;
    return queued.promise;
  }
  const promise = running.catch(() => undefined).then(() => {
    const { opts: chosen } = queued!;
    queued = undefined;
    return startPass(db, chosen);
  });
  queued = { opts, promise };
  return promise;
}

function startPass(db: NudgelineDB, opts: PassOpts): Promise<SyncState> {
  running = (async () => {
    const config = await loadConfig();
    if (!config) return loadState();
    await patchState({ status: 'syncing' });
    try {
      const keys = await importKeys(config.keys);
      const r = await syncPass({ db, keys, local: localPouch(), remote: remotePouch(config.url, config.user, config.password), ...opts });
      const before = await loadState();
      const state: Partial<SyncState> = {
        status: r.confirmDeletes ? 'confirm' : 'ok', failures: 0, stalled: false, pending: await pendingCount(db),
        quarantined: before.quarantined + r.quarantined.length, lastSyncedAt: Date.now(),
      };
      if (r.confirmDeletes) state.confirmDeletes = r.confirmDeletes;
      if (r.applied > 0) state.appliedAt = Date.now();
      await browser.alarms.create(SYNC_ALARM, { delayInMinutes: EVERY_MIN });
      return patchState({ ...state, error: undefined });
    } catch (err) {
      const failures = (await loadState()).failures + 1;
      const pending = await pendingCount(db).catch(() => 0);
      await browser.alarms.create(SYNC_ALARM, { delayInMinutes: Math.max(0.5, backoffMinutes(failures)) });
      console.debug('[nudgeline] sync failed', err);
      return patchState({ status: 'error', error: codeOf(err), failures, pending, stalled: failures >= STALLED_AFTER && pending > 0 });
    }
  })().finally(() => { running = undefined; });
  return running;
}

/**
 * After a ledger change or at start: one pass a moment later (a burst of
 * writes gives one pass), then `after` (the badge and digest follow what it applied).
 */
export function syncSoon(db: NudgelineDB, after: () => Promise<unknown> = async () => undefined): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = undefined;
    void loadConfig().then(async (c) => {
      if (!c) return;
      await runSync(db);
      await after();
    }).catch((err: unknown) => console.debug('[nudgeline] sync failed', err));
  }, DEBOUNCE_MS);
}
