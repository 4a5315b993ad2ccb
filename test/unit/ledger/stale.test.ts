// The day-boundary recompute reads only what time can have changed. That is
// right only if a stage outside the due sections stays put until its dueAt
// (and no touch comes of age; scheduled sends are touches in the future): checked here against computeStage itself, and
// end to end against the full recompute, day after day.
import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { computeStage, type StageContact } from '../../../src/core/stage';
import { DEFAULT_POLICY } from '../../../src/core/settings';
import { DAY_MS, DUE_SECTIONS, type Touch } from '../../../src/core/types';
import { newContact } from '../../../src/ledger/people';
import { recomputeAll } from '../../../src/ledger/recompute-all';
import { recomputeStale } from '../../../src/ledger/recompute-stale';
import type { NudgelineDB } from '../../../src/ledger/db';
import { MON, freshDb } from './helpers';

const HOUR = 3_600_000;
const arbTouch = fc.record({
  direction: fc.constantFrom('out', 'in'),
  kind: fc.constantFrom('message', 'message', 'message', 'call', 'meeting', 'cancellation', 'reschedule', 'rejection', 'article', 'referral-ask'),
  at: fc.integer({ min: 0, max: 120 * 24 }).map((h) => MON + h * HOUR),
  autoReply: fc.boolean().map((b) => b || undefined),
});
const arbContact = fc.record({
  keepWarm: fc.boolean(),
  checkInEveryDays: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
  snoozedUntil: fc.option(fc.integer({ min: 0, max: 150 * 24 }).map((h) => MON + h * HOUR), { nil: undefined }),
  // "Let go now" stamps the moment of the click: never in the future of a recompute.
  letGoAt: fc.option(fc.integer({ min: -10 * 24, max: 0 }).map((h) => MON + h * HOUR), { nil: undefined }),
});
const touchesOf = (list: readonly { direction: string; kind: string; at: number; autoReply?: boolean }[]) =>
  list.map((t, i) => ({ ...t, contactId: 1, channel: 'gmail', source: 'auto', dedupeKey: `k${i}` }) as Touch);
const UNTIMED = new Set<string>([...DUE_SECTIONS, 'came-back']);

describe('a stage outside the due sections holds until its dueAt', () => {
  it('computeStage(now2) equals computeStage(now1) while nothing happens before dueAt', () => {
    fc.assert(fc.property(arbContact, fc.array(arbTouch, { maxLength: 12 }), fc.integer({ min: 0, max: 160 * 24 }), fc.double({ min: 0, max: 1, noNaN: true }),
      (flags, raw, h, frac) => {
        const contact: StageContact = { createdAt: MON, archived: false, ...flags };
        const touches = touchesOf(raw);
        const now1 = MON + h * HOUR;
        const r1 = computeStage(contact, touches, DEFAULT_POLICY, now1);
        if (UNTIMED.has(r1.section)) return;
        const nextTouch = Math.min(...touches.map((t) => t.at).filter((at) => at > now1), Number.MAX_SAFE_INTEGER);
        const until = Math.min(r1.dueAt, nextTouch, now1 + 400 * DAY_MS);
        const now2 = now1 + Math.floor((until - now1 - 1) * frac);
        if (now2 <= now1) return;
        expect(computeStage(contact, touches, DEFAULT_POLICY, now2)).toEqual(r1);
      }), { numRuns: 2_000 });
  });
});

const pick = async (db: NudgelineDB) =>
  (await db.contacts.toArray()).map((c) => [c.id, c.stage, c.section, c.dueAt, c.attempt, c.cameBack, c.lastTouchAt]);

let a: NudgelineDB | undefined;
let b: NudgelineDB | undefined;
afterEach(async () => {
  await a?.delete();
  await b?.delete();
});

describe('recomputeStale', () => {
  it('matches the full recompute at every day boundary over two months', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(arbContact, fc.array(arbTouch, { maxLength: 8 })), { minLength: 1, maxLength: 15 }), async (rows) => {
      a = freshDb();
      b = freshDb();
      for (const db of [a, b]) {
        for (const [flags, raw] of rows) {
          const id = await db.contacts.add({ ...newContact('x', MON), ...flags });
          await db.touches.bulkAdd(touchesOf(raw).map((t, i) => ({ ...t, contactId: id!, dedupeKey: `k${id}-${i}` })));
        }
        await recomputeAll(db, MON);
      }
      for (let day = 1; day <= 60; day += 4) {
        const now = new Date(2026, 10, 2 + day, 0, 1).getTime();
        await recomputeStale(a, now);
        await recomputeAll(b, now);
        expect(await pick(a)).toEqual(await pick(b));
      }
      await a.delete();
      await b.delete();
    }), { numRuns: 10 });
  }, 60_000);
});
