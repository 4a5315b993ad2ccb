// Rows for component tests, as the ledger materializes them.
import { DAY_MS, NEVER, type Contact, type Section, type Touch } from '../../../src/core/types';
import { pageDb } from '../../../src/ui/ledger';

export const NOW = new Date(2026, 10, 2, 9).getTime();

let next = 1;
export function contact(name: string, section: Section, over: Partial<Contact> = {}): Contact {
  return {
    id: next++, name, tags: [], notes: '', keepWarm: false, archived: false, createdAt: NOW - 30 * DAY_MS,
    stage: section === 'came-back' || section === 'article-due' ? 'let-go' : section,
    dueAt: NOW - DAY_MS, cameBack: section === 'came-back', section, attempt: 1, lastTouchAt: NOW - 5 * DAY_MS,
    searchText: name.toLowerCase(), ...over,
  };
}

export function touch(contactId: number, over: Partial<Touch> = {}): Touch {
  return {
    contactId, direction: 'out', kind: 'message', channel: 'gmail', at: NOW - 5 * DAY_MS, source: 'auto',
    dedupeKey: `k${next++}`, ...over,
  };
}

export async function reset(): Promise<void> {
  const db = pageDb();
  await Promise.all(db.tables.map((t) => t.clear()));
}

export { NEVER };
