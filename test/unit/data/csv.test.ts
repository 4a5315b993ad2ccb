import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../../src/data/csv';
import { ImportError } from '../../../src/data/errors';

describe('parseCsv', () => {
  it.each([
    ['plain', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['lone CR', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['quoted comma', '"x, y",z', [['x, y', 'z']]],
    ['doubled quotes', '"say ""hi""",z', [['say "hi"', 'z']]],
    ['quoted newline', '"one\ntwo",z\nnext,row', [['one\ntwo', 'z'], ['next', 'row']]],
    ['empty fields', 'a,,\n', [['a', '', '']]],
    ['rows of empty cells skipped', 'a\n,,\nb', [['a'], ['b']]],
    ['blank lines skipped', 'a\n\n\nb', [['a'], ['b']]],
    ['semicolons', 'a;b\n"c;d";e', [['a', 'b'], ['c;d', 'e']]],
    ['trailing delimiter at end of file', 'a,', [['a', '']]],
  ])('%s', async (_, text, want) => {
    expect((await parseCsv(text)).map((r) => r.fields)).toEqual(want);
  });

  it('numbers each record by the line it starts on, counting newlines inside quotes', async () => {
    const recs = await parseCsv('h1,h2\n"a\nb\nc",x\nlast,y\n');
    expect(recs.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('refuses an unclosed quote, naming the line where the field starts', async () => {
    const err = await parseCsv('h\nok\n"never closed\nmore').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ key: 'importUnclosedQuote', line: 3 });
  });

  it('sniffs the delimiter from the first line', () => {
    expect(sniffDelimiter('a;b;c\n1,2')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a,b;c,d')).toBe(',');
  });

  it('reports progress and ends at 100%', async () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `r${i},x`).join('\n');
    const seen: number[] = [];
    const recs = await parseCsv(text, { onProgress: (d, t) => seen.push(d / t) });
    expect(recs).toHaveLength(5_000);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  });
});
