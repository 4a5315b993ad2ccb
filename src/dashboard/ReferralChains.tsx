// Who referred whom, as nested chains from the first referrer down, with
// the permission to use the referrer's name and any duty still open.
import type { Referral } from '../core/types';
import { t, vocab } from '../i18n/t';

interface Props {
  referrals: Referral[];
  names: Map<number, string>;
}

export function ReferralChains({ referrals, names }: Props) {
  const byReferrer = new Map<number, Referral[]>();
  for (const r of referrals) byReferrer.set(r.referrerId, [...(byReferrer.get(r.referrerId) ?? []), r]);
  const referees = new Set(referrals.map((r) => r.refereeId).filter((x) => x !== undefined));
  // Roots: referrers nobody referred (every referrer, if the chains form a loop).
  let roots = [...byReferrer.keys()].filter((id) => !referees.has(id));
  if (!roots.length) roots = [...byReferrer.keys()];
  const name = (id?: number) => (id === undefined ? t('refereeUnknown') : names.get(id) ?? t('contactGone'));
  const branch = (referrer: number, seen: Set<number>) => (
    <ul class="chain">
      {(byReferrer.get(referrer) ?? []).map((r) => (
        <li key={r.id}>
          <div class="link-row">
            <span class="who">{name(r.referrerId)}</span>
            <span aria-hidden="true" class="arrow">→</span>
            <span class="visually-hidden">{t('referredTo')}</span>
            <span class="who">{name(r.refereeId)}</span>
            <span class="pill">{t(`refStatus_${r.status}`)}</span>
            <span class="tag">{t(r.mayUseName ? 'mayUseName' : 'mayNotUseName')}</span>
            {r.duty && <span class="tag duty">{t('openDuty', t(vocab('duty', r.duty)))}</span>}
          </div>
          {r.refereeId !== undefined && byReferrer.has(r.refereeId) && !seen.has(r.refereeId) &&
            branch(r.refereeId, new Set([...seen, r.refereeId]))}
        </li>
      ))}
    </ul>
  );
  if (!referrals.length) return <p class="muted">{t('referralsEmpty')}</p>;
  return <div class="chains">{roots.map((id) => <div key={id}>{branch(id, new Set([id]))}</div>)}</div>;
}
