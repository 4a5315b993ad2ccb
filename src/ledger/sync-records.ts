// Ledger rows as sync records (src/core/sync-merge.ts) and back: local
// `++id` keys become global ids, a touch's dedupe key loses the local
// contact id it ends with. Reads only; sync-apply.ts writes.
import type { Contact, Identity, Referral, Touch } from '../core/types';
import { baselineMeta, type ContactSyncMeta } from '../core/contact-sync';
import type { ContactRecord, IdentityRecord, ReferralRecord, SyncRecord, TouchRecord } from '../core/sync-merge';
import type { NudgelineDB } from './db';
import type { SyncLogRow } from './change-log';

export type GidOf = (localId: number) => Promise<string>;

export function gidLookup(db: NudgelineDB): GidOf {
  const cache = new Map<number, string>();
  return async (id) => {
    let gid = cache.get(id);
    if (!gid) {
      gid = (await db.contacts.get(id))?.gid ?? `missing-${id}`;
      cache.set(id, gid);
    }
    return gid;
  };
}

/** The message part of a dedupe key: what is the same on every device. */
export function dedupePart(dedupeKey: string, localContactId: number): string {
  const suffix = `:${localContactId}`;
  return dedupeKey.endsWith(suffix) ? dedupeKey.slice(0, -suffix.length) : dedupeKey;
}

export async function contactRecord(row: Contact, gidOf: GidOf, goneAt?: string): Promise<ContactRecord> {
  const meta: ContactSyncMeta = structuredClone(row.sync ?? baselineMeta(row));
  if (typeof meta.v.mergedInto === 'number') meta.v.mergedInto = await gidOf(meta.v.mergedInto);
  const r: ContactRecord = { k: 'contact', gid: row.gid!, createdAt: row.createdAt, meta };
  if (goneAt) r.gone = goneAt;
  return r;
}

const TOUCH_LOCAL = new Set(['id', 'gid', 'contactId', 'originContactId', 'dedupeKey', 'eventId', 'contactGid']);

export async function touchRecord(row: Touch, gidOf: GidOf, gone = false): Promise<TouchRecord> {
  const origin = row.originContactId ?? row.contactId;
  const part = dedupePart(row.dedupeKey, origin);
  const contact = await gidOf(origin);
  const fields: Record<string, unknown> = { dk: part };
  for (const [k, v] of Object.entries(row)) if (!TOUCH_LOCAL.has(k) && v !== undefined) fields[k] = v;
  const r: TouchRecord = { k: 'touch', key: `${part}:${contact}`, gid: row.gid!, contact, fields };
  if (gone) r.gone = true;
  return r;
}

export async function identityRecord(row: Identity, gidOf: GidOf): Promise<IdentityRecord> {
  const contact = await gidOf(row.originContactId ?? row.contactId);
  // Names are not unique to one person: a name is keyed with its contact.
  const key = row.kind === 'name' ? `name:${row.value}:${contact}` : `${row.kind}:${row.value}`;
  const r: IdentityRecord = { k: 'identity', key, gid: row.gid!, contact, kind: row.kind, value: row.value };
  if (row.display !== undefined) r.display = row.display;
  return r;
}

export async function referralRecord(row: Referral, gidOf: GidOf, at: string): Promise<ReferralRecord> {
  const { id: _i, gid: _g, referrerId, refereeId, duty: _d, dutyDueAt: _due, ...fields } = row;
  const r: ReferralRecord = { k: 'referral', gid: row.gid!, at, referrer: await gidOf(referrerId), fields };
  if (refereeId !== undefined) r.referee = await gidOf(refereeId);
  return r;
}

/** The record a log entry stands for now; null when there is nothing to send. */
export async function recordOfLog(db: NudgelineDB, e: SyncLogRow, gidOf: GidOf, clock: () => string): Promise<SyncRecord | null> {
  if (e.gone) {
    if (e.table === 'contacts') return contactRecord(e.gone as unknown as Contact, gidOf, clock());
    if (e.table === 'touches') {
      const gid = e.gone.contactGid as string | undefined;
      return touchRecord(e.gone as unknown as Touch, gid ? async () => gid : gidOf, true);
    }
    return null;
  }
  switch (e.table) {
    case 'contacts': { const r = await db.contacts.get(e.key); return r ? contactRecord(r, gidOf) : null; }
    case 'touches': { const r = await db.touches.get(e.key); return r ? touchRecord(r, gidOf) : null; }
    case 'identities': { const r = await db.identities.get(e.key); return r ? identityRecord(r, gidOf) : null; }
    case 'referrals': { const r = await db.referrals.get(e.key); return r ? referralRecord(r, gidOf, clock()) : null; }
  }
}
