// Quota and "backing store" failures must reach the user, never vanish:
// the background records the latest one under storage.local['storageError'];
// the popup and the options page show it with the advice to export (ui/StorageAlert.tsx).
import { localArea, STORAGE_ERROR_KEY, type StorageErrorRecord } from '../messaging/storage-keys';

const STORAGE_NAMES = new Set(['QuotaExceededError', 'UnknownError', 'DataError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError', 'AbortError']);
const STORAGE_TEXT = /quota|backing store|disk|storage|no space|database|indexeddb/i;

/** Dexie wraps the DOMException in `inner`; look through the chain. */
export function isStorageError(err: unknown): boolean {
  for (let e = err as { name?: unknown; message?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.name === 'string' && e.name === 'QuotaExceededError') return true;
    if (typeof e.name === 'string' && STORAGE_NAMES.has(e.name) && typeof e.message === 'string' && STORAGE_TEXT.test(e.message)) return true;
    if (typeof e.message === 'string' && /quota|backing store|no space left/i.test(e.message)) return true;
    e = e.inner as typeof e;
  }
  return false;
}

/** Record a storage failure for the UI; returns whether it was one. Never throws. */
export async function noteStorageError(err: unknown, now = Date.now()): Promise<boolean> {
  if (!isStorageError(err)) return false;
  const message = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500);
  console.error('[nudgeline] storage error', err);
  try {
    await localArea()?.set({ [STORAGE_ERROR_KEY]: { message, at: now } satisfies StorageErrorRecord });
  } catch (e) {
    console.error('[nudgeline] could not record the storage error', e);
  }
  return true;
}
