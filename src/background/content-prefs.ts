// Content scripts cannot read the ledger; the one setting they need (may
// they read a ≤100-char snippet?) is mirrored into storage.local, where they
// pick it up at boot and follow storage.onChanged (src/content/prefs.ts).
// Runs after every write that can change settings (save, backup import,
// wipe: src/background/handlers.ts) and at worker start.
import browser from 'webextension-polyfill';
import { loadSettings, type NudgelineDB } from '../ledger/index';
import { CONTENT_WORD_KEYS, PREFS_KEY, type ContentPrefs } from '../messaging/storage-keys';
import { ledgerDb } from './db-handle';

/** The inline buttons' words in the browser's language. Content scripts bundle
 *  only English (a catalog per language would outgrow their size budget) and
 *  take these from the storage read they make at boot. */
function buttonWords(): Partial<Record<(typeof CONTENT_WORD_KEYS)[number], string>> {
  const words: Partial<Record<(typeof CONTENT_WORD_KEYS)[number], string>> = {};
  try {
    for (const key of CONTENT_WORD_KEYS) {
      const text = browser.i18n.getMessage(key);
      if (text) words[key] = text;
    }
  } catch {
    // no i18n here: the content scripts keep their bundled English
  }
  return words;
}

/** What this worker last wrote (a restarted worker writes once more). */
let written: string | undefined;
/** Mirrors run one after another, so an older read never overwrites a newer one. */
let queue: Promise<unknown> = Promise.resolve();

async function mirror(db: NudgelineDB): Promise<ContentPrefs> {
  const settings = await loadSettings(db);
  const words = buttonWords();
  const prefs: ContentPrefs = { snippets: settings.snippets === true, ...(Object.keys(words).length ? { words } : {}) };
  const json = JSON.stringify(prefs);
  if (json !== written) {
    await browser.storage.local.set({ [PREFS_KEY]: prefs });
    written = json;
  }
  return prefs;
}

/** Write the content prefs from the ledger's settings, only when they changed. */
export function mirrorContentPrefs(db: NudgelineDB = ledgerDb()): Promise<ContentPrefs> {
  const run = queue.then(() => mirror(db));
  queue = run.catch(() => undefined);
  return run;
}
