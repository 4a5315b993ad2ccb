// Applies records that came from other devices (already merged by the sync
// engine) to the ledger, in one transaction, then recomputes the stages of
// every contact they touched. Writes carry the merged clocks, so the change
// log does not echo them back as local edits.
import type { Contact, Identity, IdentityKind, Touch } from '../core/types';
import { LWW_FIELDS, notesText, presentTags, type ContactSyncMeta } from '../core/contact-sync';
import { baselineMeta } from '../core/contact-sync';
import { contactGone, lastEdit, mergeContact, type ContactRecord, type IdentityRecord, type ReferralRecord, type SyncRecord, type TouchRecord } from '../core/sync-merge';
import type { NudgelineDB } from './db';
import { LedgerError } from './errors';
import { markRemoteTransaction, observeRemoteClock } from './change-log';
import { rehome } from './merge';
import { newContact } from './people';
import { recomputeContacts } from './recompute';
import { touchesOf } from './contact-rows';
import { contactRecord, gidLookup } from './sync-records';
import { ApplyLookups } from './sync-lookups';
import { liveContactCount } from './page-reads';
import { allTables } from './tables';

export class MassDeletion extends LedgerError {
  constructor(readonly count: number, readonly total: number) {
    super(`another device deleted ${count} of your ${total} contacts`);
  }
}

/** A pull may delete at most this share of the contacts (and a few more) without asking. */
export const MAX_SILENT_DELETE = { share: 0.1, count: 5 };

export interface ApplyResult { contacts: number; touches: number; deleted: number; /** contacts another device deleted that this one keeps */ kept: number[] }

/** What to do with contacts another device deleted: ask when they are many, delete them, or keep them. */
export type Deletions = 'ask' | 'apply' | 'keep';

const KIND_ORDER = { contact: 0, identity: 1, touch: 2, referral: 3 } as const;

/** `deleted`: contacts known deleted elsewhere; what belongs to them is not applied. */
export async function applyRemote(db: NudgelineDB, records: readonly SyncRecord[], now: number, deletions: Deletions = 'ask', deleted: ReadonlySet<string> = new Set()): Promise<ApplyResult> {
  const sorted = [...records].sort((a, b) => KIND_ORDER[a.k] - KIND_ORDER[b.k]);
  return db.transaction('rw', allTables(db), async (tx) => {
    markRemoteTransaction(tx.idbtrans);
    const gidOf = gidLookup(db);
    const touched = new Set<number>();
    const result: ApplyResult = { contacts: 0, touches: 0, deleted: 0, kept: [] };
    const look = new ApplyLookups(db);
    await look.prefetchContacts(referencedContacts(sorted));
    const localOf = async (gid: string): Promise<number> => {
      const found = await look.contactByGid(gid);
      if (found) return found.id!;
      // Its contact record has not arrived yet: a placeholder its record will overwrite.
      const stub: Contact = { ...newContact('…', now), gid };
      stub.sync = baselineMeta(stub);
      stub.id = (await db.contacts.add(stub))!;
      look.rememberContact(stub);
      return stub.id;
    };
    const holderOf = async (id: number): Promise<number> => {
      let c = await look.contactById(id);
      for (let hops = 0; c?.mergedInto && hops < 1_000; hops++) c = await look.contactById(c.mergedInto);
      return c?.id ?? id;
    };

    const plans: Array<{ rec: ContactRecord; local: Contact | undefined; merged: ContactRecord }> = [];
    for (const rec of sorted) {
      if (rec.k !== 'contact') continue;
      // A deletion's clock too: a contact kept against it must be stamped above it.
      observeRemoteClock(db.name, rec.gone && rec.gone > lastEdit(rec.meta) ? rec.gone : lastEdit(rec.meta));
      const local = await look.contactByGid(rec.gid);
      plans.push({ rec, local, merged: local ? mergeContact(await contactRecord(local, gidOf), rec) : rec });
    }
    const deleting = plans.filter((p) => p.local && !p.local.mergedInto && contactGone(p.merged)).length;
    // Counted only when it can matter: an index count, not a read of every contact on every page.
    if (deletions === 'ask' && deleting > MAX_SILENT_DELETE.count) {
      const live = await liveContactCount(db);
      if (deleting > live * MAX_SILENT_DELETE.share) throw new MassDeletion(deleting, live);
    }

    /** Contacts another device merged or unmerged, and who held their rows before. */
    const moved: Array<{ id: number; former: number }> = [];
    for (const { local, merged } of plans) {
      if (contactGone(merged)) {
        if (!local) continue;
        if (deletions === 'keep') { result.kept.push(local.id!); continue; }
        await db.touches.bulkDelete((await touchesOf(db, local.id!)).map((t) => t.id!));
        await db.identities.where('contactId').equals(local.id!).delete();
        await db.contacts.delete(local.id!);
        look.forgetContact(local);
        result.deleted++;
        continue;
      }
      const meta: ContactSyncMeta = structuredClone(merged.meta);
      if (typeof meta.v.mergedInto === 'string') meta.v.mergedInto = await localOf(meta.v.mergedInto);
      const base: Contact = local ?? { ...newContact('', now), gid: merged.gid, createdAt: merged.createdAt };
      const next: Contact = { ...base, tags: presentTags(meta.tags), notes: notesText(meta.notes), sync: meta };
      for (const f of LWW_FIELDS) {
        if (meta.v[f] === undefined) delete (next as unknown as Record<string, unknown>)[f];
        else (next as unknown as Record<string, unknown>)[f] = structuredClone(meta.v[f]);
      }
      if (typeof next.name !== 'string') next.name = base.name;
      if (local && local.mergedInto !== next.mergedInto) moved.push({ id: local.id!, former: await holderOf(local.id!) });
      next.id = (await db.contacts.put(next))!;
      look.rememberContact(next);
      touched.add(next.id);
      result.contacts++;
    }
    // After every contact of the batch is written, so chains of merges are whole.
    for (const m of moved) for (const id of await rehome(db, m.id, m.former)) touched.add(id);

    // Addresses and touches of a contact deleted (here or in this page) would come back as nameless placeholders.
    const gone = new Set([...deleted, ...plans.filter((p) => contactGone(p.merged) && !result.kept.includes(p.local?.id ?? -1)).map((p) => p.rec.gid)]);
    const rest = sorted.filter((rec) => (rec.k === 'identity' || rec.k === 'touch' ? !gone.has(rec.contact) : rec.k === 'referral' && !gone.has(rec.referrer)));
    // After the contacts and their moves: what these read is as the writes above left it.
    await prefetchRows(look, rest);
    for (const rec of rest) {
      if (rec.k === 'identity') await applyIdentity(db, rec, look, localOf, holderOf, touched);
      else if (rec.k === 'touch' && (await applyTouch(db, rec, look, localOf, holderOf, touched))) result.touches++;
      else if (rec.k === 'referral') touched.add(await applyReferral(db, rec, localOf));
    }
    await recomputeContacts(db, [...touched].filter(Boolean), now, { searchText: true });
    return result;
  });
}

type LocalOf = (gid: string) => Promise<number>;
type HolderOf = (id: number) => Promise<number>;

/** Every contact a page's records name: their own, their owners', referrers and referees, merge targets. */
function referencedContacts(records: readonly SyncRecord[]): string[] {
  return records.flatMap((r) => {
    if (r.k === 'contact') return typeof r.meta.v.mergedInto === 'string' ? [r.gid, r.meta.v.mergedInto] : [r.gid];
    if (r.k === 'referral') return r.referee ? [r.referrer, r.referee] : [r.referrer];
    return [r.contact];
  });
}

function prefetchRows(look: ApplyLookups, records: readonly SyncRecord[]): Promise<void> {
  const identities: Array<[string, string]> = [];
  const dedupeKeys: string[] = [];
  const gids: string[] = [];
  for (const r of records) {
    if (r.k === 'identity') identities.push([r.kind, r.value]);
    if (r.k !== 'touch') continue;
    gids.push(r.gid);
    const origin = look.peekContact(r.contact);
    if (origin) dedupeKeys.push(`${(r.fields as { dk: string }).dk}:${origin.id}`);
  }
  return Promise.all([look.prefetchIdentities(identities), look.prefetchTouches(dedupeKeys, gids)]).then(() => undefined);
}

async function applyIdentity(db: NudgelineDB, rec: IdentityRecord, look: ApplyLookups, localOf: LocalOf, holderOf: HolderOf, touched: Set<number>): Promise<void> {
  const taken = await look.identity(rec.kind, rec.value);
  // An address already with another contact stays there (one owner per address on each device).
  if (taken) return;
  const origin = await localOf(rec.contact);
  const holder = await holderOf(origin);
  const row: Identity = { gid: rec.gid, contactId: holder, kind: rec.kind as IdentityKind, value: rec.value };
  if (rec.display !== undefined) row.display = rec.display;
  if (holder !== origin) row.originContactId = origin;
  row.id = await db.identities.add(row);
  look.rememberIdentity(row);
  touched.add(holder);
}

async function applyTouch(db: NudgelineDB, rec: TouchRecord, look: ApplyLookups, localOf: LocalOf, holderOf: HolderOf, touched: Set<number>): Promise<boolean> {
  const origin = await localOf(rec.contact);
  const { dk, ...fields } = rec.fields as { dk: string } & Record<string, unknown>;
  const dedupeKey = `${dk}:${origin}`;
  const local = await look.touch(dedupeKey, rec.gid);
  if (rec.gone) {
    if (local) { await db.touches.delete(local.id!); look.forgetTouch(local); touched.add(local.contactId); }
    return false;
  }
  if (local) {
    const patch: Partial<Touch> = {};
    for (const [k, v] of Object.entries(fields)) if ((local as unknown as Record<string, unknown>)[k] === undefined) (patch as Record<string, unknown>)[k] = v;
    if (rec.gid < (local.gid ?? '~')) patch.gid = rec.gid;
    if (Object.keys(patch).length) {
      await db.touches.update(local.id!, patch);
      look.forgetTouch(local);
      look.rememberTouch({ ...local, ...patch });
    }
    return false;
  }
  const holder = await holderOf(origin);
  const row = { ...fields, gid: rec.gid, contactId: holder, dedupeKey } as unknown as Touch;
  if (holder !== origin) row.originContactId = origin;
  row.id = await db.touches.add(row);
  look.rememberTouch(row);
  touched.add(holder);
  return true;
}

async function applyReferral(db: NudgelineDB, rec: ReferralRecord, localOf: LocalOf): Promise<number> {
  const local = await db.referrals.where('gid').equals(rec.gid).first();
  const row = { ...(rec.fields as object), gid: rec.gid, referrerId: await localOf(rec.referrer), dutyDueAt: local?.dutyDueAt ?? 0 } as import('../core/types').Referral;
  if (rec.referee) row.refereeId = await localOf(rec.referee);
  if (local) row.id = local.id!;
  await db.referrals.put(row);
  return row.referrerId;
}
