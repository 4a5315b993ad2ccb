import { describe, expect, it } from 'vitest';
import { computeReferralDuty } from '../../../src/core/referral-duty';
import { NEVER, type Referral, type Touch } from '../../../src/core/types';
import { inn, local, out } from './helpers';

const CREATED = local(2026, 6, 3, 9);
const ref = (extra: Partial<Referral> = {}): Referral => ({
  referrerId: 1, refereeId: 2, mayUseName: false, status: 'named', createdAt: CREATED, dutyDueAt: NEVER, ...extra,
});

describe('computeReferralDuty', () => {
  it.each<[string, Partial<Referral>, Touch[], string | undefined, number]>([
    ['only asked: nothing yet', { status: 'asked', refereeId: undefined }, [], undefined, NEVER],
    ['named: thank the referrer', {}, [], 'thank', local(2026, 6, 3)],
    ['thanked, referee silent: nothing', { thankedAt: CREATED }, [out(local(2026, 6, 4))], undefined, NEVER],
    ['referee replied: report back', { thankedAt: CREATED }, [inn(local(2026, 6, 5, 15))], 'report-back', local(2026, 6, 5)],
    ['an auto-reply from the referee is not a reply', { thankedAt: CREATED }, [inn(local(2026, 6, 5), 'message', { autoReply: true })], undefined, NEVER],
    ['a meeting with the referee: report back', { thankedAt: CREATED }, [out(local(2026, 6, 9, 14), 'meeting')], 'report-back', local(2026, 6, 9)],
    ['status met without a touch: report back from the start', { status: 'met', thankedAt: CREATED }, [], 'report-back', local(2026, 6, 3)],
    ['touches before the referral do not count', { thankedAt: CREATED }, [inn(local(2026, 5, 1))], undefined, NEVER],
    ['report back comes before thanks', {}, [inn(local(2026, 6, 5))], 'report-back', local(2026, 6, 5)],
    ['deal: gift once reported and thanked', { status: 'deal', reportedBackAt: CREATED, thankedAt: CREATED }, [inn(local(2026, 7, 1, 9), 'deal')], 'gift', local(2026, 7, 1)],
    ['a deal logged with the referee, status never edited: gift', { status: 'met', reportedBackAt: CREATED, thankedAt: CREATED }, [inn(local(2026, 7, 2, 9), 'deal')], 'gift', local(2026, 7, 2)],
    ['a deal logged before the referral does not count', { status: 'met', reportedBackAt: CREATED, thankedAt: CREATED }, [inn(local(2026, 5, 2), 'deal')], undefined, NEVER],
    ['all done', { status: 'deal', reportedBackAt: CREATED, thankedAt: CREATED, giftSentAt: CREATED }, [], undefined, NEVER],
  ])('%s', (_name, extra, touches, duty, due) => {
    const r = computeReferralDuty(ref(extra), touches, local(2026, 8, 1));
    expect(r.duty).toBe(duty);
    expect(r.dutyDueAt).toBe(due);
  });

  it('a reply that has not happened yet (after now) does not count', () => {
    expect(computeReferralDuty(ref({ thankedAt: CREATED }), [inn(local(2026, 6, 10))], local(2026, 6, 9)).duty).toBeUndefined();
  });
});
