// The policy a contact is judged by: the global one with its per-contact
// cadence merged over it (only the fields the contact actually sets).
import type { CadenceOverride, Policy } from './types';

export function effectivePolicy(policy: Policy, cadence?: CadenceOverride): Policy {
  if (!cadence) return policy;
  const merged: Policy = { ...policy };
  if (Array.isArray(cadence.nudgeIntervals) && cadence.nudgeIntervals.length > 0) merged.nudgeIntervals = cadence.nudgeIntervals;
  if (typeof cadence.attemptsBeforeFinal === 'number') merged.attemptsBeforeFinal = cadence.attemptsBeforeFinal;
  if (typeof cadence.letGoAfter === 'number') merged.letGoAfter = cadence.letGoAfter;
  return merged;
}

/** Days to wait after the n-th unanswered attempt (1-based); the last interval repeats. */
export function intervalAfter(policy: Policy, attempt: number): number {
  const list = policy.nudgeIntervals;
  if (list.length === 0) return 0;
  return list[Math.min(Math.max(attempt, 1), list.length) - 1] ?? 0;
}
