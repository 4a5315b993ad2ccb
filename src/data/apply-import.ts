// The background's side of an import: re-plan against the ledger inside one
// read-write transaction and write everything or nothing. Only email and
// profile identities are added: names are not unique, and matching by name
// is the ledger's last resort for people seen on pages.
import type { NudgelineDB } from '../ledger/db';
import type { Contact, Identity } from '../core/types';
import { NEVER } from '../core/types';
import { keysOf, planImport } from './plan';
import { existingKeys } from './existing';
import type { ImportPerson } from './person';

export interface ImportResult {
  added: number;
  merged: number;
  skipped: number;
}

/** A contact with no touches yet: stage 'new', nothing due. */
function newContact(p: ImportPerson, now: number): Contact {
  return {
    name: p.name, tags: [], notes: p.notes ?? '', keepWarm: false, archived: false, createdAt: now,
    stage: 'new', section: 'new', dueAt: NEVER, cameBack: false, attempt: 0, lastTouchAt: 0,
    searchText: [p.name, ...p.emails, p.profileUrl ?? ''].join(' ').toLowerCase().trim(),
  };
}

function identitiesFor(contactId: number, keys: string[]): Identity[] {
  return keys.map((k) => {
    const i = k.indexOf(':');
    const kind = k.slice(0, i) as Identity['kind'];
    const value = k.slice(i + 1);
    return { contactId, kind, value, display: value };
  });
}

export async function applyImport(db: NudgelineDB, people: readonly ImportPerson[], now: number): Promise<ImportResult> {
  return db.transaction('rw', [db.contacts, db.identities], async () => {
    const existing = await existingKeys(db, people);
    const plan = planImport(people, existing);
    const ids = (await db.contacts.bulkAdd(plan.add.map((p) => newContact(p, now)), { allKeys: true })) as number[];
    const identities = plan.add.flatMap((p, i) => identitiesFor(ids[i]!, keysOf(p)));
    for (const m of plan.merge) identities.push(...identitiesFor(m.contactId, m.newKeys));
    await db.identities.bulkAdd(identities);
    // A merge adds what the contact lacked; it never overwrites the user's own notes.
    for (const m of plan.merge) {
      const c = await db.contacts.get(m.contactId);
      if (!c) continue;
      const extra = [...m.person.emails, m.person.profileUrl ?? ''].join(' ').toLowerCase();
      const patch: Partial<Contact> = { searchText: `${c.searchText ?? c.name.toLowerCase()} ${extra}`.trim().slice(0, 5_000) };
      if (!c.notes && m.person.notes) patch.notes = m.person.notes;
      await db.contacts.update(m.contactId, patch);
    }
    return { added: plan.add.length, merged: plan.merge.length, skipped: plan.skip.length };
  });
}
