// One entry point for a chosen file: reads it, recognizes the format and
// parses it (people for the preview, or a full backup).
import { ImportError } from './errors';
import { readText, type ImportSource, type Progress } from './source';
import { parseCsv } from './csv';
import { findLinkedInHeader, parseLinkedIn } from './linkedin';
import { parseGenericCsv, type ColumnMapping } from './generic-csv';
import { parseVcards } from './vcard';
import { parseBackup } from './backup';
import type { ParsedPeople } from './person';
import type { Backup } from './backup-schema';
import type { CsvRecord } from './csv';

export type ReadResult =
  | { kind: 'people'; parsed: ParsedPeople; header?: string[]; records?: CsvRecord[] }
  | { kind: 'backup'; backup: Backup }
  /** a CSV whose columns could not be guessed: the user picks them, or gives up */
  | { kind: 'needs-mapping'; error: ImportError; header: string[]; records: CsvRecord[] };

export async function readImport(file: ImportSource, opts: { mapping?: ColumnMapping; onProgress?: Progress } = {}): Promise<ReadResult> {
  const text = await readText(file);
  const head = text.trimStart().slice(0, 200);
  if (head.startsWith('{') || /\.json$/i.test(file.name)) return { kind: 'backup', backup: parseBackup(text) };
  if (/^BEGIN:VCARD/i.test(head) || /\.vcf$/i.test(file.name)) return { kind: 'people', parsed: await parseVcards(text, opts.onProgress) };
  const records = await parseCsv(text, { onProgress: opts.onProgress });
  if (!records.length) throw new ImportError('importEmpty');
  if (!opts.mapping && findLinkedInHeader(records) >= 0) return { kind: 'people', parsed: await parseLinkedIn(records) };
  const header = records[0]!.fields;
  try {
    return { kind: 'people', parsed: await parseGenericCsv(records, opts.mapping), header, records };
  } catch (err) {
    if (err instanceof ImportError && err.key === 'importNoColumns') return { kind: 'needs-mapping', error: err, header, records };
    throw err;
  }
}

/** Re-map an already read generic CSV without reading the file again. */
export function remap(records: CsvRecord[], mapping: ColumnMapping): Promise<ParsedPeople> {
  return parseGenericCsv(records, mapping);
}
