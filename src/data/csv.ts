// A CSV reader (RFC 4180 plus what spreadsheets really write): quoted commas,
// newlines and doubled quotes, CRLF/LF/CR, ; or tab delimiters. Works through
// the text in chunks and yields to the page between them; each record knows
// the line it starts on, so errors can say where.
import { ImportError } from './errors';
import { yieldToPage, type Progress } from './source';

export interface CsvRecord {
  line: number;
  fields: string[];
}

const CHUNK_RECORDS = 1_000;

/** The delimiter used by the first non-empty line: ',' unless ';' or tab clearly wins. */
export function sniffDelimiter(text: string): string {
  const first = text.slice(0, 4_096).split(/\r?\n/).find((l) => l.trim()) ?? '';
  const count = (ch: string) => first.split(ch).length - 1;
  const [c, s, t] = [count(','), count(';'), count('\t')];
  if (t > c && t > s) return '\t';
  return s > c ? ';' : ',';
}

export async function parseCsv(text: string, opts: { delimiter?: string; onProgress?: Progress } = {}): Promise<CsvRecord[]> {
  const delim = opts.delimiter ?? sniffDelimiter(text);
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < n && text[i] === '"' && field === '') {
        // Quoted field: runs to the next lone quote.
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new ImportError('importUnclosedQuote', [], start);
          const part = text.slice(i, q);
          for (let k = 0; k < part.length; k++) if (part.charCodeAt(k) === 10) line++;
          field += part;
          if (text[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      // Unquoted text (or stray text after a closing quote) up to a delimiter or line end.
      while (i < n) {
        const ch = text[i]!;
        if (ch === delim) {
          fields.push(field);
          field = '';
          i++;
          break;
        }
        if (ch === '\n' || ch === '\r') {
          i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
          line++;
          endOfRecord = true;
          break;
        }
        field += ch;
        i++;
      }
      if (i >= n) endOfRecord = true;
      if (endOfRecord) fields.push(field);
    }
    // Blank lines and rows of empty cells (",,,,") carry nothing.
    if (fields.some((f) => f.trim() !== '')) records.push({ line: start, fields });
    if (records.length % CHUNK_RECORDS === 0 && records.length > 0) {
      opts.onProgress?.(i, n);
      await yieldToPage();
    }
  }
  opts.onProgress?.(n, n);
  return records;
}
