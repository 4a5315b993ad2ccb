// computeStage: the one pure function that decides each contact's stage.
// Contract (owned by the core): same inputs, same answer; no clock, no I/O.
import { addLocalDays, addPolicyDays, startOfLocalDay } from './business-days';
import { effectivePolicy, intervalAfter } from './policy';
import { letGoMoment, replay, type RunState } from './timeline';
import { NEVER, type Contact, type Policy, type Stage, type StageResult, type StageTouch } from './types';

export type StageContact = Pick<
  Contact,
  'createdAt' | 'cadence' | 'checkInEveryDays' | 'keepWarm' | 'snoozedUntil' | 'letGoAt' | 'archived' | 'reactivatedAt'
>;

type Due = { stage: Stage; dueAt: number };

/** Becomes `stage` at `dueAt`; before that it shows as `before`. */
const dueOr = (stage: Stage, before: Stage, dueAt: number, now: number): Due => ({ stage: now >= dueAt ? stage : before, dueAt });

/** The active stage of a contact who is neither archived, snoozed nor let go. */
function activeStage(contact: StageContact, s: RunState, policy: Policy, now: number): Due {
  if (s.rejectedAt !== undefined) return { stage: 'referral-ask-due', dueAt: startOfLocalDay(s.rejectedAt) };
  if (s.cancellations >= policy.cancellationsBeforeFinal && !s.cancelFinalSent) {
    // The contact moved last (cancelled): one more try, due like a reply would be.
    return dueOr('final-due', 'engaged', addPolicyDays(s.lastCancellationAt, policy.replyOwedAfter, policy), now);
  }
  if (s.finalSentAt !== undefined) return { stage: 'final-sent', dueAt: letGoMoment(s, policy) ?? NEVER };
  if (s.ball === 'user' && s.attempts > 0) {
    const due = addPolicyDays(s.lastAttemptAt, intervalAfter(policy, s.attempts), policy);
    return dueOr(s.attempts >= policy.attemptsBeforeFinal ? 'final-due' : 'nudge-due', 'waiting', due, now);
  }
  if (s.ball === 'contact') return dueOr('reply-owed', 'engaged', addPolicyDays(s.lastContactAt, policy.replyOwedAfter, policy), now);
  if (s.ball === 'none') return { stage: 'new', dueAt: NEVER };
  // Nothing else is due: only now may a keep-in-touch check-in come up.
  const every = contact.checkInEveryDays;
  if (every !== undefined && every > 0 && s.lastTouchAt > 0) {
    return dueOr('check-in-due', 'engaged', addLocalDays(s.lastTouchAt, every), now);
  }
  return { stage: 'engaged', dueAt: NEVER };
}

/**
 * @param touches every touch of the contact, any order
 * @param now epoch ms; day boundaries are local midnight in the runtime's time zone
 */
export function computeStage(contact: StageContact, touches: readonly StageTouch[], policy: Policy, now: number): StageResult {
  const p = effectivePolicy(policy, contact.cadence);
  const s = replay(contact, touches, p, now);
  const base = { attempt: s.attempts, cameBack: s.cameBack, lastTouchAt: s.lastTouchAt };
  if (contact.archived) return { ...base, stage: 'archived', section: 'archived', dueAt: NEVER };
  if (contact.snoozedUntil !== undefined && contact.snoozedUntil > now) {
    // dueAt: when the snooze ends, so the ledger knows when to look again.
    return { ...base, stage: 'snoozed', section: 'snoozed', dueAt: contact.snoozedUntil };
  }
  if (s.letGoFrom !== undefined) {
    if (!contact.keepWarm) return { ...base, stage: 'let-go', section: 'let-go', dueAt: NEVER };
    // Keep warm: one article at most every keepWarmEveryDays, never a nudge.
    const dueAt = addLocalDays(Math.max(s.letGoFrom, s.lastArticleAt), p.keepWarmEveryDays);
    return { ...base, stage: 'let-go', section: now >= dueAt ? 'article-due' : 'let-go', dueAt };
  }
  const { stage, dueAt } = activeStage(contact, s, p, now);
  if (s.cameBack) return { ...base, stage, section: 'came-back', dueAt: startOfLocalDay(s.cameBackAt) };
  return { ...base, stage, section: stage, dueAt };
}
