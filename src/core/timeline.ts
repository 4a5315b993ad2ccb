// One chronological pass over a contact's touches: the state the stage is
// read from. Pure; the caller filters nothing, this file decides what counts.
import { addPolicyDays } from './business-days';
import {
  ATTEMPT_KINDS, COURTESY_KINDS, byTime, counts, isAttempt, isContactActivity,
} from './touch-kinds';
import type { Policy, StageTouch } from './types';

export interface RunState {
  /** unanswered attempts in the current run */
  attempts: number;
  lastAttemptAt: number;
  /** the final reach-out of the current run, once sent */
  finalSentAt?: number;
  /** cancellations and reschedules since the last meeting */
  cancellations: number;
  lastCancellationAt: number;
  /** the "one more try" after too many cancellations was made */
  cancelFinalSent: boolean;
  /** who moved last: the user (attempt unanswered), the contact (reply owed), or nobody owes anything */
  ball: 'none' | 'user' | 'contact' | 'settled';
  lastContactAt: number;
  /** an outright "no" with no referral ask logged since */
  rejectedAt?: number;
  /** set while the contact is let go */
  letGoFrom?: number;
  cameBack: boolean;
  cameBackAt: number;
  lastArticleAt: number;
  lastTouchAt: number;
}

export interface TimelineContact {
  letGoAt?: number;
  reactivatedAt?: number;
}

type Marker = { at: number; mark: 'let-go-now' | 'reactivate' };
type Entry = { at: number; touch: StageTouch } | Marker;

const fresh = (): RunState => ({
  // Every key present (even undefined) so Object.assign(s, fresh()) clears them all.
  attempts: 0, lastAttemptAt: 0, finalSentAt: undefined, rejectedAt: undefined, letGoFrom: undefined, cancellations: 0, lastCancellationAt: 0, cancelFinalSent: false,
  ball: 'none', lastContactAt: 0, cameBack: false, cameBackAt: 0, lastArticleAt: 0, lastTouchAt: 0,
});

/** When an unanswered final reach-out turns into letting go. */
export function letGoMoment(s: RunState, policy: Policy): number | undefined {
  if (s.finalSentAt === undefined) return undefined;
  return addPolicyDays(s.lastAttemptAt, policy.letGoAfter, policy);
}

function settleLetGo(s: RunState, at: number, policy: Policy): void {
  const moment = letGoMoment(s, policy);
  if (s.letGoFrom === undefined && moment !== undefined && at >= moment) s.letGoFrom = moment;
}

function resetRun(s: RunState): void {
  s.attempts = 0;
  s.finalSentAt = undefined;
}

function applyTouch(s: RunState, t: StageTouch, policy: Policy): void {
  s.lastTouchAt = Math.max(s.lastTouchAt, t.at);
  const activity = isContactActivity(t);
  if (s.letGoFrom !== undefined) {
    // Only the contact writing (not cancelling again) brings a let-go contact back.
    if (activity && t.kind !== 'cancellation' && t.kind !== 'reschedule') {
      const keep = { lastTouchAt: s.lastTouchAt, lastArticleAt: s.lastArticleAt };
      Object.assign(s, fresh(), keep, { cameBack: true, cameBackAt: t.at });
    } else {
      if (t.direction === 'out' && t.kind === 'article') s.lastArticleAt = t.at;
      return;
    }
  }
  if (activity) s.lastContactAt = t.at;
  if (t.direction === 'out' && (ATTEMPT_KINDS.has(t.kind) || COURTESY_KINDS.has(t.kind))) s.cameBack = false;

  switch (t.kind) {
    case 'meeting':
    case 'deal':
      resetRun(s);
      Object.assign(s, { cancellations: 0, cancelFinalSent: false, ball: 'settled', rejectedAt: undefined, cameBack: false });
      return;
    case 'referral':
      resetRun(s);
      Object.assign(s, { ball: 'settled', rejectedAt: undefined });
      return;
    case 'rejection':
      resetRun(s);
      Object.assign(s, { ball: 'settled', rejectedAt: t.at });
      return;
    case 'cancellation':
    case 'reschedule':
      resetRun(s);
      if (s.cancelFinalSent) {
        // Cancelled again after the one more try: no more effort.
        s.letGoFrom = t.at;
        return;
      }
      s.cancellations++;
      Object.assign(s, { lastCancellationAt: t.at, ball: 'contact' });
      return;
    default:
      break;
  }
  if (t.direction === 'in') {
    resetRun(s);
    s.ball = 'contact';
  } else if (isAttempt(t)) {
    if (s.cancellations >= policy.cancellationsBeforeFinal && !s.cancelFinalSent) {
      s.cancelFinalSent = true;
      s.finalSentAt ??= t.at;
    } else if (s.attempts >= policy.attemptsBeforeFinal) {
      s.finalSentAt ??= t.at;
    }
    s.attempts++;
    s.lastAttemptAt = t.at;
    s.ball = 'user';
    if (t.kind === 'article') s.lastArticleAt = t.at;
  } else if (COURTESY_KINDS.has(t.kind)) {
    if (t.kind === 'referral-ask') s.rejectedAt = undefined;
    if (s.ball === 'contact') s.ball = 'settled';
  }
}

function applyMarker(s: RunState, m: Marker): void {
  if (m.mark === 'let-go-now') {
    if (s.letGoFrom === undefined) s.letGoFrom = m.at;
    s.cameBack = false;
    return;
  }
  const keep = { lastTouchAt: s.lastTouchAt, lastArticleAt: s.lastArticleAt };
  Object.assign(s, fresh(), keep);
}

/**
 * Replay every touch up to `now`. A scheduled send counts from its delivery
 * time; any other touch has happened, even when its time is ahead of this
 * clock (another browser whose clock runs a little ahead, through sync).
 */
export function replay(contact: TimelineContact, touches: readonly StageTouch[], policy: Policy, now: number): RunState {
  const entries: Entry[] = touches.filter((t) => (t.at <= now || !t.scheduled) && counts(t)).sort(byTime).map((touch) => ({ at: touch.at, touch }));
  const markers: Marker[] = [];
  if (contact.letGoAt !== undefined && contact.letGoAt <= now) markers.push({ at: contact.letGoAt, mark: 'let-go-now' });
  if (contact.reactivatedAt !== undefined && contact.reactivatedAt <= now) markers.push({ at: contact.reactivatedAt, mark: 'reactivate' });
  for (const m of markers.sort((a, b) => a.at - b.at)) {
    // Markers go after touches at the same moment: the user acted on what they saw.
    const i = entries.findIndex((e) => e.at > m.at);
    entries.splice(i === -1 ? entries.length : i, 0, m);
  }
  const s = fresh();
  for (const e of entries) {
    settleLetGo(s, e.at, policy);
    if ('touch' in e) applyTouch(s, e.touch, policy);
    else applyMarker(s, e);
  }
  settleLetGo(s, now, policy);
  return s;
}
