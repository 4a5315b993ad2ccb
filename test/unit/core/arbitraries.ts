// fast-check generators for the core's property tests.
import * as fc from 'fast-check';
import { DEFAULT_POLICY } from '../../../src/core/settings';
import { TOUCH_KINDS, type Policy, type Touch } from '../../../src/core/types';
import { local } from './helpers';

export const BASE = local(2026, 1, 5, 9); // Monday 5 January 2026, across both DST changes
const HOUR = 3_600_000;

/** A valid policy: intervals never shrink. */
export const policyArb: fc.Arbitrary<Policy> = fc.record({
  steps: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 4 }),
  first: fc.integer({ min: 1, max: 10 }),
  attemptsBeforeFinal: fc.integer({ min: 1, max: 6 }),
  cancellationsBeforeFinal: fc.integer({ min: 1, max: 5 }),
  letGoAfter: fc.integer({ min: 1, max: 30 }),
  replyOwedAfter: fc.integer({ min: 0, max: 5 }),
  businessDaysOnly: fc.boolean(),
  holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }),
  keepWarmEveryDays: fc.integer({ min: 7, max: 120 }),
}).map(({ steps, first, holidayOffsets, ...rest }) => {
  const nudgeIntervals = steps.reduce<number[]>((acc, s) => [...acc, (acc.at(-1) ?? first) + s], []);
  const holidays = holidayOffsets.map((n) => {
    const d = new Date(BASE);
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  return { ...DEFAULT_POLICY, ...rest, nudgeIntervals, holidays };
});

/** Any touch at all, within ~300 days of BASE. */
export const touchArb: fc.Arbitrary<Touch> = fc.record({
  hours: fc.integer({ min: 0, max: 300 * 24 }),
  direction: fc.constantFrom('in' as const, 'out' as const),
  kind: fc.constantFrom(...TOUCH_KINDS),
  autoReply: fc.boolean(),
}).map(({ hours, direction, kind, autoReply }) => ({
  contactId: 1, direction, kind, channel: 'manual' as const, source: 'manual' as const,
  at: BASE + hours * HOUR, dedupeKey: `p${hours}-${direction}-${kind}-${autoReply}`,
  ...(autoReply && direction === 'in' ? { autoReply } : {}),
}));

export const touchesArb = fc.uniqueArray(touchArb, { maxLength: 25, selector: (t) => t.dedupeKey });
