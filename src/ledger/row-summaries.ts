// What an agenda row shows beyond the contact itself, for a whole section
// at once: its first identity (address or profile) and its latest touch
// (channel, thread link, subject). Two index reads for any number of rows.
import { Dexie } from 'dexie';
import type { Contact, Identity, Touch } from '../core/types';
import type { NudgelineDB } from './db';

export interface RowSummary {
  identity?: Identity;
  latest?: Touch;
}

type Row = Pick<Contact, 'id' | 'lastTouchAt'>;

/**
 * The latest touch is found from the contact's lastTouchAt (the latest `at`
 * the stage rules saw): one multi-range read. A contact whose range comes
 * back empty (its stage not yet recomputed) is read on its own.
 */
async function latestTouches(db: NudgelineDB, rows: readonly Row[]): Promise<Map<number, Touch>> {
  const latest = new Map<number, Touch>();
  const ranges = rows.map((c): [unknown[], unknown[]] => [[c.id!, c.lastTouchAt], [c.id!, Dexie.maxKey]]);
  const found = ranges.length ? await db.touches.where('[contactId+at]').inAnyRange(ranges).toArray() : [];
  // Index order: within a contact, the last one seen is the latest (ties by id, as .last() would).
  for (const t of found) latest.set(t.contactId, t);
  await Promise.all(rows.filter((c) => !latest.has(c.id!) && c.lastTouchAt > 0).map(async (c) => {
    const t = await db.touches.where('[contactId+at]').between([c.id!, Dexie.minKey], [c.id!, Dexie.maxKey]).last();
    if (t) latest.set(c.id!, t);
  }));
  return latest;
}

export async function rowSummaries(db: NudgelineDB, rows: readonly Row[]): Promise<Map<number, RowSummary>> {
  const ids = rows.map((c) => c.id!);
  return db.transaction('r', db.identities, db.touches, async () => {
    const [identities, latest] = await Promise.all([db.identities.where('contactId').anyOf(ids).toArray(), latestTouches(db, rows)]);
    const out = new Map<number, RowSummary>(ids.map((id) => [id, { latest: latest.get(id) }]));
    for (const i of identities) {
      const s = out.get(i.contactId)!;
      // An address or profile says more than a display name.
      if (!s.identity || (s.identity.kind === 'name' && i.kind !== 'name')) s.identity = i;
    }
    return out;
  });
}
