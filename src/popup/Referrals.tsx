// Referrals on the contact view: whom this contact referred the user to
// (status, permission to use their name), who referred them, and a form to
// record a new one (docs/rules.md: a "no" opens a door).
import { useEffect, useState } from 'preact/hooks';
import { REFERRAL_STATUSES, type Contact, type Referral, type ReferralStatus } from '../core/types';
import { contactsById, searchContacts } from '../ledger/queries';
import { pageDb } from '../ui/ledger';
import { useActions } from '../ui/actions';
import { t, vocab } from '../i18n/t';

interface Props {
  contact: Contact;
  given: Referral[];
  received: Referral[];
}

export function Referrals({ contact, given, received }: Props) {
  const { run } = useActions();
  const [names, setNames] = useState(new Map<number, string>());
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Contact[]>([]);
  const [mayUse, setMayUse] = useState(false);
  useEffect(() => {
    const ids = [...given.map((r) => r.refereeId), ...received.map((r) => r.referrerId)].filter((x): x is number => x !== undefined);
    void contactsById(pageDb(), ids).then((cs) => setNames(new Map([...cs].map(([id, c]) => [id, c.name]))));
  }, [given, received]);
  useEffect(() => {
    if (!q.trim()) return setFound([]);
    let live = true;
    void searchContacts(pageDb(), q.trim(), 5).then((r) => live && setFound(r.filter((c) => c.id !== contact.id)));
    return () => {
      live = false;
    };
  }, [q, contact.id]);
  const save = (r: Partial<Referral>, status: ReferralStatus) => void run({
    type: 'referral.save', id: r.id, referrerId: contact.id!, refereeId: r.refereeId, mayUseName: r.mayUseName ?? mayUse, status,
  }, 'doneSaved');
  return (
    <section class="panel" aria-labelledby="h-refs">
      <h3 id="h-refs">{t('referrals')}</h3>
      <ul class="ids">
        {given.map((r) => (
          <li key={r.id} class="ref-row">
            <span>{t('referredYouTo', r.refereeId !== undefined ? names.get(r.refereeId) ?? '' : t('refereeUnknown'))}</span>
            <label class="visually-hidden" for={`ref-${r.id}`}>{t('referralStatus')}</label>
            <select id={`ref-${r.id}`} value={r.status} onChange={(e) => save(r, e.currentTarget.value as ReferralStatus)}>
              {REFERRAL_STATUSES.map((s) => <option key={s} value={s}>{t(vocab('refStatus', s))}</option>)}
            </select>
            <span class="tag">{t(r.mayUseName ? 'mayUseName' : 'mayNotUseName')}</span>
          </li>
        ))}
        {received.map((r) => <li key={`r${r.id}`}>{t('referredBy', names.get(r.referrerId) ?? '')}</li>)}
      </ul>
      <div class="merge">
        <label for="ref-q" class="small">{t('recordReferral', contact.name)}</label>
        <input id="ref-q" type="search" value={q} placeholder={t('mergePlaceholder')} onInput={(e) => setQ(e.currentTarget.value)} />
        <div class="field check">
          <input id="ref-may" type="checkbox" checked={mayUse} onChange={(e) => setMayUse(e.currentTarget.checked)} />
          <label for="ref-may" class="small">{t('mayUseNameLabel')}</label>
        </div>
        <ul class="merge-found">
          {found.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <button type="button" class="btn" onClick={() => { setQ(''); save({ refereeId: c.id }, 'named'); }}>{t('actionRecordReferral')}</button>
            </li>
          ))}
        </ul>
        <button type="button" class="btn ghost" onClick={() => save({}, 'asked')}>{t('actionReferralAsked')}</button>
      </div>
    </section>
  );
}
