// Merge rules for what two devices wrote (PRODUCT.md, Sync). Pure and
// commutative, associative and idempotent: any order of syncs ends equal.
// - contacts: each field, last writer on the hybrid clock; tags add-wins;
//   notes edited apart keep both texts; a deletion stands only over edits
//   it saw (an edit after it brings the contact back);
// - touches: immutable, the union by natural key; a retraction sticks;
// - identities: the union; an address claimed by two contacts belongs to
//   the one with the smaller global id (the other is merged into it);
// - referrals: the whole record, last writer wins.
import type { Hlc } from './hlc';
import { ZERO_HLC, maxHlc } from './hlc';
import { LWW_FIELDS, type ContactSyncMeta, type NoteHead, type TagState } from './contact-sync';

export interface ContactRecord { k: 'contact'; gid: string; createdAt: number; meta: ContactSyncMeta; gone?: Hlc }
export interface TouchRecord { k: 'touch'; key: string; gid: string; contact: string; fields: Record<string, unknown>; gone?: boolean }
export interface IdentityRecord { k: 'identity'; key: string; gid: string; contact: string; kind: string; value: string; display?: string }
export interface ReferralRecord { k: 'referral'; gid: string; at: Hlc; referrer: string; referee?: string; fields: Record<string, unknown>; gone?: boolean }
export type SyncRecord = ContactRecord | TouchRecord | IdentityRecord | ReferralRecord;

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();
const canon = (x: unknown) => JSON.stringify(x);

function mergeTags(a: Record<string, TagState>, b: Record<string, TagState>): Record<string, TagState> {
  const out: Record<string, TagState> = {};
  for (const t of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    out[t] = { a: union(a[t]?.a ?? [], b[t]?.a ?? []), r: union(a[t]?.r ?? [], b[t]?.r ?? []) };
  }
  return out;
}

export function mergeNotes(a: readonly NoteHead[], b: readonly NoteHead[]): NoteHead[] {
  const byAt = new Map<string, NoteHead>();
  for (const h of [...a, ...b]) {
    const had = byAt.get(h.at);
    byAt.set(h.at, had ? { ...had, over: union(had.over, h.over) } : { ...h, over: [...h.over].sort() });
  }
  const replaced = new Set([...byAt.values()].flatMap((h) => h.over));
  return [...byAt.values()].filter((h) => !replaced.has(h.at)).sort((x, y) => (x.at < y.at ? -1 : 1));
}

/** The latest clock of any edit in this meta. */
export function lastEdit(meta: ContactSyncMeta): Hlc {
  let last = ZERO_HLC;
  for (const c of Object.values(meta.c)) last = maxHlc(last, c!);
  for (const s of Object.values(meta.tags)) for (const d of [...s.a, ...s.r]) last = maxHlc(last, d);
  for (const h of meta.notes) last = maxHlc(last, h.at);
  return last;
}

export function mergeContact(x: ContactRecord, y: ContactRecord): ContactRecord {
  const meta: ContactSyncMeta = { v: {}, c: {}, tags: mergeTags(x.meta.tags, y.meta.tags), notes: mergeNotes(x.meta.notes, y.meta.notes) };
  for (const f of LWW_FIELDS) {
    const cx = x.meta.c[f] ?? ZERO_HLC;
    const cy = y.meta.c[f] ?? ZERO_HLC;
    // Equal clocks are the same edit; the value comparison only makes a tie deterministic.
    const fromY = cy > cx || (cy === cx && canon(y.meta.v[f]) > canon(x.meta.v[f]));
    const src = fromY ? y.meta : x.meta;
    meta.c[f] = fromY ? cy : cx;
    if (src.v[f] !== undefined) meta.v[f] = src.v[f];
  }
  const out: ContactRecord = { k: 'contact', gid: x.gid, createdAt: Math.min(x.createdAt, y.createdAt), meta };
  const gone = x.gone && y.gone ? maxHlc(x.gone, y.gone) : (x.gone ?? y.gone);
  if (gone && gone >= lastEdit(meta)) out.gone = gone;
  return out;
}

export const contactGone = (r: ContactRecord) => r.gone !== undefined && r.gone >= lastEdit(r.meta);

export function mergeTouch(x: TouchRecord, y: TouchRecord): TouchRecord {
  // The same message seen twice: keep the earliest global id, fill what either knew.
  const [first, second] = x.gid <= y.gid ? [x, y] : [y, x];
  const out: TouchRecord = { ...first, fields: { ...second.fields, ...first.fields } };
  if (x.gone || y.gone) out.gone = true;
  else delete out.gone;
  return out;
}

export function mergeIdentity(x: IdentityRecord, y: IdentityRecord): IdentityRecord {
  const [owner, other] = x.contact < y.contact || (x.contact === y.contact && x.gid <= y.gid) ? [x, y] : [y, x];
  const out = { ...owner };
  if (out.display === undefined && other.display !== undefined) out.display = other.display;
  return out;
}

export function mergeReferral(x: ReferralRecord, y: ReferralRecord): ReferralRecord {
  if (x.at !== y.at) return x.at > y.at ? x : y;
  return canon(x) >= canon(y) ? x : y;
}

/** One record from two versions of the same document; null when they are of different kinds. */
export function mergeRecords(x: SyncRecord, y: SyncRecord): SyncRecord | null {
  if (x.k === 'contact' && y.k === 'contact') return mergeContact(x, y);
  if (x.k === 'touch' && y.k === 'touch') return mergeTouch(x, y);
  if (x.k === 'identity' && y.k === 'identity') return mergeIdentity(x, y);
  if (x.k === 'referral' && y.k === 'referral') return mergeReferral(x, y);
  return null;
}

/** The key the document id is derived from: the same record on two devices, the same id. */
export function naturalKey(r: SyncRecord): string {
  switch (r.k) {
    case 'contact': return `contact:${r.gid}`;
    case 'touch': return `touch:${r.key}`;
    case 'identity': return `identity:${r.key}`;
    case 'referral': return `referral:${r.gid}`;
  }
}
