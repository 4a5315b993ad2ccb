// The seeds' stories, step by step (seeds/reach-out-one-more-time.txt, seeds/negative-responses.txt).
import { describe, expect, it } from 'vitest';
import { computeReferralDuty } from '../../../src/core/referral-duty';
import { computeStage } from '../../../src/core/stage';
import { NEVER, type Referral, type Touch } from '../../../src/core/types';
import { contact, day, inn, local, out, policy } from './helpers';

const stageAt = (touches: Touch[], now: number, extra = {}) => computeStage(contact(extra), touches, policy(), now);

describe('three unanswered attempts, one final reach-out, let go, and back again', () => {
  it('walks the whole story', () => {
    const t: Touch[] = [out(local(2026, 3, 2, 10), 'message', { channel: 'linkedin' })];
    expect(stageAt(t, local(2026, 3, 5, 8)).stage).toBe('nudge-due');
    t.push(out(local(2026, 3, 5, 9), 'call'));
    expect(stageAt(t, local(2026, 3, 16, 8)).stage).toBe('nudge-due');
    t.push(out(local(2026, 3, 16, 9), 'text'));
    const finalDue = stageAt(t, local(2026, 4, 3, 8));
    expect(finalDue.stage).toBe('final-due');
    expect(finalDue.attempt).toBe(3);
    t.push(out(local(2026, 4, 3, 9), 'message'));
    const sent = stageAt(t, local(2026, 4, 4));
    expect(sent.stage).toBe('final-sent');
    expect(day(sent.dueAt)).toBe('Mon 2026-05-04');
    expect(stageAt(t, local(2026, 5, 4, 8)).stage).toBe('let-go');
    expect(stageAt(t, local(2026, 9, 1)).dueAt).toBe(NEVER);
    // Months later the contact writes: they come back as active.
    t.push(inn(local(2026, 9, 2, 14), 'message', { channel: 'gmail' }));
    const back = stageAt(t, local(2026, 9, 2, 15));
    expect(back).toMatchObject({ section: 'came-back', cameBack: true, attempt: 0 });
    t.push(out(local(2026, 9, 3, 9)));
    expect(stageAt(t, local(2026, 9, 3, 10))).toMatchObject({ stage: 'waiting', section: 'waiting', cameBack: false, attempt: 1 });
  });
});

describe('three cancellations, one more try, then no more effort', () => {
  const c = [inn(local(2026, 5, 4, 9), 'cancellation'), inn(local(2026, 5, 11, 9), 'cancellation'), inn(local(2026, 5, 18, 9), 'cancellation')];

  it('suggests exactly one more try, then lets go when he reschedules again', () => {
    expect(stageAt(c.slice(0, 2), local(2026, 5, 13)).stage).toBe('reply-owed');
    expect(stageAt(c, local(2026, 5, 19)).stage).toBe('final-due');
    // "I called him and we did schedule coffee for a week later."
    const t = [...c, out(local(2026, 5, 19, 10), 'call'), inn(local(2026, 5, 19, 10, 5), 'message')];
    expect(stageAt(t, local(2026, 5, 19, 11)).stage).not.toBe('final-due');
    // "Again, he rescheduled…" — no more effort.
    t.push(inn(local(2026, 5, 25, 9), 'reschedule'));
    const after = stageAt(t, local(2026, 5, 26));
    expect(after.stage).toBe('let-go');
    expect(after.dueAt).toBe(NEVER);
    expect(stageAt(t, local(2026, 7, 1)).stage).toBe('let-go');
  });

  it('lets go after letGoAfter if the one more try goes unanswered', () => {
    const t = [...c, out(local(2026, 5, 19, 10), 'call')];
    expect(stageAt(t, local(2026, 6, 1)).stage).toBe('final-sent');
    expect(stageAt(t, local(2026, 6, 18)).stage).toBe('let-go');
  });

  it('if he writes again to schedule, he comes back, and it is up to the user', () => {
    const t = [...c, out(local(2026, 5, 19, 10), 'call'), inn(local(2026, 5, 25, 9), 'reschedule'), inn(local(2026, 7, 6, 9))];
    expect(stageAt(t, local(2026, 7, 6, 10))).toMatchObject({ section: 'came-back', cameBack: true });
  });
});

describe('an outright rejection is a door', () => {
  const REFERRER = 1;
  const REFEREE = 2;

  it('referral ask, a referral with permission, report back and thank, then a gift for the deal', () => {
    const alex: Touch[] = [out(local(2026, 6, 1, 9)), inn(local(2026, 6, 2, 9), 'rejection')];
    expect(stageAt(alex, local(2026, 6, 2, 10)).stage).toBe('referral-ask-due');
    alex.push(out(local(2026, 6, 2, 11), 'referral-ask'));
    expect(stageAt(alex, local(2026, 6, 3)).stage).toBe('engaged');
    // Alex names Don and agrees that the user may mention Alex's name.
    alex.push(inn(local(2026, 6, 3, 9), 'referral'));
    expect(stageAt(alex, local(2026, 6, 20)).dueAt).toBe(NEVER);
    const ref: Referral = {
      referrerId: REFERRER, refereeId: REFEREE, mayUseName: true, status: 'named',
      createdAt: local(2026, 6, 3, 9, 5), dutyDueAt: NEVER,
    };
    const don: Touch[] = [out(local(2026, 6, 3, 10), 'message', { contactId: REFEREE })];
    expect(computeReferralDuty(ref, don, local(2026, 6, 3, 12))).toEqual({ duty: 'thank', dutyDueAt: local(2026, 6, 3) });
    // Don replies: reporting back to Alex comes first, then the thanks.
    don.push(inn(local(2026, 6, 8, 9), 'message', { contactId: REFEREE }));
    const replied = { ...ref, status: 'replied' as const };
    expect(computeReferralDuty(replied, don, local(2026, 6, 8, 10))).toEqual({ duty: 'report-back', dutyDueAt: local(2026, 6, 8) });
    const reported = { ...replied, reportedBackAt: local(2026, 6, 8, 12) };
    expect(computeReferralDuty(reported, don, local(2026, 6, 8, 13)).duty).toBe('thank');
    const thanked = { ...reported, thankedAt: local(2026, 6, 8, 12) };
    expect(computeReferralDuty(thanked, don, local(2026, 6, 9))).toEqual({ dutyDueAt: NEVER });
    // The referral turns into a deal: a small gift for Alex.
    don.push(inn(local(2026, 7, 1, 9), 'deal', { contactId: REFEREE }));
    const deal = { ...thanked, status: 'deal' as const };
    expect(computeReferralDuty(deal, don, local(2026, 7, 1, 10))).toEqual({ duty: 'gift', dutyDueAt: local(2026, 7, 1) });
    expect(computeReferralDuty({ ...deal, giftSentAt: local(2026, 7, 2) }, don, local(2026, 7, 3))).toEqual({ dutyDueAt: NEVER });
    expect(computeStage(contact(), don, policy(), local(2026, 7, 2)).stage).toBe('engaged');
  });
});
