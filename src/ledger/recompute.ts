// Materializes each contact's stage, section and due date (and each
// referral's open duty) from its touches. Runs inside the caller's
// transaction, which must cover contacts, identities, touches, referrals
// and settings.
import { Dexie } from 'dexie';
import type { Contact, Identity, Referral, Settings, StageResult, Touch } from '../core/types';
import { computeStage } from '../core/stage';
import { computeReferralDuty } from '../core/referral-duty';
import type { NudgelineDB } from './db';
import { loadSettings } from './settings-store';

/** Merged-away rows sit below every agenda range (queries start at 0). */
export const MERGED_DUE_AT = -1;

export function touchesOf(db: NudgelineDB, contactId: number): Promise<Touch[]> {
  return db.touches.where('[contactId+at]').between([contactId, -Infinity], [contactId, Infinity], true, true).toArray();
}

export function searchTextOf(contact: Pick<Contact, 'name'>, identities: readonly Identity[]): string {
  const parts = new Set([contact.name, ...identities.flatMap((i) => [i.value, i.display ?? ''])]
    .map((s) => s.trim().toLowerCase()).filter(Boolean));
  return [...parts].join(' ');
}

/** The stage fields for one contact, or null when nothing changed. */
export function materialize(contact: Contact, touches: readonly Touch[], settings: Settings, now: number): Contact | null {
  const r: StageResult = contact.mergedInto
    ? { stage: 'archived', section: 'archived', dueAt: MERGED_DUE_AT, attempt: 0, cameBack: false, lastTouchAt: contact.lastTouchAt }
    : computeStage(contact, touches, settings.policy, now);
  if (r.stage === contact.stage && r.section === contact.section && r.dueAt === contact.dueAt &&
    r.attempt === contact.attempt && r.cameBack === contact.cameBack && r.lastTouchAt === contact.lastTouchAt) return null;
  return { ...contact, stage: r.stage, section: r.section, dueAt: r.dueAt, attempt: r.attempt, cameBack: r.cameBack, lastTouchAt: r.lastTouchAt };
}

/** Recompute these contacts (and referrals that involve them). */
export async function recomputeContacts(db: NudgelineDB, ids: Iterable<number>, now: number, opts: { searchText?: boolean } = {}): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const settings = await loadSettings(db);
  for (const id of unique) {
    const contact = await db.contacts.get(id);
    if (!contact) continue;
    let next = materialize(contact, await touchesOf(db, id), settings, now);
    if (opts.searchText) {
      const text = searchTextOf(contact, await db.identities.where('contactId').equals(id).toArray());
      if (text !== contact.searchText) next = { ...(next ?? contact), searchText: text };
    }
    if (next) await db.contacts.put(next);
  }
  const referrals = await db.referrals.where('refereeId').anyOf(unique).toArray();
  referrals.push(...(await db.referrals.where('referrerId').anyOf(unique).toArray()).filter((r) => !referrals.some((x) => x.id === r.id)));
  await recomputeReferrals(db, referrals, now);
}

export async function recomputeReferrals(db: NudgelineDB, referrals: readonly Referral[], now: number): Promise<void> {
  const changed: Referral[] = [];
  for (const ref of referrals) {
    const refereeTouches = ref.refereeId ? await touchesOf(db, ref.refereeId) : [];
    const { duty, dutyDueAt } = computeReferralDuty(ref, refereeTouches, now);
    if (duty !== ref.duty || dutyDueAt !== ref.dutyDueAt) {
      const next: Referral = { ...ref, dutyDueAt };
      if (duty) next.duty = duty;
      else delete next.duty;
      changed.push(next);
    }
  }
  if (changed.length) await db.referrals.bulkPut(changed);
}

/** For callers that need the full recompute of one chunk of contacts. */
export async function recomputeChunk(db: NudgelineDB, afterId: number, size: number, settings: Settings, now: number): Promise<number | null> {
  const contacts = await db.contacts.where(':id').above(afterId).limit(size).toArray();
  if (!contacts.length) return null;
  const lo = contacts[0]!.id!;
  const hi = contacts[contacts.length - 1]!.id!;
  const touches = await db.touches.where('[contactId+at]').between([lo, Dexie.minKey], [hi, Dexie.maxKey], true, true).toArray();
  const byContact = new Map<number, Touch[]>();
  for (const t of touches) {
    const list = byContact.get(t.contactId);
    if (list) list.push(t);
    else byContact.set(t.contactId, [t]);
  }
  const changed = contacts.flatMap((c) => materialize(c, byContact.get(c.id!) ?? [], settings, now) ?? []);
  if (changed.length) await db.contacts.bulkPut(changed);
  return hi;
}
