// From a person seen on a page to a contact: identity keys, the user's own
// identities, and find-or-create. Runs inside the caller's transaction.
import type { Contact, Identity, IdentityKind, Settings } from '../core/types';
import { NEVER } from '../core/types';
import { identityKeys } from '../core/identity';
import { searchTextOf } from '../core/search-text';
import type { Person } from '../messaging/protocol';
import type { NudgelineDB } from './db';
import { newId } from './errors';

export type Key = Pick<Identity, 'kind' | 'value' | 'display'>;

const tag = (k: Pick<Key, 'kind' | 'value'>) => `${k.kind}:${k.value}`;

/** Keys used to find a person: email and profile; the name only when there is nothing else. */
export function lookupKeys(person: Person): Key[] {
  const keys: Key[] = identityKeys(person);
  const strong = keys.filter((k) => k.kind !== 'name');
  return strong.length ? strong : keys;
}

/** An own-identity entry ('me@x.com', a profile URL) as a person. */
function personOf(entry: string): Person {
  return /^https:\/\//i.test(entry) ? { profileUrl: entry } : { email: entry };
}

export function ownKeySet(settings: Settings): Set<string> {
  return new Set(settings.ownIdentities.flatMap((e) => identityKeys(personOf(e)).filter((k) => k.kind !== 'name').map(tag)));
}

export function isOwn(person: Person, own: ReadonlySet<string>): boolean {
  return identityKeys(person).some((k) => k.kind !== 'name' && own.has(tag(k)));
}

/** The account's email/profile, added to ownIdentities; returns whether anything was new. */
export function learnOwn(settings: Settings, account: Person | undefined): boolean {
  if (!account) return false;
  const own = ownKeySet(settings);
  let learned = false;
  for (const k of identityKeys(account)) {
    if (k.kind === 'name' || own.has(tag(k))) continue;
    settings.ownIdentities = [...settings.ownIdentities, k.value];
    own.add(tag(k));
    learned = true;
  }
  return learned;
}

export async function findContactId(db: NudgelineDB, keys: readonly Key[]): Promise<number | undefined> {
  for (const k of keys) {
    const row = await db.identities.where('[kind+value]').equals([k.kind, k.value]).first();
    if (row) return row.contactId;
  }
  return undefined;
}

export function newContact(name: string, now: number): Contact {
  return {
    name, tags: [], notes: '', keepWarm: false, archived: false, createdAt: now,
    stage: 'new', section: 'new', dueAt: NEVER, cameBack: false, attempt: 0, lastTouchAt: 0,
    searchText: searchTextOf({ name }, []),
  };
}

function displayName(person: Person, keys: readonly Key[]): string {
  const name = person.name?.trim();
  if (name) return name;
  if (person.email) return person.email.trim();
  return keys[0]?.display ?? keys[0]?.value ?? '?';
}

/** Adds the keys not yet known anywhere to the contact (a key owned by another contact stays there). */
export async function addIdentities(db: NudgelineDB, contactId: number, keys: readonly Key[]): Promise<void> {
  for (const k of keys) {
    const taken = await db.identities.where('[kind+value]').equals([k.kind, k.value]).first();
    if (taken) continue;
    const row: Identity = { contactId, kind: k.kind as IdentityKind, value: k.value };
    if (k.display) row.display = k.display;
    await db.identities.add(row);
  }
}

/** The contact for this person: found by identity, or created when `create`. */
export async function resolvePerson(db: NudgelineDB, person: Person, create: boolean, now: number): Promise<number | undefined> {
  const keys = lookupKeys(person);
  if (!keys.length) return undefined;
  const found = await findContactId(db, keys);
  if (found !== undefined) {
    await addIdentities(db, found, keys);
    return found;
  }
  if (!create) return undefined;
  const id = newId(await db.contacts.add(newContact(displayName(person, keys), now)));
  await addIdentities(db, id, keys);
  return id;
}
