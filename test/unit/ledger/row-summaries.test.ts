// One batched read for a section's rows gives each row what reading it on
// its own would: the first address or profile, and the latest touch.
import * as fc from 'fast-check';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { rowSummaries } from '../../../src/ledger/queries';
import { newContact } from '../../../src/ledger/people';
import type { Identity, Touch } from '../../../src/core/types';
import { freshDb } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

/** Row by row, as the popup read it before: the reference answer. */
async function oneByOne(id: number) {
  const identities = await db.identities.where('contactId').equals(id).toArray();
  const latest = await db.touches.where('[contactId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).last();
  return { identity: identities.find((i) => i.kind !== 'name') ?? identities[0], latest };
}

const arbContact = fc.record({
  ids: fc.array(fc.constantFrom('name', 'email', 'linkedin') as fc.Arbitrary<Identity['kind']>, { maxLength: 3 }),
  touches: fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 5 }),
  // the stored lastTouchAt: right, stale (lower) or missing
  lag: fc.constantFrom(0, 1, 'zero' as const),
});

describe('rowSummaries', () => {
  it('equals reading each row on its own, with ties, stale lastTouchAt and rows with nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(arbContact, { minLength: 1, maxLength: 8 }), async (specs) => {
      db = freshDb();
      // One bulk write per table: the property runs many ledgers.
      const lastTouchAts = specs.map((s) => {
        const max = s.touches.length ? Math.max(...s.touches) : 0;
        return s.lag === 'zero' ? 0 : Math.max(0, max - s.lag);
      });
      const ids = (await db.contacts.bulkAdd(specs.map((_, n) => ({ ...newContact(`c${n}`, 0), lastTouchAt: lastTouchAts[n]! })), { allKeys: true })) as number[];
      await db.identities.bulkAdd(specs.flatMap((s, n) => s.ids.map((kind, k) => ({ contactId: ids[n]!, kind, value: `${kind}-${n}-${k}` }))));
      await db.touches.bulkAdd(specs.flatMap((s, n) => s.touches.map((at, k): Touch => ({
        contactId: ids[n]!, direction: 'out', kind: 'message', channel: k % 2 ? 'gmail' : 'linkedin', at, source: 'auto', dedupeKey: `${n}-${k}`,
      }))));
      const rows = ids.map((id, n) => ({ id, lastTouchAt: lastTouchAts[n]! }));
      const batch = await rowSummaries(db, rows);
      for (const r of rows) expect(batch.get(r.id)).toEqual(await oneByOne(r.id));
      await db.delete();
    }), { numRuns: 30 });
  });

  it('answers an empty list with an empty map', async () => {
    db = freshDb();
    expect((await rowSummaries(db, [])).size).toBe(0);
  });
});
