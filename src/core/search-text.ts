// What the search box matches a contact by: its name and every identity,
// lower-cased, each once. The one builder, for every writer of a contact.
import type { Contact, Identity } from './types';

/** Longest searchText the ledger stores (the backup schema's limit too). */
export const SEARCH_TEXT_MAX = 5_000;

export function searchTextOf(contact: Pick<Contact, 'name'>, identities: readonly Pick<Identity, 'value' | 'display'>[]): string {
  const parts = new Set([contact.name, ...identities.flatMap((i) => [i.value, i.display ?? ''])]
    .map((s) => s.trim().toLowerCase()).filter(Boolean));
  return [...parts].join(' ').slice(0, SEARCH_TEXT_MAX);
}
