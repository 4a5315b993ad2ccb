// The popup: header with search, the health banner, then the agenda — or a
// contact's view, or search results. The first groups render as soon as
// their own small queries answer; the collapsed ones load right after.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/types';
import { DEFAULT_SETTINGS } from '../core/settings';
import { hasContacts, loadSettings } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { HealthBanner } from '../ui/HealthBanner';
import { SyncLine } from './SyncLine';
import { StorageAlert } from '../ui/StorageAlert';
import { Glyph, Logo } from '../ui/icons';
import { t } from '../i18n/t';
import { ShortcutHint } from '../ui/Shortcut';
import { useActions } from '../ui/actions';
import { AgendaSection } from './AgendaSection';
import { ContactView } from './ContactView';
import { EmptyState } from './EmptyState';
import { SearchResults } from './SearchResults';
import { PopupCtx } from './context';
import { DUE_GROUPS, FIRST_PAGE, LATER_GROUPS, PAGE_SIZE } from './groups';

export function App({ now = Date.now() }: { now?: number }) {
  const { version } = useActions();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [contactId, setContactId] = useState<number>();
  const [query, setQuery] = useState('');
  const [totals, setTotals] = useState<Record<string, number>>({});
  const [known, setKnown] = useState<boolean>();
  useEffect(() => {
    void loadSettings(pageDb()).then(setSettings);
  }, []);
  useEffect(() => {
    void hasContacts(pageDb()).then(setKnown);
  }, [version]);
  const onTotal = (id: string, total: number) => setTotals((prev) => (prev[id] === total ? prev : { ...prev, [id]: total }));
  // IndexedDB answers one request after another: the first two groups are
  // queried alone, the other due groups once they answered, the collapsed
  // ones after all due groups.
  const firstReported = DUE_GROUPS.slice(0, 2).every((g) => g.id in totals);
  const dueReported = DUE_GROUPS.every((g) => g.id in totals);
  const nothingDue = dueReported && DUE_GROUPS.every((g) => totals[g.id] === 0);
  const agendaShown = contactId === undefined && !query.trim();
  const allReported = dueReported && LATER_GROUPS.every((g) => g.id in totals);
  const ctx = { settings, now, openContact: (id: number) => setContactId(id) };
  return (
    <PopupCtx.Provider value={ctx}>
      <header class="top">
        <div class="brand"><Logo /><h1>{t('extName')}</h1></div>
        <a class="btn ghost icon" href="../dashboard/index.html" target="_blank" title={t('openDashboard')} aria-label={t('openDashboard')}><Glyph name="dashboard" /></a>
        <a class="btn ghost icon" href="../options/index.html" target="_blank" title={t('openOptions')} aria-label={t('openOptions')}><Glyph name="settings" /></a>
      </header>
      <div class="search">
        <label class="visually-hidden" for="search">{t('searchLabel')}</label>
        <input id="search" type="search" placeholder={t('searchPlaceholder')} value={query}
          onInput={(e) => { setQuery(e.currentTarget.value); setContactId(undefined); }} />
      </div>
      {/* Busy until every group answered: each loads on its own. */}
      <main aria-busy={agendaShown && !allReported ? 'true' : 'false'}>
        <StorageAlert exportHref="../options/index.html#data" />
        <HealthBanner />
        <SyncLine />
        {contactId !== undefined ? (
          <ContactView id={contactId} onBack={() => setContactId(undefined)} />
        ) : query.trim() ? (
          <SearchResults query={query.trim()} />
        ) : (
          <>
            {known === false && <EmptyState />}
            {known !== false && nothingDue && <p class="caught-up">{t('allCaughtUp')}</p>}
            {DUE_GROUPS.map((g, i) => (i < 2 || firstReported) && <AgendaSection key={g.id} group={g} firstPage={i < 2 ? FIRST_PAGE : PAGE_SIZE} onTotal={onTotal} />)}
            {dueReported && LATER_GROUPS.map((g) => <AgendaSection key={g.id} group={g} firstPage={PAGE_SIZE} onTotal={onTotal} />)}
          </>
        )}
      </main>
      <footer class="foot"><ShortcutHint /></footer>
    </PopupCtx.Provider>
  );
}
