// The user's own reply rate by attempt number: of the first messages, the
// nudges and the final reach-outs sent, how many were followed by a reply
// before the next attempt. Pure: touches in, counts out.
import { isAttempt as isStageAttempt, isContactActivity } from './touch-kinds';
import type { Touch } from './types';

export type AttemptSlot = { label: 'first' } | { label: 'nudge'; n: number } | { label: 'final' };

export interface ReplyRate {
  slot: AttemptSlot;
  sent: number;
  answered: number;
  /** answered / sent, 0 when nothing was sent */
  rate: number;
}

export type RateTouch = Pick<Touch, 'contactId' | 'direction' | 'kind' | 'at'> & Partial<Pick<Touch, 'autoReply' | 'scheduled'>>;

// The stage rules' notion of attempt and answer (touch-kinds.ts); a scheduled
// send that has not gone out is no attempt yet.
const isAttempt = (t: RateTouch) => isStageAttempt(t) && !t.scheduled;
/** A reply, or something the contact did (a meeting, a rejection…); never an out-of-office. */
const isReply = isContactActivity;

/**
 * @param attemptsBeforeFinal attempts (first message + nudges) before the final reach-out
 * Slots: first message, nudge 1 … nudge (attemptsBeforeFinal - 1), final reach-out.
 * Attempts after the final reach-out are not counted.
 */
export function replyRates(touches: Iterable<RateTouch>, attemptsBeforeFinal: number): ReplyRate[] {
  const slots = Math.max(1, attemptsBeforeFinal) + 1;
  const sent = Array.from({ length: slots }, () => 0);
  const answered = Array.from({ length: slots }, () => 0);
  const byContact = new Map<number, RateTouch[]>();
  for (const t of touches) {
    const list = byContact.get(t.contactId);
    if (list) list.push(t);
    else byContact.set(t.contactId, [t]);
  }
  for (const list of byContact.values()) {
    list.sort((a, b) => a.at - b.at);
    // position of the latest attempt in the current unanswered run (0: none yet)
    let position = 0;
    let pending = -1;
    for (const t of list) {
      if (isReply(t)) {
        if (pending >= 0) answered[pending]! += 1;
        position = 0;
        pending = -1;
      } else if (isAttempt(t)) {
        position += 1;
        pending = position <= slots ? position - 1 : -1;
        if (pending >= 0) sent[pending]! += 1;
      }
    }
  }
  return sent.map((s, i) => ({
    slot: i === 0 ? { label: 'first' } : i === slots - 1 ? { label: 'final' } : { label: 'nudge', n: i },
    sent: s,
    answered: answered[i]!,
    rate: s ? answered[i]! / s : 0,
  }));
}
