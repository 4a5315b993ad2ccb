import { describe, expect, it } from 'vitest';
import { attemptLabel, daysSince } from '../../../src/core/agenda';
import { computeStage } from '../../../src/core/stage';
import { contact, inn, local, out, policy } from './helpers';

describe('attemptLabel', () => {
  const p = policy();
  const first = out(local(2026, 11, 2, 10));
  const n1 = out(local(2026, 11, 5, 10));
  const n2 = out(local(2026, 11, 16, 10));
  const at = (ts: typeof first[], now: number) => attemptLabel(computeStage(contact(), ts, p, now), p);

  it.each([
    ['first message sent', [first], local(2026, 11, 3), { kind: 'first-sent' }],
    ['nudge 1 of 2 due', [first], local(2026, 11, 5), { kind: 'nudge-due', n: 1, of: 2 }],
    ['nudge 1 of 2 sent', [first, n1], local(2026, 11, 6), { kind: 'nudge-sent', n: 1, of: 2 }],
    ['nudge 2 of 2 due', [first, n1], local(2026, 11, 16), { kind: 'nudge-due', n: 2, of: 2 }],
    ['final reach-out due', [first, n1, n2], local(2026, 12, 4), { kind: 'final-due' }],
    ['final sent', [first, n1, n2, out(local(2026, 12, 4, 10))], local(2026, 12, 5), { kind: 'final-sent' }],
    ['nothing for a reply', [first, inn(local(2026, 11, 3))], local(2026, 11, 3, 12), { kind: 'none' }],
  ])('%s', (_n, ts, now, label) => {
    expect(at(ts, now)).toEqual(label);
  });

  it('follows a per-contact cadence', () => {
    expect(attemptLabel({ stage: 'nudge-due', attempt: 1 }, p, { attemptsBeforeFinal: 5 })).toEqual({ kind: 'nudge-due', n: 1, of: 4 });
  });
});

describe('daysSince', () => {
  it.each([
    [local(2026, 11, 2, 23), local(2026, 11, 3, 1), 1],
    [local(2026, 11, 2, 1), local(2026, 11, 2, 23), 0],
    [local(2026, 10, 24, 12), local(2026, 10, 26, 12), 2],
    [local(2026, 11, 5), local(2026, 11, 2), 0],
    [0, local(2026, 11, 2), 0],
  ])('%i → %i: %i days', (from, now, days) => {
    expect(daysSince(from, now)).toBe(days);
  });
});
