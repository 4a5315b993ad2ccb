// The inline buttons' words are bundled (src/sites/shared/strings.ts) instead of
// read through chrome.i18n, whose first call blocks the page. They must stay
// the catalog's own words, and no content-script code may reach chrome.i18n.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_KEYS, say } from '../../../src/sites/shared/strings';

const catalog = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('content-script strings', () => {
  it('are the catalog messages for every bundled key', () => {
    expect(CONTENT_KEYS.length).toBeGreaterThan(0);
    for (const key of CONTENT_KEYS) expect(say(key)).toBe(catalog[key]?.message);
  });

  it('cover every locale that ships (a new locale must be bundled too)', () => {
    expect(readdirSync('src/_locales')).toEqual(['en']);
  });

  it('are the only way content scripts get text: nothing there imports the i18n module', () => {
    const offenders = [...sources('src/content'), ...sources('src/sites')]
      .filter((f) => /from '(?:\.\.\/)+i18n\/t'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
