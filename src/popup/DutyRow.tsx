// An open duty toward someone who referred the user: report back, thank, gift.
import type { Contact, Referral, ReferralDuty, TemplateId } from '../core/types';
import { fillTemplate, firstNameOf } from '../core/templates';
import { useActions } from '../ui/actions';
import { t, vocab } from '../i18n/t';
import { copyText } from '../ui/template-copy';
import { usePopup } from './context';

const TEMPLATE: Record<ReferralDuty, TemplateId> = { 'report-back': 'report-back', thank: 'thank-you', gift: 'gift-note' };

export function DutyRow({ referral, referrer, referee }: { referral: Referral; referrer: Contact; referee?: Contact }) {
  const { run, say } = useActions();
  const { settings, openContact } = usePopup();
  const duty = referral.duty;
  if (!duty) return null;
  const copy = async () => {
    const text = fillTemplate(settings.templates[TEMPLATE[duty]], {
      name: referrer.name, firstName: firstNameOf(referrer.name), referee: referee?.name ?? '',
    });
    say(t((await copyText(text)) ? 'copied' : 'copyFailed'));
  };
  const done = () => void run({
    type: 'referral.save', id: referral.id, referrerId: referral.referrerId, refereeId: referral.refereeId,
    mayUseName: referral.mayUseName, status: referral.status, done: duty,
  }, 'doneDuty');
  return (
    <li class="row duty" data-referral={referral.id}>
      <div class="row-main">
        <span class="duty-icon" aria-hidden="true">★</span>
        <div class="row-text">
          <button type="button" class="name link" onClick={() => openContact(referrer.id!)}>{referrer.name}</button>
          <div class="meta">
            <span class="pill">{t(vocab('duty', duty))}</span>
            {referee && <span>{t('dutyAbout', referee.name)}</span>}
          </div>
        </div>
      </div>
      <div class="row-actions">
        <button type="button" class="btn" onClick={() => void copy()}>{t('actionCopy')}</button>
        <button type="button" class="btn" onClick={done}>{t('actionDutyDone')}</button>
      </div>
    </li>
  );
}
