// Every stage transition, as a table: touches in, stage/section/due out.
import { describe, expect, it } from 'vitest';
import { computeStage, type StageContact } from '../../../src/core/stage';
import { NEVER, type Policy, type Section, type Stage, type Touch } from '../../../src/core/types';
import { contact, day, inn, local, out, policy, touch } from './helpers';

const MON = local(2026, 11, 2, 10); // Monday 2 November 2026, 10:00
const d = (n: number, h = 10) => local(2026, 11, 2 + n, h); // n calendar days after MON

interface Case {
  name: string;
  touches: Touch[];
  now: number;
  stage: Stage;
  section?: Section;
  due?: string | 'never';
  attempt?: number;
  cameBack?: boolean;
  contact?: Partial<StageContact>;
  policy?: Partial<Policy>;
}

const three = [out(MON), out(d(3)), out(d(14))]; // the worked example's attempts
const letGone = [...three, out(d(32))]; // final sent Fri 4 Dec; let go Mon 4 Jan 2027
const JAN10 = local(2027, 1, 10, 12);
const cancels = [inn(MON, 'cancellation'), inn(d(7), 'reschedule'), inn(d(14), 'cancellation')];

const cases: Case[] = [
  { name: 'no touches: new', touches: [], now: MON, stage: 'new', due: 'never', attempt: 0 },
  { name: 'only a note: new', touches: [out(MON, 'note')], now: d(1), stage: 'new', due: 'never' },
  { name: 'first message: waiting', touches: [out(MON)], now: d(1), stage: 'waiting', due: 'Thu 2026-11-05', attempt: 1 },
  { name: 'a call is an attempt', touches: [out(MON, 'call')], now: d(3), stage: 'nudge-due', attempt: 1 },
  { name: 'a text is an attempt', touches: [out(MON, 'text')], now: d(3), stage: 'nudge-due', attempt: 1 },
  { name: 'an article is an attempt (a nudge that gives value)', touches: [out(MON), out(d(3), 'article')], now: d(4), stage: 'waiting', attempt: 2 },
  { name: 'interval passed: nudge-due', touches: [out(MON)], now: d(3), stage: 'nudge-due', due: 'Thu 2026-11-05' },
  { name: 'own follow-ups are not replies', touches: [out(MON), out(d(3))], now: d(4), stage: 'waiting', attempt: 2 },
  { name: 'an out-of-office reply is not a reply', touches: [out(MON), inn(d(1), 'message', { autoReply: true })], now: d(3), stage: 'nudge-due', attempt: 1 },
  { name: 'a note is not an attempt', touches: [out(MON), out(d(1), 'note')], now: d(3), stage: 'nudge-due', attempt: 1 },
  { name: 'three attempts and 14 business days: final-due', touches: three, now: d(32), stage: 'final-due', due: 'Fri 2026-12-04', attempt: 3 },
  { name: 'final sent: final-sent until let go', touches: letGone, now: d(40), stage: 'final-sent', due: 'Mon 2027-01-04', attempt: 4 },
  { name: 'final unanswered: let-go', touches: letGone, now: JAN10, stage: 'let-go', due: 'never' },
  { name: 'a reply resets the count: engaged', touches: [...three, inn(d(20))], now: d(20, 12), stage: 'engaged', attempt: 0, due: 'Mon 2026-11-23' },
  { name: 'contact wrote last, a business day later: reply-owed', touches: [out(MON), inn(d(4))], now: d(7), stage: 'reply-owed', due: 'Mon 2026-11-09' },
  { name: 'contact wrote Friday: engaged over the weekend', touches: [out(MON), inn(d(4))], now: d(6), stage: 'engaged' },
  { name: 'the user answered: waiting again', touches: [out(MON), inn(d(1)), out(d(2))], now: d(3), stage: 'waiting', attempt: 1, due: 'Mon 2026-11-09' },
  { name: 'a thank-you answers without starting nudges', touches: [inn(MON), out(d(1), 'thank-you')], now: d(30), stage: 'engaged', due: 'never', attempt: 0 },
  { name: 'a meeting: engaged, nothing due', touches: [out(MON), out(d(2), 'meeting')], now: d(30), stage: 'engaged', due: 'never', attempt: 0 },
  { name: 'check-in cadence not yet passed', touches: [out(MON, 'meeting')], now: d(20), stage: 'engaged', due: 'Wed 2026-12-02', contact: { checkInEveryDays: 30 } },
  { name: 'check-in cadence passed: check-in-due', touches: [out(MON, 'meeting')], now: d(30), stage: 'check-in-due', due: 'Wed 2026-12-02', contact: { checkInEveryDays: 30 } },
  { name: 'no check-in while a nudge is pending', touches: [out(MON)], now: d(2), stage: 'waiting', contact: { checkInEveryDays: 1 } },
  { name: 'rejection: referral-ask-due today', touches: [out(MON), inn(d(1), 'rejection')], now: d(1, 12), stage: 'referral-ask-due', due: 'Tue 2026-11-03', attempt: 0 },
  { name: 'referral ask logged: nothing more', touches: [out(MON), inn(d(1), 'rejection'), out(d(1, 11), 'referral-ask')], now: d(30), stage: 'engaged', due: 'never' },
  { name: 'two cancellations: reply owed (propose a new time)', touches: cancels.slice(0, 2), now: d(8), stage: 'reply-owed' },
  { name: 'three cancellations, same day: not yet due', touches: cancels, now: d(14, 12), stage: 'engaged', due: 'Tue 2026-11-17' },
  { name: 'three cancellations: final-due', touches: cancels, now: d(15), stage: 'final-due', due: 'Tue 2026-11-17' },
  { name: 'one more try sent: final-sent', touches: [...cancels, out(d(15), 'call')], now: d(16), stage: 'final-sent' },
  { name: 'cancelled again after the one more try: let-go', touches: [...cancels, out(d(15), 'call'), inn(d(18), 'reschedule')], now: d(19), stage: 'let-go', due: 'never' },
  { name: 'a meeting resets cancellations', touches: [...cancels.slice(0, 2), out(d(10), 'meeting'), inn(d(14), 'cancellation')], now: d(20), stage: 'reply-owed' },
  { name: 'snoozed', touches: [out(MON)], now: d(3), stage: 'snoozed', contact: { snoozedUntil: d(6, 0) }, due: 'Sun 2026-11-08' },
  { name: 'snooze over: back to the computed stage', touches: [out(MON)], now: d(7), stage: 'nudge-due', contact: { snoozedUntil: d(6, 0) } },
  { name: 'archived', touches: [out(MON)], now: d(3), stage: 'archived', contact: { archived: true, snoozedUntil: d(9) }, due: 'never' },
  { name: 'let go now', touches: [out(MON)], now: d(1), stage: 'let-go', contact: { letGoAt: d(0, 12) }, due: 'never' },
  { name: 'let go now, then the contact writes: came back', touches: [out(MON), inn(d(5))], now: d(5, 12), stage: 'engaged', section: 'came-back', cameBack: true, contact: { letGoAt: d(0, 12) }, due: 'Sat 2026-11-07' },
  { name: 'let go, then the contact writes: came back', touches: [...letGone, inn(JAN10)], now: JAN10 + 1000, stage: 'engaged', section: 'came-back', cameBack: true, attempt: 0 },
  { name: 'came back and still unanswered days later', touches: [...letGone, inn(JAN10)], now: local(2027, 1, 14), stage: 'reply-owed', section: 'came-back', cameBack: true },
  { name: 'came back, the user answered: waiting', touches: [...letGone, inn(JAN10), out(JAN10 + 3_600_000)], now: JAN10 + 7_200_000, stage: 'waiting', section: 'waiting', cameBack: false, attempt: 1 },
  { name: 'let go: a cancellation does not bring them back', touches: [...letGone, inn(JAN10, 'cancellation')], now: JAN10 + 1000, stage: 'let-go' },
  { name: 'let go: the user writing is not an attempt', touches: [...letGone, out(JAN10)], now: local(2027, 2, 20), stage: 'let-go', due: 'never' },
  { name: 'let go: a meeting makes them active again', touches: [...letGone, out(JAN10, 'meeting')], now: JAN10 + 1000, stage: 'engaged', section: 'engaged', cameBack: false },
  { name: 'keep warm: let go, article not yet due', touches: letGone, now: local(2027, 3, 1), stage: 'let-go', section: 'let-go', due: 'Sun 2027-04-04', contact: { keepWarm: true } },
  { name: 'keep warm: 90 days after let go, article-due', touches: letGone, now: local(2027, 4, 4), stage: 'let-go', section: 'article-due', due: 'Sun 2027-04-04', contact: { keepWarm: true } },
  { name: 'keep warm: article shared, next one 90 days later', touches: [...letGone, out(local(2027, 4, 5, 9), 'article')], now: local(2027, 4, 6), stage: 'let-go', section: 'let-go', due: 'Sun 2027-07-04', contact: { keepWarm: true } },
  { name: 're-activated: earlier attempts no longer count', touches: letGone, now: JAN10, stage: 'new', attempt: 0, contact: { reactivatedAt: local(2027, 1, 8) } },
  { name: 're-activated, then a message: attempt 1', touches: [...letGone, out(local(2027, 1, 8, 12))], now: JAN10, stage: 'waiting', attempt: 1, contact: { reactivatedAt: local(2027, 1, 8) } },
  { name: 'a scheduled send in the future does not count yet', touches: [out(d(5), 'message', { scheduled: true })], now: d(1), stage: 'new' },
  { name: 'a scheduled send counts once its time has come', touches: [out(d(1), 'message', { scheduled: true })], now: d(2), stage: 'waiting', attempt: 1 },
  { name: 'per-contact cadence overrides the policy', touches: [out(MON)], now: d(1), stage: 'final-due', due: 'Tue 2026-11-03', contact: { cadence: { nudgeIntervals: [1], attemptsBeforeFinal: 1 } } },
  { name: 'holidays are not business days', touches: [out(MON)], now: d(3), stage: 'waiting', due: 'Fri 2026-11-06', policy: { holidays: ['2026-11-04'] } },
  { name: 'calendar days when business days are off', touches: [out(local(2026, 11, 6, 10))], now: d(7), stage: 'nudge-due', due: 'Mon 2026-11-09', policy: { businessDaysOnly: false } },
  { name: 'the last interval repeats', touches: [out(MON), out(d(3)), out(d(14)), out(d(32))], now: d(33), stage: 'waiting', due: 'Thu 2026-12-24', attempt: 4, policy: { attemptsBeforeFinal: 5 } },
];

describe('computeStage transitions', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = computeStage(contact(c.contact), c.touches, policy(c.policy), c.now);
    const actual = { stage: r.stage, section: r.section, due: r.dueAt === NEVER ? 'never' : day(r.dueAt), attempt: r.attempt, cameBack: r.cameBack };
    expect(actual).toMatchObject({
      stage: c.stage, section: c.section ?? c.stage, cameBack: c.cameBack ?? false,
      ...(c.due === undefined ? {} : { due: c.due }),
      ...(c.attempt === undefined ? {} : { attempt: c.attempt }),
    });
  });

  it('reports the last touch time, ignoring notes and auto-replies', () => {
    const r = computeStage(contact(), [out(MON), inn(d(2), 'message', { autoReply: true }), out(d(3), 'note')], policy(), d(5));
    expect(r.lastTouchAt).toBe(MON);
  });

  it('a direction-less contact event such as a cancellation logged as out still counts', () => {
    const logged = cancels.map((t) => touch(t.at, 'out', t.kind));
    expect(computeStage(contact(), logged, policy(), d(15)).stage).toBe('final-due');
  });
});
