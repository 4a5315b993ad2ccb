// Every shipped language says everything English says, with the same
// placeholders, so no page falls back to English or drops a number.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const read = (lang: string) => JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Record<string, Entry>;
const en = read('en');
const OTHERS = readdirSync('src/_locales').filter((l) => l !== 'en').sort();

/** The $name$ placeholders a message uses, the $1 substitutions, and the {template} fields it names. */
const slots = (e: Entry) => ({
  named: [...new Set([...e.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort(),
  positional: [...e.message.matchAll(/\$(\d)(?!\$)/g)].map((m) => m[0]).sort(),
  fields: [...e.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
});
/** Plural families: 'digestTitle' → ['many', 'one'] from digestTitle_one / digestTitle_many. */
const plurals = (c: Record<string, Entry>) => {
  const stems = new Map<string, string[]>();
  for (const k of Object.keys(c)) {
    const m = /^(.+)_(zero|one|two|few|many|other)$/.exec(k);
    if (m) stems.set(m[1]!, [...(stems.get(m[1]!) ?? []), m[2]!].sort());
  }
  return Object.fromEntries([...stems].sort());
};

/** Messages that are rightly the same word as in English. */
const SHARED_WORDS: Record<string, string[]> = {
  de: ['colName'],
  fr: ['notes', 'kind_message', 'kind_note', 'statContacts', 'tableCount_one', 'tableCount_other', 'pagerLabel', 'countContacts_one', 'countContacts_other'],
};

describe('message catalogs', () => {
  it('ship German, French and Spanish beside English', () => {
    expect(OTHERS).toEqual(['de', 'es', 'fr']);
  });

  it('English fits the stores\' limits too (Chrome refuses a longer manifest description)', () => {
    expect([...en.extName!.message].length).toBeLessThanOrEqual(75);
    expect([...en.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it('English defines every placeholder it uses', () => {
    const undefinedSlots = Object.entries(en).flatMap(([key, e]) => slots(e).named
      .filter((name) => !Object.keys(e.placeholders ?? {}).some((n) => n.toLowerCase() === name)).map((name) => `${key}: ${name}`));
    expect(undefinedSlots).toEqual([]);
  });

  describe.each(OTHERS)('%s', (lang) => {
    const c = read(lang);
    it('has every key of English and no other', () => {
      expect(Object.keys(c).sort()).toEqual(Object.keys(en).sort());
    });

    it('uses the same placeholders in every message, defined the same way', () => {
      const shape = (cat: Record<string, Entry>) => Object.fromEntries(Object.keys(en).map((key) => {
        const e = cat[key] ?? { message: '' };
        return [key, { filled: e.message.trim() !== '', ...slots(e), placeholders: e.placeholders }];
      }));
      expect(shape(c)).toEqual(shape(en));
    });

    it('fits the stores\' limits: a name of at most 75 characters, a description of at most 132', () => {
      expect([...c.extName!.message].length).toBeLessThanOrEqual(75);
      expect([...c.extDescription!.message].length).toBeLessThanOrEqual(132);
    });

    it('has the plural forms English has', () => {
      expect(Object.keys(plurals(en)).length).toBeGreaterThan(0);
      expect(plurals(c)).toEqual(plurals(en));
    });

    it('is translated, not copied: only names, symbols and words the language shares read as in English', () => {
      const copied = Object.keys(en).filter((k) => c[k]?.message === en[k]!.message
        && /[a-z]{3}/.test(en[k]!.message.replace(/Nudgeline|Gmail|Outlook|LinkedIn|MB/g, '')));
      expect(copied).toEqual(SHARED_WORDS[lang] ?? []);
    });
  });
});
