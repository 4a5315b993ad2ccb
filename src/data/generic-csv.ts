// Any CSV with a header row: the user says which columns hold the name, the
// email and the profile link; guessMapping() proposes a default.
import { ImportError } from './errors';
import type { CsvRecord } from './csv';
import { isSkipped, toPerson, type ParsedPeople } from './person';
import { yieldToPage, YIELD_EVERY } from './source';

export interface ColumnMapping {
  /** one column (Name) or several joined with a space (First, Last) */
  name: number[];
  email: number[];
  profile: number[];
}

const NAME = /^(full ?name|name|display ?name|contact|contact ?name|person)$/;
const FIRST = /^(first ?name|given ?name|vorname|prénom|prenom)$/;
const LAST = /^(last ?name|family ?name|surname|nachname|nom)$/;
const EMAIL = /e-?mail|^mail$|email address/;
const PROFILE = /linkedin|profile|^url$|website|web ?page/;

/** A best guess from the header; empty lists where nothing fits. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const h = header.map((s) => s.replace(/^\uFEFF/, '').trim().toLowerCase());
  const all = (re: RegExp) => h.flatMap((s, i) => (re.test(s) ? [i] : []));
  const whole = all(NAME);
  const first = all(FIRST);
  const last = all(LAST);
  const name = whole.length ? [whole[0]!] : [...first.slice(0, 1), ...last.slice(0, 1)];
  // "E-mail 1 - Type" (Google) is not an address: keep value columns only.
  const email = all(EMAIL).filter((i) => !/type|label/.test(h[i]!));
  return { name, email, profile: all(PROFILE) };
}

export const isUsableMapping = (m: ColumnMapping) => m.email.length > 0 || m.profile.length > 0;

export async function parseGenericCsv(records: readonly CsvRecord[], mapping?: ColumnMapping): Promise<ParsedPeople> {
  const headerRow = records[0];
  if (!headerRow) throw new ImportError('importEmpty');
  const map = mapping ?? guessMapping(headerRow.fields);
  if (!isUsableMapping(map)) {
    throw new ImportError('importNoColumns', [headerRow.fields.slice(0, 8).join(', ').slice(0, 200)], headerRow.line);
  }
  const width = headerRow.fields.length;
  for (const i of [...map.name, ...map.email, ...map.profile]) {
    if (i < 0 || i >= width) throw new ImportError('importNoColumns', [String(i + 1)], headerRow.line);
  }
  const out: ParsedPeople = { format: 'csv', people: [], skipped: [], rows: 0 };
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    if (k % YIELD_EVERY === 0) await yieldToPage();
    out.rows++;
    const cells = (idx: number[]) => idx.map((i) => (r.fields[i] ?? '').trim());
    const p = toPerson({
      line: r.line,
      name: cells(map.name).filter(Boolean).join(' '),
      // A cell may hold several addresses ("a@x.com ::: b@y.com" from Google, or "a; b").
      emails: cells(map.email).flatMap((c) => c.split(/\s*(?::::|;|,)\s*/)),
      urls: cells(map.profile),
    });
    if (isSkipped(p)) out.skipped.push(p);
    else out.people.push(p);
  }
  return out;
}
