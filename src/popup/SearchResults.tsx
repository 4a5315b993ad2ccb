// Search across every contact by name or identity.
import { useEffect, useState } from 'preact/hooks';
import type { Contact } from '../core/types';
import { rowSummaries, searchContacts, type RowSummary } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { t } from '../i18n/t';
import { useActions } from '../ui/actions';
import { ContactRow } from './ContactRow';

const LIMIT = 30;

export function SearchResults({ query }: { query: string }) {
  const { version } = useActions();
  const [found, setFound] = useState<{ contacts: Contact[]; summaries: Map<number, RowSummary> }>();
  useEffect(() => {
    let live = true;
    // A short pause so typing does not start a query per key.
    const search = async () => {
      const contacts = await searchContacts(pageDb(), query, LIMIT);
      const summaries = await rowSummaries(pageDb(), contacts);
      if (live) setFound({ contacts, summaries });
    };
    const timer = setTimeout(() => void search(), 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, version]);
  return (
    <section class="group" aria-labelledby="h-search">
      <h2 id="h-search">{t('searchResults')}</h2>
      {found && found.contacts.length === 0 && <p class="muted">{t('searchNone', query)}</p>}
      <ul class="rows">
        {found?.contacts.map((c) => <ContactRow key={c.id} contact={c} section={c.section} data={found.summaries.get(c.id!) ?? {}} />)}
      </ul>
    </section>
  );
}
