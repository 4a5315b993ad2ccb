// "Keep mine" after another device deleted contacts: each kept contact gets
// a fresh clock (so it outranks the deletion on every device) and its
// addresses and touches are written again, so the change log sends them all
// back to the devices that deleted them.
import type { NudgelineDB } from './db';
import { touchesOf } from './contact-rows';
import { allTables } from './tables';

export async function keepContacts(db: NudgelineDB, ids: readonly number[]): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    for (const c of await db.contacts.bulkGet([...ids])) {
      if (!c?.sync) continue;
      // A field without a clock is stamped afresh on write (change-log.ts).
      const { name: _stale, ...clocks } = c.sync.c;
      await db.contacts.put({ ...c, sync: { ...c.sync, c: clocks } });
      await db.identities.bulkPut(await db.identities.where('contactId').equals(c.id!).toArray());
      await db.touches.bulkPut(await touchesOf(db, c.id!));
    }
  });
}
