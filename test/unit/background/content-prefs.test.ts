// The snippets setting and the buttons' words in the browser's language reach
// content scripts through storage.local: the background mirrors them after
// ledger changes, writing only when they changed.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { mirrorContentPrefs } from '../../../src/background/content-prefs';
import { ledgerDb } from '../../../src/background/db-handle';
import { saveSettings } from '../../../src/ledger/settings-ops';
import { loadSettings } from '../../../src/ledger/settings-store';
import { CONTENT_WORD_KEYS, PREFS_KEY } from '../../../src/messaging/storage-keys';
import { MON } from '../ledger/helpers';

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: { local: { set: vi.fn<(items: Record<string, unknown>) => Promise<void>>(async () => undefined) } },
    // A German browser; one key has no message, which is left out.
    i18n: { getMessage: (key: string) => (key === 'errorState' ? '' : `de:${key}`) },
  },
}));

const db = ledgerDb();
const words = Object.fromEntries(CONTENT_WORD_KEYS.filter((k) => k !== 'errorState').map((k) => [k, `de:${k}`]));
const writes = () => vi.mocked(browser.storage.local.set).mock.calls.map((c) => c[0]);
const setSnippets = async (snippets: boolean) => saveSettings(db, { ...(await loadSettings(db)), snippets }, MON);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('mirrorContentPrefs', () => {
  it('writes the snippets setting once per change, never otherwise', async () => {
    expect(await mirrorContentPrefs(db)).toEqual({ snippets: false, words });
    expect(writes()).toEqual([{ [PREFS_KEY]: { snippets: false, words } }]);
    // Nothing changed: no write (and so no storage.onChanged in every tab).
    await mirrorContentPrefs(db);
    expect(writes()).toHaveLength(1);

    await setSnippets(true);
    expect(await mirrorContentPrefs(db)).toEqual({ snippets: true, words });
    await mirrorContentPrefs(db);
    expect(writes()).toEqual([{ [PREFS_KEY]: { snippets: false, words } }, { [PREFS_KEY]: { snippets: true, words } }]);

    await setSnippets(false);
    await mirrorContentPrefs(db);
    expect(writes().at(-1)).toEqual({ [PREFS_KEY]: { snippets: false, words } });
    expect(writes()).toHaveLength(3);
  });

  it('mirrors only the snippets flag and the words, nothing else from the settings', async () => {
    await setSnippets(true);
    await mirrorContentPrefs(db);
    const last = writes().at(-1)!;
    expect(Object.keys(last)).toEqual([PREFS_KEY]);
    expect(Object.keys(last[PREFS_KEY] as object)).toEqual(['snippets', 'words']);
    expect((last[PREFS_KEY] as { words: object }).words).toEqual(words);
  });

  it('overlapping calls land in order: the last write is the newest setting', async () => {
    await setSnippets(false);
    await mirrorContentPrefs(db);
    await setSnippets(true);
    const a = mirrorContentPrefs(db);
    const b = mirrorContentPrefs(db);
    await Promise.all([a, b]);
    expect(writes().at(-1)).toEqual({ [PREFS_KEY]: { snippets: true, words } });
  });
});
