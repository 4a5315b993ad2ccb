// computeStage: the one pure function that decides each contact's stage.
// Contract (owned by the core): same inputs, same answer; no clock, no I/O.
import type { Contact, Policy, StageResult, Touch } from './types';

export type StageContact = Pick<
  Contact,
  'createdAt' | 'cadence' | 'checkInEveryDays' | 'keepWarm' | 'snoozedUntil' | 'letGoAt' | 'archived' | 'reactivatedAt'
>;

/**
 * @param touches every touch of the contact, any order
 * @param now epoch ms; day boundaries are local midnight in the runtime's time zone
 */
export function computeStage(contact: StageContact, touches: readonly Touch[], policy: Policy, now: number): StageResult {
  void contact; void touches; void policy; void now;
  throw new Error('computeStage: not implemented yet');
}
