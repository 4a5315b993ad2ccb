// What the user owes a referrer (seeds/negative-responses): report back on how
// it went, thank them, and send a small gift when the referral becomes a deal.
import { startOfLocalDay } from './business-days';
import { NEVER, type Referral, type ReferralDuty, type ReferralStatus, type Touch } from './types';

const RANK: Record<ReferralStatus, number> = { asked: 0, named: 1, contacted: 2, replied: 3, met: 4, deal: 5 };

export interface ReferralDutyResult {
  duty?: ReferralDuty;
  dutyDueAt: number;
}

/** The first moment in `touches` (since `from`, up to `now`) that matches. */
function firstAt(touches: readonly Touch[], from: number, now: number, test: (t: Touch) => boolean): number | undefined {
  let first: number | undefined;
  for (const t of touches) {
    if (t.at < from || t.at > now || t.autoReply || !test(t)) continue;
    if (first === undefined || t.at < first) first = t.at;
  }
  return first;
}

const engaged = (t: Touch) => t.kind === 'meeting' || (t.direction === 'in' && t.kind !== 'note');

/**
 * The open duty toward the referrer, in the order they are done: report back
 * (once the referee replied or met the user), thank (once someone was named),
 * gift (once it became a deal). Due at the start of the day that triggered it.
 */
export function computeReferralDuty(referral: Referral, refereeTouches: readonly Touch[], now: number): ReferralDutyResult {
  const rank = RANK[referral.status] ?? 0;
  const named = rank >= RANK.named || referral.refereeId !== undefined;
  const since = referral.createdAt;
  const day = (at: number | undefined) => startOfLocalDay(Math.max(at ?? since, since));

  const heardAt = firstAt(refereeTouches, since, now, engaged);
  if (referral.reportedBackAt === undefined && (heardAt !== undefined || rank >= RANK.replied)) {
    return { duty: 'report-back', dutyDueAt: day(heardAt) };
  }
  if (referral.thankedAt === undefined && named) return { duty: 'thank', dutyDueAt: day(since) };
  // A deal logged with the referee is the referral becoming a deal, whether
  // or not the user also moved the referral's status.
  const dealAt = firstAt(refereeTouches, since, now, (t) => t.kind === 'deal');
  if (referral.giftSentAt === undefined && (referral.status === 'deal' || dealAt !== undefined)) {
    return { duty: 'gift', dutyDueAt: day(dealAt) };
  }
  return { dutyDueAt: NEVER };
}
