// A contact's identities, merging another contact into this one, and undoing a merge.
import { useEffect, useState } from 'preact/hooks';
import type { Contact, Identity } from '../core/types';
import { searchContacts } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { t } from '../i18n/t';

export function Identities({ contact, identities }: { contact: Contact; identities: Identity[] }) {
  const { run } = useActions();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Contact[]>([]);
  useEffect(() => {
    if (!q.trim()) return setFound([]);
    let live = true;
    void searchContacts(pageDb(), q.trim(), 6).then((r) => live && setFound(r.filter((c) => c.id !== contact.id)));
    return () => {
      live = false;
    };
  }, [q, contact.id]);
  const origins = [...new Set(identities.map((i) => i.originContactId).filter((o): o is number => o !== undefined))];
  return (
    <section class="panel" aria-labelledby="h-ids">
      <h3 id="h-ids">{t('identities')}</h3>
      <ul class="ids">
        {identities.map((i) => (
          <li key={i.id}><span class="tag">{t(`idKind_${i.kind}`)}</span>{i.display ?? i.value}</li>
        ))}
      </ul>
      {origins.map((origin) => (
        <button type="button" class="btn" key={origin}
          onClick={() => void run({ type: 'contact.unmerge', contactId: origin }, 'doneUnmerged')}>
          {t('actionUnmerge')}
        </button>
      ))}
      <div class="merge">
        <label for="merge-q" class="small">{t('mergeLabel')}</label>
        <input id="merge-q" type="search" value={q} placeholder={t('mergePlaceholder')} onInput={(e) => setQ(e.currentTarget.value)} />
        <ul class="merge-found">
          {found.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <button type="button" class="btn"
                onClick={() => { setQ(''); void run({ type: 'contact.merge', intoId: contact.id!, fromId: c.id! }, 'doneMerged'); }}>
                {t('actionMerge')}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
