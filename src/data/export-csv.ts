// Contacts as CSV for spreadsheets: stage, last touch and next due date.
// Column names are a stable machine format, not UI text.
import type { Contact, Identity } from '../core/types';
import { NEVER } from '../core/types';
import { localDateKey } from '../core/business-days';

export const CSV_COLUMNS = ['name', 'emails', 'linkedin', 'stage', 'attempt', 'last_touch', 'next_due', 'tags', 'notes'];

/** Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per contact given (the ledger leaves out merged-away ones). */
export function contactsToCsv(contacts: readonly Contact[], identities: readonly Identity[]): string {
  const byContact = new Map<number, Identity[]>();
  for (const i of identities) byContact.set(i.contactId, [...(byContact.get(i.contactId) ?? []), i]);
  const rows = contacts.map((c) => {
    const ids = byContact.get(c.id!) ?? [];
    const of = (kind: Identity['kind']) => ids.filter((i) => i.kind === kind).map((i) => i.value).join(' ');
    return [
      c.name, of('email'), of('linkedin'), c.stage, String(c.attempt),
      c.lastTouchAt > 0 ? localDateKey(c.lastTouchAt) : '', c.dueAt > 0 && c.dueAt < NEVER ? localDateKey(c.dueAt) : '',
      c.tags.join(' '), c.notes,
    ].map(csvCell).join(',');
  });
  // BOM: Excel then reads the file as UTF-8 (non-Latin names intact).
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
