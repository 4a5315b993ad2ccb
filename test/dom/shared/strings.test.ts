// The inline buttons' words: English is bundled (src/sites/shared/strings.ts),
// every other language arrives from the background through storage.local with
// the content prefs, instead of through chrome.i18n, whose first call blocks
// the page. No content-script code may reach chrome.i18n.getMessage.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { say, useWords } from '../../../src/sites/shared/strings';
import { applyStoredPrefs, parsePrefs } from '../../../src/content/prefs';
import { CONTENT_WORD_KEYS, PREFS_KEY } from '../../../src/messaging/storage-keys';

const catalog = (lang: string) =>
  JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

afterEach(() => useWords({}));

describe('content-script strings', () => {
  it('bundle the English catalog messages for every button key', () => {
    expect(CONTENT_WORD_KEYS.length).toBeGreaterThan(0);
    for (const key of CONTENT_WORD_KEYS) expect(say(key)).toBe(catalog('en')[key]?.message);
  });

  it('are generated from the catalog as it is now (npm run words)', async () => {
    // @ts-expect-error a plain .mjs script without types
    const { render, OUT } = await import('../../../scripts/content-words.mjs');
    expect(readFileSync(OUT, 'utf8')).toBe(render());
  });

  it.each(['de', 'fr', 'es'])('speak %s once the mirrored prefs carry its words', (lang) => {
    const words = Object.fromEntries(CONTENT_WORD_KEYS.map((k) => [k, catalog(lang)[k]!.message]));
    applyStoredPrefs({ [PREFS_KEY]: { snippets: false, words } });
    for (const key of CONTENT_WORD_KEYS) expect(say(key)).toBe(catalog(lang)[key]?.message);
    applyStoredPrefs({});
    expect(say('logAsFollowUp')).toBe(catalog('en')['logAsFollowUp']?.message);
  });

  it('use only non-empty strings from storage, English otherwise', () => {
    applyStoredPrefs({ [PREFS_KEY]: { words: { logAsFollowUp: 'Erfassen', loggedState: 42, trackedState: '' } } });
    expect(say('logAsFollowUp')).toBe('Erfassen');
    expect(say('loggedState')).toBe(catalog('en')['loggedState']?.message);
    expect(say('trackedState')).toBe(catalog('en')['trackedState']?.message);
    expect(parsePrefs('nonsense')).toEqual({ snippets: false, words: {} });
    expect(parsePrefs({ words: 'x' })).toEqual({ snippets: false, words: {} });
  });

  it('are the only way content scripts get text: nothing there imports the i18n module or calls getMessage', () => {
    const offenders = [...sources('src/content'), ...sources('src/sites')]
      .filter((f) => /from '(?:\.\.\/)+i18n\/(?:t|locale)'|\.getMessage\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
