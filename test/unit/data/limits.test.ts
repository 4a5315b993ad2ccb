// Malformed and oversized input is refused before anything could be written;
// a 50,000-row export imports completely, yielding to the page as it goes.
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../src/data/read-import';
import { MAX_IMPORT_BYTES } from '../../../src/data/source';
import { linkedInExport, memoryFile } from './helpers';

describe('import limits', () => {
  it('refuses a 100 MB file by its size, without reading it', async () => {
    const file = memoryFile('Connections.csv', new Uint8Array(100 * 1024 * 1024).fill(0x61));
    const err = await readImport(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importTooLarge', subs: [100, MAX_IMPORT_BYTES / 1024 / 1024] });
    expect(file.reads).toBe(0);
  });

  it('refuses binary data, saying where it starts', async () => {
    const bytes = new Uint8Array(4_096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    bytes.set(new TextEncoder().encode('First Name,Last Name\nok,row\n'), 0);
    const err = await readImport(memoryFile('Connections.csv', bytes)).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importBinary', line: 3 });
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \r\n \r\n'],
  ])('refuses an %s file', async (_, text) => {
    const err = await readImport(memoryFile('contacts.csv', text)).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importEmpty' });
  });

  it('reads 50,000 LinkedIn rows in chunks, reporting progress', async () => {
    const progress: number[] = [];
    const r = await readImport(memoryFile('Connections.csv', linkedInExport(50_000)), { onProgress: (d, t) => progress.push(d / t) });
    expect(r.kind).toBe('people');
    if (r.kind !== 'people') return;
    expect(r.parsed.people).toHaveLength(50_000);
    expect(r.parsed.skipped).toEqual([]);
    expect(r.parsed.people[49_999]).toMatchObject({
      name: 'Person, 49999 Ñame49999', emails: [], profileUrl: 'https://www.linkedin.com/in/person-49999/', line: 50_004,
    });
    expect(r.parsed.people[3]!.emails).toEqual(['p3@example.com']);
    // Many yields to the page, not one long block.
    expect(progress.length).toBeGreaterThanOrEqual(20);
    expect(progress.at(-1)).toBe(1);
  });
});
