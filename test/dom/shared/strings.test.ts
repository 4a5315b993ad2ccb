// The inline buttons' words are bundled (src/sites/shared/strings.ts) instead of
// read through chrome.i18n, whose first call blocks the page. They must stay
// the catalog's own words in every shipped language, and no content-script
// code may reach chrome.i18n.getMessage.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CATALOGS, CONTENT_KEYS, contentLocale, type ContentLocale } from '../../../src/sites/shared/strings';

const LOCALES = readdirSync('src/_locales').sort();
const catalog = (lang: string) =>
  JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('content-script strings', () => {
  it('cover every locale that ships (a new locale must be bundled too)', () => {
    expect(Object.keys(CONTENT_CATALOGS).sort()).toEqual(LOCALES);
  });

  it.each(LOCALES)('are the %s catalog messages for every bundled key', (lang) => {
    expect(CONTENT_KEYS.length).toBeGreaterThan(0);
    const words = CONTENT_CATALOGS[lang as ContentLocale];
    for (const key of CONTENT_KEYS) expect(words[key]).toBe(catalog(lang)[key]?.message);
  });

  it('are generated from the catalogs as they are now (npm run words)', async () => {
    // @ts-expect-error a plain .mjs script without types
    const { render, OUT } = await import('../../../scripts/content-words.mjs');
    expect(readFileSync(OUT, 'utf8')).toBe(render());
  });

  it.each([
    ['de', 'de'], ['de-AT', 'de'], ['de_CH', 'de'], ['FR-ca', 'fr'], ['es-419', 'es'], ['en-GB', 'en'],
    ['ja', 'en'], ['', 'en'], [undefined, 'en'], ['constructor', 'en'],
  ])('the UI language %j reads the %s words', (ui, lang) => {
    expect(contentLocale(ui)).toBe(lang);
  });

  it('are the only way content scripts get text: nothing there imports the i18n module or calls getMessage', () => {
    const offenders = [...sources('src/content'), ...sources('src/sites')]
      .filter((f) => /from '(?:\.\.\/)+i18n\/(?:t|locale)'|\.getMessage\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
