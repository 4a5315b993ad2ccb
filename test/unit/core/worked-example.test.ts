// The worked example of docs/rules.md with the defaults, day by day.
import { describe, expect, it } from 'vitest';
import { computeStage } from '../../../src/core/stage';
import type { Stage, Touch } from '../../../src/core/types';
import { contact, day, inn, local, out, policy } from './helpers';

const first = out(local(2026, 11, 2, 10));
const nudge1 = out(local(2026, 11, 5, 9, 30));
const nudge2 = out(local(2026, 11, 16, 11));
const final = out(local(2026, 12, 4, 15));

function at(touches: Touch[], y: number, m: number, d: number, h = 12) {
  return computeStage(contact(), touches, policy(), local(y, m, d, h));
}

describe('worked example: Dana, first message Monday 2 November 2026', () => {
  it.each([
    // [date, touches sent so far, stage, due day, attempt]
    ['2026-11-02', [first], 'waiting', 'Thu 2026-11-05', 1],
    ['2026-11-04', [first], 'waiting', 'Thu 2026-11-05', 1],
    ['2026-11-05', [first], 'nudge-due', 'Thu 2026-11-05', 1],
    ['2026-11-05', [first, nudge1], 'waiting', 'Mon 2026-11-16', 2],
    ['2026-11-13', [first, nudge1], 'waiting', 'Mon 2026-11-16', 2],
    ['2026-11-16', [first, nudge1], 'nudge-due', 'Mon 2026-11-16', 2],
    ['2026-11-16', [first, nudge1, nudge2], 'waiting', 'Fri 2026-12-04', 3],
    ['2026-12-03', [first, nudge1, nudge2], 'waiting', 'Fri 2026-12-04', 3],
    ['2026-12-04', [first, nudge1, nudge2], 'final-due', 'Fri 2026-12-04', 3],
    ['2026-12-04', [first, nudge1, nudge2, final], 'final-sent', 'Mon 2027-01-04', 4],
    ['2027-01-01', [first, nudge1, nudge2, final], 'final-sent', 'Mon 2027-01-04', 4],
  ] as const)('%s with %#: %s', (date, touches, stage, due, attempt) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const r = at([...touches], y, m, d, 18);
    expect(r.stage).toBe(stage);
    expect(day(r.dueAt)).toBe(due);
    expect(r.attempt).toBe(attempt);
  });

  it('each due moment is the local midnight starting the due day', () => {
    expect(at([first], 2026, 11, 4, 23).stage).toBe('waiting');
    expect(computeStage(contact(), [first], policy(), local(2026, 11, 5) - 1).stage).toBe('waiting');
    expect(computeStage(contact(), [first], policy(), local(2026, 11, 5)).stage).toBe('nudge-due');
    expect(computeStage(contact(), [first], policy(), local(2026, 11, 5)).dueAt).toBe(local(2026, 11, 5));
  });

  it('Dana is let go on Monday 4 January 2027, and stays let go', () => {
    const all = [first, nudge1, nudge2, final];
    expect(computeStage(contact(), all, policy(), local(2027, 1, 4) - 1).stage).toBe('final-sent');
    for (const d of [4, 5, 20]) {
      const r = at(all, 2027, 1, d);
      expect(r.stage).toBe('let-go');
      expect(r.section).toBe('let-go');
    }
  });

  it('walks every day from 2 November to 10 January in order, never skipping a stage', () => {
    const seen: Stage[] = [];
    const sent: Touch[] = [];
    const plan = [first, nudge1, nudge2, final];
    // 08:00 each day: before that day's send, so every due stage is seen.
    for (let ts = local(2026, 11, 3, 8); ts < local(2027, 1, 10); ts = new Date(ts).setDate(new Date(ts).getDate() + 1)) {
      while (plan[0] && plan[0].at <= ts) sent.push(plan.shift()!);
      const { stage } = computeStage(contact(), sent, policy(), ts);
      if (seen.at(-1) !== stage) seen.push(stage);
    }
    expect(seen).toEqual(['waiting', 'nudge-due', 'waiting', 'nudge-due', 'waiting', 'final-due', 'final-sent', 'let-go']);
  });

  it.each([
    ['after the first message', [first], local(2026, 11, 3, 8)],
    ['after the first nudge', [first, nudge1], local(2026, 11, 10, 8)],
    ['after the second nudge', [first, nudge1, nudge2], local(2026, 11, 25, 8)],
    ['after the final reach-out', [first, nudge1, nudge2, final], local(2026, 12, 20, 8)],
  ])('had Dana answered %s, the count starts again from zero', (_label, sent, when) => {
    const reply = inn(when);
    const r = computeStage(contact(), [...sent, reply], policy(), when + 3_600_000);
    expect(r.attempt).toBe(0);
    expect(r.stage).toBe('engaged');
    const next = out(when + 7_200_000);
    const again = computeStage(contact(), [...sent, reply, next], policy(), when + 8_000_000);
    expect(again.stage).toBe('waiting');
    expect(again.attempt).toBe(1);
  });
});
