// Page actions on one contact: create, edit, log a touch by hand, and the
// agenda row actions. Each is one transaction that recomputes the contact.
import type { Contact, ContactAction, Touch } from '../core/types';
import type { PageRequest } from '../messaging/protocol';
import type { NudgelineDB } from './db';
import { manualKey } from './dedupe';
import { LedgerError, must, newId } from './errors';
import { identityKeys } from '../core/identity';
import { addIdentities, findContactId, newContact } from './people';
import { recomputeContacts } from './recompute';
import { writeTables } from './tables';

type Req<T extends PageRequest['type']> = Extract<PageRequest, { type: T }>;

/** A live (not merged-away) contact, or a refusal. */
export async function liveContact(db: NudgelineDB, id: number): Promise<Contact> {
  const c = must(await db.contacts.get(id), `contact ${id}`);
  if (c.mergedInto) throw new LedgerError(`contact ${id} was merged into ${c.mergedInto}`);
  return c;
}

export async function createContact(db: NudgelineDB, req: Omit<Req<'contact.create'>, 'type'>, now: number): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    const name = req.name.trim();
    if (!name) throw new LedgerError('a contact needs a name');
    // A namesake is not a conflict: only an email or profile already tracked is.
    const keys = req.identities.flatMap((p) => identityKeys(p));
    const existing = await findContactId(db, keys.filter((k) => k.kind !== 'name'));
    if (existing !== undefined) throw new LedgerError(`already tracked as contact ${existing}`);
    const id = newId(await db.contacts.add(newContact(name, now)));
    await addIdentities(db, id, keys);
    await recomputeContacts(db, [id], now, { searchText: true });
    return id;
  });
}

export async function updateContact(db: NudgelineDB, id: number, patch: Req<'contact.update'>['patch'], now: number): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    const c = await liveContact(db, id);
    const next: Contact = { ...c };
    if (patch.name !== undefined) next.name = patch.name.trim() || c.name;
    if (patch.notes !== undefined) next.notes = patch.notes;
    if (patch.tags !== undefined) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))];
    if (patch.cadence === null) delete next.cadence;
    else if (patch.cadence !== undefined) next.cadence = patch.cadence;
    if (patch.checkInEveryDays === null) delete next.checkInEveryDays;
    else if (patch.checkInEveryDays !== undefined) next.checkInEveryDays = patch.checkInEveryDays;
    await db.contacts.put(next);
    await recomputeContacts(db, [id], now, { searchText: true });
  });
}

export async function logManualTouch(db: NudgelineDB, req: Omit<Req<'touch.log'>, 'type'>, now: number): Promise<number> {
  return db.transaction('rw', writeTables(db), async () => {
    const t: Omit<Touch, 'id'> = {
      contactId: req.contactId, direction: req.direction, kind: req.kind, channel: 'manual',
      // Nothing done by hand happened in the future: a page clock a little
      // ahead would otherwise hide the touch until the next day boundary.
      at: Math.min(req.at, now), source: 'manual', dedupeKey: manualKey(req.contactId),
    };
    if (req.subject) t.subject = req.subject;
    // Checked beside the add, not before it: a refusal aborts the transaction, so nothing is written.
    const [, key] = await Promise.all([liveContact(db, req.contactId), db.touches.add(t)]);
    const touchId = newId(key);
    await recomputeContacts(db, [req.contactId], now);
    return touchId;
  });
}

/**
 * Row actions set flags on the contact, except mark-replied, which logs a
 * manual message touch: from the user when the contact wrote last (reply-owed,
 * came-back), else from the contact (they answered off-site). Both reset the
 * relevant count the way a real message would.
 */
export async function contactAction(db: NudgelineDB, id: number, action: ContactAction, until: number | undefined, now: number): Promise<void> {
  await db.transaction('rw', writeTables(db), async () => {
    const c = { ...(await liveContact(db, id)) };
    switch (action) {
      case 'snooze':
        if (until === undefined || until <= now) throw new LedgerError('snooze needs a date in the future');
        c.snoozedUntil = until;
        break;
      case 'unsnooze': delete c.snoozedUntil; break;
      case 'let-go': c.letGoAt = now; break;
      case 'reactivate':
        c.reactivatedAt = now;
        delete c.letGoAt;
        delete c.snoozedUntil;
        break;
      case 'keep-warm': c.keepWarm = true; break;
      case 'no-keep-warm': c.keepWarm = false; break;
      case 'archive': c.archived = true; break;
      case 'unarchive': c.archived = false; break;
      case 'mark-replied': {
        const direction = c.section === 'reply-owed' || c.section === 'came-back' ? 'out' : 'in';
        await db.touches.add({ contactId: id, direction, kind: 'message', channel: 'manual', at: now, source: 'manual', dedupeKey: manualKey(id) });
        break;
      }
    }
    await db.contacts.put(c);
    await recomputeContacts(db, [id], now);
  });
}

/** "Snooze all until tomorrow" from the digest: every due contact. */
export async function snoozeAllDue(db: NudgelineDB, dueSections: readonly string[], until: number, now: number): Promise<number> {
  if (until <= now) throw new LedgerError('snooze needs a date in the future');
  return db.transaction('rw', writeTables(db), async () => {
    const ids: number[] = [];
    for (const section of dueSections) {
      const rows = await db.contacts.where('[section+dueAt]').between([section, 0], [section, now], true, true).toArray();
      for (const c of rows) {
        await db.contacts.put({ ...c, snoozedUntil: until });
        ids.push(c.id!);
      }
    }
    await recomputeContacts(db, ids, now);
    return ids.length;
  });
}
