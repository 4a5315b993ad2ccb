// Rules that always hold (docs/rules.md), checked on generated histories.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, localDaysBetween } from '../../../src/core/business-days';
import { computeStage } from '../../../src/core/stage';
import { NEVER, type Policy, type Section, type Touch } from '../../../src/core/types';
import { BASE, policyArb, touchArb, touchesArb } from './arbitraries';
import { contact, inn, out } from './helpers';

const HOUR = 3_600_000;
const lastAt = (ts: readonly Touch[]) => ts.reduce((m, t) => Math.max(m, t.at), BASE);

describe('a reply resets the unanswered count', () => {
  it('after any history, a real reply leaves 0 attempts, and k new attempts count as k', () => {
    fc.assert(fc.property(touchesArb, policyArb, fc.integer({ min: 0, max: 6 }), (history, p, k) => {
      const replyAt = lastAt(history) + HOUR;
      const withReply = [...history, inn(replyAt)];
      expect(computeStage(contact(), withReply, p, replyAt + HOUR).attempt).toBe(0);
      const more = Array.from({ length: k }, (_, i) => out(replyAt + (i + 1) * 60_000));
      expect(computeStage(contact(), [...withReply, ...more], p, replyAt + HOUR).attempt).toBe(k);
    }));
  });

  it('an auto-reply never resets it', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), policyArb, (n, p) => {
      const attempts = Array.from({ length: n }, (_, i) => out(BASE + i * HOUR));
      const ooo = inn(BASE + n * HOUR, 'message', { autoReply: true });
      expect(computeStage(contact(), [...attempts, ooo], p, BASE + (n + 1) * HOUR).attempt).toBe(n);
    }));
  });
});

/** The user follows every suggestion the moment it is due; the contact never answers. */
function followSuggestions(p: Policy, keepWarm: boolean, sendHour: number) {
  const c = contact({ keepWarm });
  const touches: Touch[] = [out(BASE)];
  const suggested: { section: Section; attemptAt: number; dueAt: number }[] = [];
  const afterLetGo: Section[] = [];
  let now = BASE;
  for (let step = 0; step < 60; step++) {
    const { dueAt } = computeStage(c, touches, p, now);
    if (dueAt === NEVER) break;
    now = Math.max(now, dueAt) + sendHour * HOUR;
    const r = computeStage(c, touches, p, now);
    if (r.stage === 'let-go') afterLetGo.push(r.section);
    if (r.section === 'nudge-due' || r.section === 'final-due' || r.section === 'article-due') {
      suggested.push({ section: r.section, attemptAt: touches.at(-1)!.at, dueAt: r.dueAt });
      touches.push(out(now, r.section === 'article-due' ? 'article' : 'message'));
      if (afterLetGo.length > 4) break;
    }
  }
  return { suggested, afterLetGo, touches, final: computeStage(c, touches, p, now + 400 * 24 * HOUR) };
}

describe('following every suggestion with no answer', () => {
  const arb = fc.tuple(policyArb, fc.boolean(), fc.integer({ min: 0, max: 23 }));

  it('the gap between suggested attempts never shrinks', () => {
    fc.assert(fc.property(arb, ([p, keepWarm, hour]) => {
      const gaps = followSuggestions(p, keepWarm, hour).suggested
        .filter((s) => s.section !== 'article-due')
        .map((s) => (p.businessDaysOnly ? businessDaysBetween(s.attemptAt, s.dueAt, p.holidays) : localDaysBetween(s.attemptAt, s.dueAt)));
      gaps.forEach((g, i) => expect(g).toBeGreaterThanOrEqual(gaps[i - 1] ?? 0));
    }));
  });

  it('suggests attemptsBeforeFinal - 1 nudges, exactly one final reach-out, then lets go', () => {
    fc.assert(fc.property(arb, ([p, keepWarm, hour]) => {
      const { suggested, final } = followSuggestions(p, keepWarm, hour);
      const nudges = suggested.filter((s) => s.section === 'nudge-due').length;
      const finals = suggested.filter((s) => s.section === 'final-due').length;
      expect(nudges).toBeLessThanOrEqual(p.attemptsBeforeFinal);
      expect(nudges).toBe(p.attemptsBeforeFinal - 1);
      expect(finals).toBe(1);
      expect(final.stage).toBe('let-go');
    }));
  });

  it('after letting go, only the keep-warm article is ever suggested, at most every keepWarmEveryDays', () => {
    fc.assert(fc.property(arb, ([p, keepWarm, hour]) => {
      const { suggested, afterLetGo } = followSuggestions(p, keepWarm, hour);
      const allowed = keepWarm ? ['let-go', 'article-due'] : ['let-go'];
      expect(afterLetGo.filter((s) => !allowed.includes(s))).toEqual([]);
      const articles = suggested.filter((s) => s.section === 'article-due');
      expect(keepWarm || articles.length === 0).toBe(true);
      expect(articles.filter((a) => localDaysBetween(a.attemptAt, a.dueAt) < p.keepWarmEveryDays)).toEqual([]);
    }));
  });
});

describe('nothing is suggested for let-go, snoozed or archived contacts', () => {
  it('holds for any history, flags and moment', () => {
    const flags = fc.record({
      archived: fc.boolean(), keepWarm: fc.boolean(),
      snoozeHours: fc.option(fc.integer({ min: 0, max: 400 * 24 })), letGoHours: fc.option(fc.integer({ min: 0, max: 400 * 24 })),
    });
    fc.assert(fc.property(touchesArb, policyArb, flags, fc.integer({ min: 0, max: 500 * 24 }), (ts, p, f, nowHours) => {
      const c = contact({
        archived: f.archived, keepWarm: f.keepWarm,
        ...(f.snoozeHours !== null ? { snoozedUntil: BASE + f.snoozeHours * HOUR } : {}),
        ...(f.letGoHours !== null ? { letGoAt: BASE + f.letGoHours * HOUR } : {}),
      });
      const now = BASE + nowHours * HOUR;
      const r = computeStage(c, ts, p, now);
      const snoozed = c.snoozedUntil !== undefined && c.snoozedUntil > now;
      const violations = [
        f.archived && (r.stage !== 'archived' || r.section !== 'archived') && 'archived shows something',
        !f.archived && snoozed && (r.stage !== 'snoozed' || r.section !== 'snoozed') && 'snoozed shows something',
        r.stage === 'let-go' && r.section !== 'let-go' && !(f.keepWarm && r.section === 'article-due') && `let-go shows ${r.section}`,
        r.section === 'article-due' && r.stage !== 'let-go' && `article-due while ${r.stage}`,
      ].filter(Boolean);
      expect(violations).toEqual([]);
    }));
  });

  it('a let-go contact stays let go whatever the user sends, until the contact writes', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('message', 'call', 'text', 'article', 'note') , { maxLength: 8 }), policyArb, (kinds, p) => {
      const c = contact({ letGoAt: BASE });
      const sent = kinds.map((k, i) => out(BASE + (i + 1) * 24 * HOUR, k));
      const later = BASE + 30 * 24 * HOUR;
      expect(computeStage(c, sent, p, later).stage).toBe('let-go');
      expect(computeStage(c, [...sent, inn(later)], p, later + HOUR).cameBack).toBe(true);
    }));
  });
});

describe('the result depends only on the inputs', () => {
  it('same answer for any order of the touches, on repeat, and without mutating them', () => {
    fc.assert(fc.property(touchesArb, policyArb, fc.integer({ min: 0, max: 400 * 24 }), fc.boolean(), (ts, p, h, keepWarm) => {
      const c = contact({ keepWarm, checkInEveryDays: 30 });
      const snapshot = JSON.stringify(ts);
      const a = computeStage(c, ts, p, BASE + h * HOUR);
      const b = computeStage(c, ts.toReversed(), p, BASE + h * HOUR);
      expect(b).toEqual(a);
      expect(computeStage(c, ts, p, BASE + h * HOUR)).toEqual(a);
      expect(JSON.stringify(ts)).toBe(snapshot);
    }));
  });

  it('touches logged at the same moment give the same answer in any order', () => {
    const tied = touchesArb.map((ts) => ts.map((t) => ({ ...t, at: BASE + ((t.at - BASE) % 4) * 24 * HOUR })));
    fc.assert(fc.property(tied, policyArb, fc.integer({ min: 0, max: 10 }), (ts, p, days) => {
      const now = BASE + days * 24 * HOUR;
      const shuffled = [...ts].sort((a, b) => (a.dedupeKey < b.dedupeKey ? 1 : -1));
      expect(computeStage(contact(), shuffled, p, now)).toEqual(computeStage(contact(), ts, p, now));
    }));
  });

  it('scheduled sends after now never change the answer', () => {
    fc.assert(fc.property(touchesArb, fc.array(touchArb, { maxLength: 5 }), policyArb, fc.integer({ min: 0, max: 300 * 24 }), (ts, future, p, h) => {
      const now = BASE + h * HOUR;
      const later = future.map((t, i) => ({ ...t, at: now + (i + 1) * 1000, dedupeKey: `f${i}`, scheduled: true }));
      expect(computeStage(contact(), [...ts, ...later], p, now)).toEqual(computeStage(contact(), ts, p, now));
    }));
  });

  it('a touch a little ahead of this clock (another browser\'s, through sync) counts as it would a moment later', () => {
    fc.assert(fc.property(touchesArb, touchArb, policyArb, fc.integer({ min: 0, max: 300 * 24 }), fc.integer({ min: 1, max: 120_000 }), (ts, t, p, h, ahead) => {
      const now = BASE + h * HOUR;
      const early = ts.filter((x) => x.at < now);
      const skewed = { ...t, at: now + ahead, dedupeKey: 'skewed' };
      expect(computeStage(contact(), [...early, skewed], p, now).lastTouchAt).toBe(computeStage(contact(), [...early, skewed], p, now + ahead).lastTouchAt);
    }));
  });
});
