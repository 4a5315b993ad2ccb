// Every string the pages show comes from messages.json, under a key
// chrome.i18n accepts (a bad key stops the whole extension from loading).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import messages from '../../../src/_locales/en/messages.json';
import { SECTIONS, TEMPLATE_IDS, TOUCH_KINDS } from '../../../src/core/types';
import { vocab } from '../../../src/i18n/t';

const table = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []);
}

describe('messages.json', () => {
  it('uses only key names chrome.i18n accepts', () => {
    expect(Object.keys(table).filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it('names every placeholder a message uses', () => {
    const broken = Object.entries(table).filter(([, e]) =>
      [...e.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].some((m) => !e.placeholders?.[m[1]!.toLowerCase()]));
    expect(broken.map(([k]) => k)).toEqual([]);
  });

  it('has every key the popup, options page and dashboard ask for', () => {
    const used = new Set<string>();
    for (const file of ['src/popup', 'src/options', 'src/dashboard', 'src/ui'].flatMap(sources)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/title: '([A-Za-z0-9_]+)'|label: '(col[A-Za-z]+)'|key: '(snooze[0-9a-z]+)'/g)) used.add((m[1] ?? m[2] ?? m[3])!);
    }
    for (const s of SECTIONS) used.add(vocab('stage', s));
    for (const k of TOUCH_KINDS) used.add(vocab('kind', k));
    for (const id of TEMPLATE_IDS) used.add(vocab('tpl', id));
    expect([...used].filter((k) => !(k in table))).toEqual([]);
  });
});
