// Writing an import: re-plan against the ledger inside one read-write
// transaction, then one bulk pass per table; everything or nothing, answered
// after the commit. Only email and profile identities are added: names are
// not unique, and matching by name is the ledger's last resort for people
// seen on pages.
import type { Contact, Identity } from '../core/types';
import { searchTextOf } from '../core/search-text';
import { normalizeEmailAddress } from '../data/identity-keys';
import type { ImportPerson } from '../data/person';
import { keysOf, planImport, type MergeInto } from '../data/plan';
import type { NudgelineDB } from './db';
import { LedgerError } from './errors';
import { existingKeys, inSlices } from './existing-keys';
import { newContact } from './people';

export interface ImportResult {
  added: number;
  merged: number;
  skipped: number;
}

function identitiesFor(contactId: number, keys: readonly string[]): Identity[] {
  return keys.map((k) => {
    const i = k.indexOf(':');
    const value = k.slice(i + 1);
    return { contactId, kind: k.slice(0, i) as Identity['kind'], value, display: value };
  });
}

/** A contact with no touches yet: stage 'new', nothing due. */
function importedContact(p: ImportPerson, keys: readonly string[], now: number): Contact {
  return { ...newContact(p.name, now), notes: p.notes ?? '', searchText: searchTextOf(p, identitiesFor(0, keys)) };
}

/**
 * A merge adds what the contact lacked; it never overwrites the user's own
 * notes. Runs after the new identities are added, so searchText sees them.
 */
async function mergeInto(db: NudgelineDB, merges: readonly MergeInto[]): Promise<void> {
  const ids = [...new Set(merges.map((m) => m.contactId))];
  const contacts = new Map<number, Contact>();
  for (const c of await inSlices(ids, (s) => db.contacts.bulkGet(s))) if (c) contacts.set(c.id!, { ...c });
  const learned = new Set(merges.filter((m) => m.newKeys.length).map((m) => m.contactId));
  const held = new Map<number, Identity[]>();
  for (const i of await inSlices([...learned], (s) => db.identities.where('contactId').anyOf(s).toArray())) {
    held.set(i.contactId, [...(held.get(i.contactId) ?? []), i]);
  }
  const changed = new Set<number>();
  for (const m of merges) {
    const c = contacts.get(m.contactId);
    if (c && !c.notes && m.person.notes) {
      c.notes = m.person.notes;
      changed.add(m.contactId);
    }
  }
  for (const id of learned) {
    const c = contacts.get(id);
    if (!c) continue;
    c.searchText = searchTextOf(c, held.get(id) ?? []);
    changed.add(id);
  }
  await db.contacts.bulkPut([...changed].flatMap((id) => contacts.get(id) ?? []));
}

export async function applyImport(db: NudgelineDB, people: readonly ImportPerson[], now: number): Promise<ImportResult> {
  return db.transaction('rw', [db.contacts, db.identities], async () => {
    const plan = planImport(people, await existingKeys(db, people));
    const keys = plan.add.map(keysOf);
    const ids = (await db.contacts.bulkAdd(plan.add.map((p, i) => importedContact(p, keys[i]!, now)), { allKeys: true })) as number[];
    const identities = plan.add.flatMap((_, i) => identitiesFor(ids[i]!, keys[i]!));
    for (const m of plan.merge) identities.push(...identitiesFor(m.contactId, m.newKeys));
    await db.identities.bulkAdd(identities);
    if (plan.merge.length) await mergeInto(db, plan.merge);
    return { added: plan.add.length, merged: plan.merge.length, skipped: plan.skip.length };
  });
}

/** What a page sent, re-checked: addresses must already be normalized. */
export async function importPeople(db: NudgelineDB, people: readonly ImportPerson[], now: number): Promise<ImportResult> {
  for (const p of people) {
    if (p.emails.some((e) => normalizeEmailAddress(e) !== e)) throw new LedgerError(`invalid address at line ${p.line}`);
    if (!p.emails.length && !p.profileUrl) throw new LedgerError(`no email or profile at line ${p.line}`);
  }
  return applyImport(db, people, now);
}
