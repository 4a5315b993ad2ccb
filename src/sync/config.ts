// This device's sync settings and state, in storage.local (the worker may
// stop at any time; nothing lives only in memory). The data keys are kept
// here unwrapped so the worker can sync without the passphrase.
import browser from 'webextension-polyfill';
import type { RawKeys } from './crypto';
import { SYNC_CONFIG_KEY, SYNC_STATE_KEY } from '../messaging/storage-keys';

export interface SyncConfig { url: string; user: string; password: string; keys: RawKeys }

export type SyncErrorCode = 'bad-url' | 'unreachable' | 'auth' | 'cors' | 'no-db' | 'passphrase' | 'keyring' | 'server' | 'quota';

export interface SyncState {
  status: 'off' | 'syncing' | 'ok' | 'error' | 'confirm';
  lastSyncedAt?: number;
  pending: number;
  error?: SyncErrorCode;
  /** consecutive failed passes (backoff) */
  failures: number;
  /** no pass has completed for a while although there is work: replication stalled */
  stalled?: boolean;
  quarantined: number;
  confirmDeletes?: number;
  /** when a pass last applied changes from other devices (pages re-read the ledger) */
  appliedAt?: number;
}

const CONFIG = SYNC_CONFIG_KEY;
const STATE = SYNC_STATE_KEY;

export const OFF_STATE: SyncState = { status: 'off', pending: 0, failures: 0, quarantined: 0 };

export async function loadConfig(): Promise<SyncConfig | undefined> {
  return (await browser.storage.local.get(CONFIG))[CONFIG] as SyncConfig | undefined;
}

export const saveConfig = (c: SyncConfig) => browser.storage.local.set({ [CONFIG]: c });

export async function loadState(): Promise<SyncState> {
  return ((await browser.storage.local.get(STATE))[STATE] as SyncState | undefined) ?? OFF_STATE;
}

export async function patchState(patch: Partial<SyncState>): Promise<SyncState> {
  const next = { ...(await loadState()), ...patch };
  await browser.storage.local.set({ [STATE]: next });
  return next;
}

export async function forgetConfig(): Promise<void> {
  await browser.storage.local.remove([CONFIG, STATE]);
}
