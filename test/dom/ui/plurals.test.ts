// Messages with a count pick their form through Intl.PluralRules in the
// catalog's language (its catalogLanguage message), falling back to _other;
// every count the pages and the digest show has its _one and _other forms.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import messages from '../../../src/_locales/en/messages.json';
import { tn } from '../../../src/i18n/t';
import { daysAgo } from '../../../src/ui/format';
import { summarize } from '../../../src/background/digest-summary';

const g = globalThis as unknown as { chrome: { i18n: { getMessage(key: string, subs?: string[]): string } } };
const english = g.chrome;
afterEach(() => {
  g.chrome = english;
});
/** A catalog of its own: key → text with $1, $2 … */
function catalog(table: Record<string, string>): void {
  g.chrome = { i18n: { getMessage: (key, subs = []) => (table[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') } };
}
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe('plural messages', () => {
  it('reads in the singular for one and the plural otherwise, in English', () => {
    expect(tn('previewSkipDetails', 1)).toBe('Why 1 row is skipped');
    expect(tn('previewSkipDetails', 3)).toBe('Why 3 rows are skipped');
    expect(tn('previewSkipDetails', 0)).toBe('Why 0 rows are skipped');
    expect(tn('tableCount', 12_000)).toBe('12,000 contacts');
    expect(tn('digestTitle', 1)).toBe('1 follow-up is due');
    const DAY = 86_400_000;
    expect(daysAgo(Date.UTC(2026, 10, 1, 12), Date.UTC(2026, 10, 2, 12))).toBe('1 day ago');
    expect(daysAgo(Date.UTC(2026, 10, 1, 12) - DAY, Date.UTC(2026, 10, 2, 12))).toBe('2 days ago');
    expect(summarize(new Map([['final-due', 1], ['nudge-due', 2]]))).toBe('1 final reach-out, 2 nudges');
  });

  it('follows the rules of the catalog\'s language, and falls back to _other for a form it lacks', () => {
    catalog({ catalogLanguage: 'fr', n_one: '$1 ligne', n_other: '$1 lignes' });
    expect([tn('n', 0), tn('n', 1), tn('n', 2)]).toEqual(['0 ligne', '1 ligne', '2 lignes']);
    catalog({ catalogLanguage: 'pl', n_one: '$1 wiersz', n_few: '$1 wiersze', n_other: '$1 wierszy' });
    // 5 is "many" in Polish: not in this catalog, so _other.
    expect([tn('n', 1), tn('n', 3), tn('n', 5)]).toEqual(['1 wiersz', '3 wiersze', '5 wierszy']);
    catalog({ n_one: '$1 row', n_other: '$1 rows' }); // no catalogLanguage: English rules
    expect([tn('n', 1), tn('n', 2)]).toEqual(['1 row', '2 rows']);
  });

  it('has _one and _other for every count the code looks up', () => {
    const table = messages as Record<string, unknown>;
    const keys = new Set<string>();
    for (const file of sources('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\btn\('([A-Za-z0-9]+)'/g)) keys.add(m[1]!);
    }
    // The digest's parts are named in a table.
    for (const m of readFileSync('src/background/digest-summary.ts', 'utf8').matchAll(/'(digest[A-Za-z]+)'\]/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(10);
    expect([...keys].flatMap((k) => [`${k}_one`, `${k}_other`]).filter((k) => !(k in table))).toEqual([]);
    expect(Object.keys(table).filter((k) => k.endsWith('_many') && !(k.replace(/_many$/, '_other') in table))).toEqual([]);
  });
});
