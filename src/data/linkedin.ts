// LinkedIn's Connections.csv: a few lines of notes, then the header
// `First Name,Last Name,URL,Email Address,Company,Position,Connected On`.
// Emails are usually empty (members choose whether to share them).
import { ImportError } from './errors';
import type { CsvRecord } from './csv';
import { isSkipped, toPerson, type ParsedPeople } from './person';
import { yieldToPage, YIELD_EVERY } from './source';

export const LINKEDIN_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];
const REQUIRED = ['First Name', 'Last Name', 'URL'];
/** The notes before the header are a handful of lines; the header is never far down. */
const HEADER_SEARCH_ROWS = 20;

const norm = (s: string) => s.replace(/^\uFEFF/, '').trim().toLowerCase();

/** Index of the header record, or -1 when this is not a LinkedIn export. */
export function findLinkedInHeader(records: readonly CsvRecord[]): number {
  const want = REQUIRED.map(norm);
  return records.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => {
    const cells = r.fields.map(norm);
    return want.every((w) => cells.includes(w));
  });
}

export async function parseLinkedIn(records: readonly CsvRecord[]): Promise<ParsedPeople> {
  const h = findLinkedInHeader(records);
  if (h < 0) throw new ImportError('importNoHeader', [LINKEDIN_HEADER.join(',')], records[0]?.line ?? 1);
  const header = records[h]!.fields.map(norm);
  const col = (name: string) => header.indexOf(norm(name));
  const [first, last, url, email, company, position] =
    ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position'].map(col) as number[];
  const out: ParsedPeople = { format: 'linkedin', people: [], skipped: [], rows: 0 };
  const rows = records.slice(h + 1);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (k % YIELD_EVERY === YIELD_EVERY - 1) await yieldToPage();
    out.rows++;
    if (r.fields.length < header.length) {
      // A short last row is a file cut off mid-write: refuse rather than import half of it.
      if (k === rows.length - 1 && r.fields.length > 1) {
        throw new ImportError('importTruncated', [r.fields.length, header.length], r.line);
      }
      out.skipped.push({ line: r.line, reason: 'short-row', label: r.fields.join(' ').slice(0, 80) });
      continue;
    }
    const cell = (i: number | undefined) => (i !== undefined && i >= 0 ? (r.fields[i] ?? '').trim() : '');
    const notes = [cell(position), cell(company)].filter(Boolean).join(' · ');
    const p = toPerson({
      line: r.line, name: `${cell(first)} ${cell(last)}`, emails: [cell(email)], urls: [cell(url)], notes,
    });
    if (isSkipped(p)) out.skipped.push(p);
    else out.people.push(p);
  }
  return out;
}
