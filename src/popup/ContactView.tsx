// One contact: identities (merge, unmerge), the whole timeline, notes, tags
// and the per-contact cadence.
import { useEffect, useState } from 'preact/hooks';
import { contactDetail, type ContactDetail } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { t, vocab } from '../i18n/t';
import { ContactEditor } from './ContactEditor';
import { Identities } from './Identities';
import { Timeline } from './Timeline';
import { RowActions } from './RowActions';
import { Referrals } from './Referrals';

export function ContactView({ id, onBack }: { id: number; onBack: () => void }) {
  const { version } = useActions();
  const [detail, setDetail] = useState<ContactDetail | null>();
  useEffect(() => {
    let live = true;
    void contactDetail(pageDb(), id).then((d) => live && setDetail(d ?? null));
    return () => {
      live = false;
    };
  }, [id, version]);
  const back = (
    <button type="button" class="btn ghost" onClick={onBack} autoFocus>← {t('back')}</button>
  );
  if (detail === undefined) return back;
  if (detail === null) return <div>{back}<p class="muted">{t('contactGone')}</p></div>;
  const { contact, identities, touches } = detail;
  const latest = touches.reduce<typeof touches[number] | undefined>((a, b) => (!a || b.at > a.at ? b : a), undefined);
  return (
    <article class="contact-view" onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && onBack()}>
      {back}
      <header class="contact-head">
        <h2 class="contact-name">{contact.name}</h2>
        <span class="pill">{t(vocab('stage', contact.section))}</span>
      </header>
      <RowActions contact={contact} section={contact.section}
        data={{ identity: identities.find((i) => i.kind !== 'name') ?? identities[0], latest }} />
      <Identities contact={contact} identities={identities} />
      <Timeline touches={touches} />
      <Referrals contact={contact} given={detail.referralsGiven} received={detail.referralsReceived} />
      <ContactEditor key={`${contact.id}:${contact.notes}:${contact.tags.join(',')}`} contact={contact} />
    </article>
  );
}
