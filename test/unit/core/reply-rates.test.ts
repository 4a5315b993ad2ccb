import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { replyRates } from '../../../src/core/reply-rates';
import type { Touch } from '../../../src/core/types';

type T = Pick<Touch, 'contactId' | 'direction' | 'kind' | 'at' | 'autoReply'>;
const out = (contactId: number, at: number, kind: Touch['kind'] = 'message'): T => ({ contactId, direction: 'out', kind, at });
const inn = (contactId: number, at: number, autoReply = false): T => ({ contactId, direction: 'in', kind: 'message', at, autoReply });

const counts = (touches: T[], before = 3) => replyRates(touches, before).map((r) => [r.sent, r.answered]);

describe('replyRates', () => {
  it.each([
    ['nothing logged', [], [[0, 0], [0, 0], [0, 0], [0, 0]]],
    ['a first message answered', [out(1, 1), inn(1, 2)], [[1, 1], [0, 0], [0, 0], [0, 0]]],
    ['answered after nudge 2', [out(1, 1), out(1, 2), out(1, 3), inn(1, 4)], [[1, 0], [1, 0], [1, 1], [0, 0]]],
    ['the final reach-out answered', [out(1, 1), out(1, 2), out(1, 3), out(1, 4), inn(1, 5)], [[1, 0], [1, 0], [1, 0], [1, 1]]],
    ['attempts after the final are not counted', [1, 2, 3, 4, 5, 6].map((at) => out(1, at)), [[1, 0], [1, 0], [1, 0], [1, 0]]],
    ['a reply starts the count again', [out(1, 1), inn(1, 2), out(1, 3), out(1, 4), inn(1, 5)], [[2, 1], [1, 1], [0, 0], [0, 0]]],
    ['an out-of-office is not an answer', [out(1, 1), inn(1, 2, true), out(1, 3)], [[1, 0], [1, 0], [0, 0], [0, 0]]],
    ['a note is not an attempt', [out(1, 1), out(1, 2, 'note'), inn(1, 3)], [[1, 1], [0, 0], [0, 0], [0, 0]]],
    ['a call is an attempt', [out(1, 1), out(1, 2, 'call'), inn(1, 3)], [[1, 0], [1, 1], [0, 0], [0, 0]]],
    ['a logged rejection answers', [out(1, 1), out(1, 2, 'rejection')], [[1, 1], [0, 0], [0, 0], [0, 0]]],
    ['order of input does not matter', [inn(1, 4), out(1, 3), out(1, 1), out(1, 2)], [[1, 0], [1, 0], [1, 1], [0, 0]]],
    ['contacts are counted apart', [out(1, 1), out(2, 2), inn(2, 3), out(1, 4)], [[2, 1], [1, 0], [0, 0], [0, 0]]],
  ])('%s', (_name, touches, expected) => {
    expect(counts(touches as T[])).toEqual(expected);
  });

  it('labels the slots first, nudge n, final for the policy in force', () => {
    expect(replyRates([], 2).map((r) => r.slot)).toEqual([{ label: 'first' }, { label: 'nudge', n: 1 }, { label: 'final' }]);
  });

  it('computes the rate, and 0 when nothing was sent', () => {
    const [first, nudge] = replyRates([out(1, 1), inn(1, 2), out(2, 1), out(3, 1)], 3);
    expect(first!.rate).toBeCloseTo(1 / 3);
    expect(nudge!.rate).toBe(0);
  });

  it('never counts more answers than attempts, in any slot', () => {
    const touch = fc.record({
      contactId: fc.integer({ min: 1, max: 4 }),
      direction: fc.constantFrom('in' as const, 'out' as const),
      kind: fc.constantFrom('message' as const, 'call' as const, 'note' as const, 'rejection' as const),
      at: fc.integer({ min: 0, max: 1_000 }),
      autoReply: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(touch, { maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (touches, before) => {
      const rates = replyRates(touches, before);
      expect(rates).toHaveLength(before + 1);
      for (const r of rates) expect(r.answered).toBeLessThanOrEqual(r.sent);
      // every later slot can only be reached through the earlier ones
      for (let i = 1; i < rates.length; i++) expect(rates[i]!.sent).toBeLessThanOrEqual(rates[i - 1]!.sent - rates[i - 1]!.answered);
    }));
  });
});
