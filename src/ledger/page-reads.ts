// Small reads the pages make: contacts by id, whether there are any, how
// much the ledger holds, whether today's stages are in. Merged-away contacts
// are the ledger's business: none of these return them or count them.
import type { Contact } from '../core/types';
import type { NudgelineDB } from './db';
import { localDay } from './day';
import { lastRecomputeDay } from './recompute-all';

/** Live contacts by id; an unknown or merged-away id is absent. */
export async function contactsById(db: NudgelineDB, ids: readonly number[]): Promise<Map<number, Contact>> {
  const found = await db.contacts.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((c) => (c && !c.mergedInto ? [[c.id!, c] as const] : [])));
}

/** Whether the ledger holds any contact: one key read, not a count. */
export async function hasContacts(db: NudgelineDB): Promise<boolean> {
  return (await db.contacts.limit(1).primaryKeys()).length > 0;
}

export interface LedgerCounts {
  contacts: number;
  touches: number;
  referrals: number;
}

/** Contacts not merged away. Only merged-away rows have a mergedInto key, so its index counts exactly them. */
export async function liveContactCount(db: NudgelineDB): Promise<number> {
  return db.transaction('r', db.contacts, async () => {
    const [all, merged] = await Promise.all([db.contacts.count(), db.contacts.where('mergedInto').above(0).count()]);
    return all - merged;
  });
}

export async function ledgerCounts(db: NudgelineDB): Promise<LedgerCounts> {
  return db.transaction('r', db.contacts, db.touches, db.referrals, async () => {
    const [contacts, touches, referrals] = await Promise.all([liveContactCount(db), db.touches.count(), db.referrals.count()]);
    return { contacts, touches, referrals };
  });
}

/** Whether the stages were last recomputed today (local day of `now`). */
export async function stagesAreCurrent(db: NudgelineDB, now: number): Promise<boolean> {
  return (await lastRecomputeDay(db)) === localDay(now);
}
