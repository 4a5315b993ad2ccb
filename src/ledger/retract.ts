// Undo send (Gmail's Undo): the touches of that event go away. A contact the
// send had just started tracking, now left with nothing at all, goes too.
import type { Site } from '../core/types';
import type { NudgelineDB } from './db';
import { recomputeContacts } from './recompute';
import { touchesOf } from './contact-rows';
import { writeTables } from './tables';

async function isEmpty(db: NudgelineDB, contactId: number): Promise<boolean> {
  const c = await db.contacts.get(contactId);
  if (!c || c.notes || c.tags.length || c.mergedInto) return false;
  const [touches, given, received, merged] = await Promise.all([
    touchesOf(db, contactId),
    db.referrals.where('referrerId').equals(contactId).count(),
    db.referrals.where('refereeId').equals(contactId).count(),
    db.contacts.where('mergedInto').equals(contactId).count(),
  ]);
  return touches.length === 0 && given + received + merged === 0;
}

/** Returns how many touches were removed. */
export async function retract(db: NudgelineDB, site: Site, eventId: string, now: number): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    const rows = (await db.touches.where('eventId').equals(eventId).toArray()).filter((t) => t.channel === site);
    if (!rows.length) return 0;
    await db.touches.bulkDelete(rows.map((t) => t.id!));
    const affected = [...new Set(rows.map((t) => t.contactId))];
    const keep: number[] = [];
    for (const id of affected) {
      if (await isEmpty(db, id)) {
        await db.identities.where('contactId').equals(id).delete();
        await db.contacts.delete(id);
      } else {
        keep.push(id);
      }
    }
    await recomputeContacts(db, keep, now);
    return rows.length;
  });
}
