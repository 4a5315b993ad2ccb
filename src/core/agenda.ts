// Display data for an agenda row (the UI turns it into words).
import { localDaysBetween } from './business-days';
import { effectivePolicy } from './policy';
import type { CadenceOverride, Policy, StageResult } from './types';

export type AttemptLabel =
  | { kind: 'first-sent' }
  /** n-th nudge sent, n of `of` */
  | { kind: 'nudge-sent'; n: number; of: number }
  /** the n-th nudge is due, n of `of` ("nudge 2 of 2") */
  | { kind: 'nudge-due'; n: number; of: number }
  | { kind: 'final-due' }
  | { kind: 'final-sent' }
  | { kind: 'none' };

/** "nudge 2 of 2", "final reach-out", … as data. `attempt` counts the first message too. */
export function attemptLabel(result: Pick<StageResult, 'stage' | 'attempt'>, policy: Policy, cadence?: CadenceOverride): AttemptLabel {
  const p = effectivePolicy(policy, cadence);
  const of = Math.max(0, p.attemptsBeforeFinal - 1);
  switch (result.stage) {
    case 'nudge-due': return { kind: 'nudge-due', n: Math.max(1, result.attempt), of };
    case 'final-due': return { kind: 'final-due' };
    case 'final-sent': return { kind: 'final-sent' };
    case 'waiting':
      return result.attempt <= 1 ? { kind: 'first-sent' } : { kind: 'nudge-sent', n: result.attempt - 1, of };
    default: return { kind: 'none' };
  }
}

/** Whole local days since `ts` (0 today, never negative; 0 when there is no `ts`). */
export function daysSince(ts: number, now: number): number {
  if (!ts) return 0;
  return Math.max(0, localDaysBetween(ts, now));
}
