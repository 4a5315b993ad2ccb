// What applying one pulled page looks up, read through caches that are
// filled in one go: every lookup of the page is queued at once (a transaction
// answers them back to back) instead of a round trip per record, several per
// touch. The apply keeps them current as it writes, so a later record of the
// same page sees what an earlier one wrote, as a fresh read would.
//
// A hit answers with a Dexie promise, never from an async function: Dexie
// follows its transaction across native awaits only for about 100 microtasks
// after each Dexie promise, and a page of hits in a row would outrun that
// (the transaction then commits under the apply: PrematureCommitError).
import { Dexie } from 'dexie';
import type { Contact, Identity, Touch } from '../core/types';
import type { NudgelineDB } from './db';

const identityKey = (kind: string, value: string) => `${kind}\u0000${value}`;
const hit = <T>(value: T): Promise<T> => Dexie.Promise.resolve(value);

export class ApplyLookups {
  private readonly contactsByGid = new Map<string, Contact | null>();
  private readonly contactsById = new Map<number, Contact>();
  private readonly identities = new Map<string, Identity | null>();
  private readonly touchesByKey = new Map<string, Touch | null>();
  private readonly touchesByGid = new Map<string, Touch | null>();

  constructor(private readonly db: NudgelineDB) {}

  async prefetchContacts(gids: Iterable<string>): Promise<void> {
    const want = [...new Set(gids)].filter((g) => !this.contactsByGid.has(g));
    const found = await Promise.all(want.map((g) => this.db.contacts.where('gid').equals(g).first()));
    want.forEach((g, i) => {
      const c = found[i];
      this.contactsByGid.set(g, c ?? null);
      if (c) this.contactsById.set(c.id!, c);
    });
  }

  /** Without a read: the contact if known, null if known absent, undefined if never looked up. */
  peekContact(gid: string): Contact | null | undefined {
    return this.contactsByGid.get(gid);
  }

  contactByGid(gid: string): Promise<Contact | undefined> {
    if (this.contactsByGid.has(gid)) return hit(this.contactsByGid.get(gid) ?? undefined);
    return this.prefetchContacts([gid]).then(() => this.contactsByGid.get(gid) ?? undefined);
  }

  contactById(id: number): Promise<Contact | undefined> {
    const known = this.contactsById.get(id);
    if (known) return hit(known);
    return this.db.contacts.get(id).then((c) => {
      if (c) this.rememberContact(c);
      return c;
    });
  }

  /** After a contact is written: `c` as stored, with its id. */
  rememberContact(c: Contact): void {
    this.contactsById.set(c.id!, c);
    if (c.gid) this.contactsByGid.set(c.gid, c);
  }

  forgetContact(c: Contact): void {
    this.contactsById.delete(c.id!);
    if (c.gid) this.contactsByGid.set(c.gid, null);
  }

  async prefetchIdentities(pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    const want = pairs.filter(([k, v]) => !this.identities.has(identityKey(k, v)));
    const found = await Promise.all(want.map(([k, v]) => this.db.identities.where('[kind+value]').equals([k, v]).first()));
    want.forEach(([k, v], i) => this.identities.set(identityKey(k, v), found[i] ?? null));
  }

  identity(kind: string, value: string): Promise<Identity | undefined> {
    const key = identityKey(kind, value);
    if (this.identities.has(key)) return hit(this.identities.get(key) ?? undefined);
    return this.prefetchIdentities([[kind, value]]).then(() => this.identities.get(key) ?? undefined);
  }

  rememberIdentity(row: Identity): void {
    this.identities.set(identityKey(row.kind, row.value), row);
  }

  async prefetchTouches(dedupeKeys: readonly string[], gids: readonly string[]): Promise<void> {
    const keys = [...new Set(dedupeKeys)].filter((k) => !this.touchesByKey.has(k));
    const ids = [...new Set(gids)].filter((g) => !this.touchesByGid.has(g));
    const [byKey, byGid] = await Promise.all([
      Promise.all(keys.map((k) => this.db.touches.where('dedupeKey').equals(k).first())),
      Promise.all(ids.map((g) => this.db.touches.where('gid').equals(g).first())),
    ]);
    keys.forEach((k, i) => this.touchesByKey.set(k, byKey[i] ?? null));
    ids.forEach((g, i) => this.touchesByGid.set(g, byGid[i] ?? null));
  }

  /** The local touch with this dedupe key, else the one with this global id. */
  touch(dedupeKey: string, gid: string): Promise<Touch | undefined> {
    const found = () => this.touchesByKey.get(dedupeKey) ?? this.touchesByGid.get(gid) ?? undefined;
    if (this.touchesByKey.has(dedupeKey) && this.touchesByGid.has(gid)) return hit(found());
    return this.prefetchTouches([dedupeKey], [gid]).then(found);
  }

  /** After a touch is written: `t` as stored, with its id. */
  rememberTouch(t: Touch): void {
    this.touchesByKey.set(t.dedupeKey, t);
    if (t.gid) this.touchesByGid.set(t.gid, t);
  }

  forgetTouch(t: Touch): void {
    this.touchesByKey.set(t.dedupeKey, null);
    if (t.gid) this.touchesByGid.set(t.gid, null);
  }
}
