// Merging two contacts moves every identity and touch of `from` into `into`,
// stamping originContactId so the merge can be undone; `from` stays as a
// hidden row pointing at `into`. Referrals are moved too, remembered in a
// meta row. Undo moves exactly those rows back; nothing is ever dropped.
import type { Contact, Identity, Touch } from '../core/types';
import type { NudgelineDB } from './db';
import { LedgerError, must } from './errors';
import { liveContact } from './contacts';
import { recomputeContacts } from './recompute';
import { touchesOf } from './contact-rows';
import { allTables } from './tables';

type RefMove = { id: number; field: 'referrerId' | 'refereeId' };
const mergeLogKey = (fromId: number) => `merge:${fromId}`;

function stamp<T extends Touch | Identity>(row: T, intoId: number, fromId: number): T {
  return { ...row, contactId: intoId, originContactId: row.originContactId ?? fromId };
}

export async function mergeContacts(db: NudgelineDB, intoId: number, fromId: number, now: number): Promise<void> {
  if (intoId === fromId) throw new LedgerError('cannot merge a contact into itself');
  await db.transaction('rw', allTables(db), async () => {
    await liveContact(db, intoId);
    const from = await liveContact(db, fromId);
    const identities = await db.identities.where('contactId').equals(fromId).toArray();
    await db.identities.bulkPut(identities.map((i) => stamp(i, intoId, fromId)));
    await db.touches.bulkPut((await touchesOf(db, fromId)).map((t) => stamp(t, intoId, fromId)));
    const moves: RefMove[] = [];
    for (const field of ['referrerId', 'refereeId'] as const) {
      for (const r of await db.referrals.where(field).equals(fromId).toArray()) {
        moves.push({ id: r.id!, field });
        await db.referrals.update(r.id!, { [field]: intoId });
      }
    }
    await db.meta.put({ key: mergeLogKey(fromId), value: moves });
    await db.contacts.put({ ...from, mergedInto: intoId });
    await recomputeContacts(db, [intoId, fromId], now, { searchText: true });
  });
}

/** Contacts merged into `id`, directly or through others. */
async function mergedUnder(db: NudgelineDB, id: number): Promise<Set<number>> {
  const found = new Set<number>();
  const queue = [id];
  while (queue.length) {
    for (const c of await db.contacts.where('mergedInto').equals(queue.pop()!).toArray()) {
      if (!found.has(c.id!)) { found.add(c.id!); queue.push(c.id!); }
    }
  }
  return found;
}

async function holderOf(db: NudgelineDB, c: Contact): Promise<number> {
  let cur = c;
  for (let hops = 0; cur.mergedInto && hops < 1_000; hops++) cur = must(await db.contacts.get(cur.mergedInto), `contact ${cur.mergedInto}`);
  return cur.id!;
}

async function unmergeOne(db: NudgelineDB, from: Contact, now: number): Promise<void> {
  const fromId = from.id!;
  const holder = await holderOf(db, from);
  const origins = await mergedUnder(db, fromId);
  origins.add(fromId);
  const back = <T extends Touch | Identity>(row: T): T => {
    const next = { ...row, contactId: fromId };
    if (row.originContactId === fromId) delete next.originContactId;
    return next;
  };
  const mine = (row: Touch | Identity) => row.originContactId !== undefined && origins.has(row.originContactId);
  await db.identities.bulkPut((await db.identities.where('contactId').equals(holder).toArray()).filter(mine).map(back));
  await db.touches.bulkPut((await touchesOf(db, holder)).filter(mine).map(back));
  const log = await db.meta.get(mergeLogKey(fromId));
  for (const m of (log?.value as RefMove[] | undefined) ?? []) await db.referrals.update(m.id, { [m.field]: fromId });
  await db.meta.delete(mergeLogKey(fromId));
  const restored = { ...from };
  delete restored.mergedInto;
  await db.contacts.put(restored);
  await recomputeContacts(db, [fromId, holder], now, { searchText: true });
}

/**
 * Another device merged or unmerged `contactId` (sync-apply.ts): its rows,
 * and those of contacts merged into it, go from `formerHolder` to whoever
 * holds it now, each keeping its origin. Returns the contacts whose rows moved.
 */
export async function rehome(db: NudgelineDB, contactId: number, formerHolder: number): Promise<number[]> {
  const holder = await holderOf(db, must(await db.contacts.get(contactId), `contact ${contactId}`));
  const origins = await mergedUnder(db, contactId);
  origins.add(contactId);
  const at = [...new Set([...origins, formerHolder])];
  const move = <T extends Touch | Identity>(rows: T[]): T[] => rows.flatMap((row) => {
    const origin = row.originContactId ?? row.contactId;
    if (!origins.has(origin) || row.contactId === holder) return [];
    const next = { ...row, contactId: holder };
    if (origin === holder) delete next.originContactId;
    else next.originContactId = origin;
    return [next];
  });
  await db.identities.bulkPut(move(await db.identities.where('contactId').anyOf(at).toArray()));
  await db.touches.bulkPut(move((await Promise.all(at.map((id) => touchesOf(db, id)))).flat()));
  return [holder, formerHolder];
}

/**
 * Undo a merge. `contactId` is the merged-away contact; given the contact
 * others were merged into, every direct merge into it is undone.
 */
export async function unmergeContact(db: NudgelineDB, contactId: number, now: number): Promise<number[]> {
  return db.transaction('rw', allTables(db), async () => {
    const c = must(await db.contacts.get(contactId), `contact ${contactId}`);
    const targets = c.mergedInto ? [c] : await db.contacts.where('mergedInto').equals(contactId).toArray();
    if (!targets.length) throw new LedgerError(`contact ${contactId} has no merge to undo`);
    for (const t of targets) await unmergeOne(db, t, now);
    return targets.map((t) => t.id!);
  });
}
