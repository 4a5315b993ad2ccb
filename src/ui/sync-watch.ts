// Pages follow the sync state the background records in storage.local after
// each pass: the popup's sync line, the options card, and every page's
// re-read of the ledger when a pass brought changes from another browser.
import { SYNC_STATE_KEY } from '../messaging/storage-keys';
import type { SyncView } from './sync-words';

export type SyncStateView = SyncView['state'] & { appliedAt?: number };
type Change = { newValue?: unknown; oldValue?: unknown };
type Listener = (changes: Record<string, Change>, area?: string) => void;
type Storage = {
  local?: { get(key: string): Promise<Record<string, unknown>> };
  onChanged?: { addListener(l: Listener): void; removeListener(l: Listener): void };
};
const storage = (): Storage | undefined =>
  ((globalThis as { browser?: { storage?: Storage } }).browser ?? (globalThis as { chrome?: { storage?: Storage } }).chrome)?.storage;

export async function readSyncState(): Promise<SyncStateView | undefined> {
  return (await storage()?.local?.get(SYNC_STATE_KEY))?.[SYNC_STATE_KEY] as SyncStateView | undefined;
}

/** Calls fn with the new and the previous state at each change; returns the unsubscribe. */
export function watchSyncState(fn: (next: SyncStateView | undefined, prev: SyncStateView | undefined) => void): () => void {
  const changed: Listener = (changes) => {
    const c = changes[SYNC_STATE_KEY];
    if (c) fn(c.newValue as SyncStateView | undefined, c.oldValue as SyncStateView | undefined);
  };
  const events = storage()?.onChanged;
  events?.addListener(changed);
  return () => events?.removeListener(changed);
}
