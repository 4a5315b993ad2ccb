// The few settings a content script needs, mirrored by the background into
// storage.local under one key (src/background/content-prefs.ts). Read from the
// storage pass the outbox makes at boot anyway, then kept current by
// storage.onChanged. Until known, snippets are off: nothing is read.
import { PREFS_KEY, type ContentPrefs } from '../messaging/storage-keys';
import { useWords } from '../sites/shared/strings';

type Changes = Record<string, { newValue?: unknown }>;
type OnChanged = {
  addListener(fn: (changes: Changes, area: string) => void): void;
  removeListener(fn: (changes: Changes, area: string) => void): void;
};

let current: Required<ContentPrefs> = { snippets: false, words: {} };

/** Only a stored `true` turns snippets on; anything else (missing, malformed) is off.
 *  Words are an object or nothing; say() uses only non-empty strings of it. */
export function parsePrefs(value: unknown): Required<ContentPrefs> {
  const v = typeof value === 'object' && value !== null ? (value as { snippets?: unknown; words?: unknown }) : {};
  const words = typeof v.words === 'object' && v.words !== null ? (v.words as Required<ContentPrefs>['words']) : {};
  return { snippets: v.snippets === true, words };
}

function take(value: unknown): void {
  current = parsePrefs(value);
  useWords(current.words);
}

export const snippetsEnabled = (): boolean => current.snippets;

/** Take the prefs from a storage.local read (all keys, or at least PREFS_KEY). */
export function applyStoredPrefs(all: Record<string, unknown>): void {
  take(all[PREFS_KEY]);
}

function listener(changes: Changes, area: string): void {
  if (area === 'local' && PREFS_KEY in changes) take(changes[PREFS_KEY]?.newValue);
}

/** Follow changes to the mirrored prefs until the signal aborts. */
export function watchPrefs(signal: AbortSignal): void {
  let onChanged: OnChanged | undefined;
  try {
    const g = globalThis as { browser?: { storage?: { onChanged?: OnChanged } }; chrome?: { storage?: { onChanged?: OnChanged } } };
    onChanged = (g.browser ?? g.chrome)?.storage?.onChanged;
  } catch {
    return;
  }
  if (!onChanged || signal.aborted) return;
  onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      onChanged.removeListener(listener);
    } catch {
      // an orphaned script: the listener died with the extension context
    }
  }, { once: true });
}
