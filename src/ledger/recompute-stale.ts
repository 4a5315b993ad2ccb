// The day-boundary recompute, reading only what time can have changed. A
// materialized stage stays right until its dueAt passes (computeStage's
// contract, checked by test/unit/ledger/stale.test.ts), except for due
// sections, which stay due until a touch moves them. So it recomputes:
// contacts in a waiting section whose dueAt has passed, 'came-back' ones
// (their inner stage may move), contacts with a touch that has come of age
// since the last run (scheduled sends), and every referral (a small table).
import { DUE_SECTIONS, SECTIONS, type Section } from '../core/types';
import type { NudgelineDB } from './db';
import { localDay } from './day';
import { recomputeContacts, recomputeReferrals } from './recompute';
import { LAST_RECOMPUTE_AT, LAST_RECOMPUTE_DAY } from './recompute-all';
import { allTables } from './tables';

const TIMED: readonly Section[] = SECTIONS.filter((s) => !DUE_SECTIONS.includes(s) && s !== 'archived');
const CHUNK = 500;

async function staleIds(db: NudgelineDB, now: number): Promise<number[]> {
  const since = (await db.meta.get(LAST_RECOMPUTE_AT))?.value;
  const ids = new Set<number>();
  const add = (list: readonly (number | undefined)[]) => { for (const id of list) if (id !== undefined) ids.add(id); };
  for (const s of TIMED) {
    add(await db.contacts.where('[section+dueAt]').between([s, 0], [s, now], true, true).primaryKeys());
  }
  add(await db.contacts.where('[section+dueAt]').between(['came-back', -Infinity], ['came-back', Infinity]).primaryKeys());
  const from = typeof since === 'number' ? since : -Infinity;
  for (const t of await db.touches.where('at').between(from, now, false, true).toArray()) ids.add(t.contactId);
  return [...ids];
}

/** Returns how many contacts were looked at. */
export async function recomputeStale(db: NudgelineDB, now: number): Promise<number> {
  const ids = await db.transaction('r', db.contacts, db.touches, db.meta, () => staleIds(db, now));
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.transaction('rw', allTables(db), () => recomputeContacts(db, ids.slice(i, i + CHUNK), now));
  }
  await db.transaction('rw', allTables(db), async () => {
    await recomputeReferrals(db, await db.referrals.toArray(), now);
    await db.meta.bulkPut([{ key: LAST_RECOMPUTE_DAY, value: localDay(now) }, { key: LAST_RECOMPUTE_AT, value: now }]);
  });
  return ids.length;
}
