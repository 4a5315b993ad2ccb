import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { isStorageError, noteStorageError } from '../../../src/background/storage-error';
import { STORAGE_ERROR_KEY } from '../../../src/messaging/storage-keys';

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
  vi.restoreAllMocks();
});

describe('storage errors', () => {
  it.each([
    ['a DOMException QuotaExceededError', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), true],
    ['Dexie wrapping a quota error', new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError')), true],
    ['a backing store failure', new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'), true],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('Quota exceeded'), true],
    ['a validation refusal', new Error('invalid message: type'), false],
    ['a constraint violation', new Dexie.ConstraintError('Key already exists in the object store.'), false],
    ['a string', 'nope', false],
  ])('%s → %s', (_, err, want) => {
    expect(isStorageError(err)).toBe(want);
  });

  it('records a storage error for the UI and leaves others alone', async () => {
    const set = vi.fn<(items: Record<string, unknown>) => Promise<void>>(async () => undefined);
    (globalThis as { browser?: unknown }).browser = { storage: { local: { set } } };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await noteStorageError(new Error('nope'), 5)).toBe(false);
    expect(set).not.toHaveBeenCalled();
    expect(await noteStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 5)).toBe(true);
    expect(set).toHaveBeenCalledWith({ [STORAGE_ERROR_KEY]: { message: 'QuotaExceededError: The quota has been exceeded.', at: 5 } });
  });
});
