// Materializes each contact's stage, section and due date (and each
// referral's open duty) from its touches. Runs inside the caller's
// transaction, which must cover contacts, identities, touches, referrals
// and settings.
import { Dexie } from 'dexie';
import type { Contact, Referral, Settings, StageResult, StageTouch, Touch } from '../core/types';
import { computeStage } from '../core/stage';
import { computeReferralDuty } from '../core/referral-duty';
import { byTime } from '../core/touch-kinds';
import { searchTextOf } from '../core/search-text';
import type { NudgelineDB } from './db';
import { loadSettings } from './settings-store';
import { identitiesOf, touchesOf } from './contact-rows';

/** Merged-away rows sit below every agenda range (queries start at 0). */
export const MERGED_DUE_AT = -1;

/** A contact's touches as the stage rules read them, in replay order: Contact.timeline. */
export function stageTimeline(touches: readonly Touch[]): StageTouch[] {
  return [...touches].sort(byTime).map(({ at, direction, kind, autoReply, scheduled }) => ({
    at, direction, kind, ...(autoReply && { autoReply }), ...(scheduled && { scheduled }),
  }));
}

const sameTimeline = (a: readonly StageTouch[] | undefined, b: readonly StageTouch[]) =>
  a !== undefined && a.length === b.length &&
  a.every((x, i) => x.at === b[i]!.at && x.direction === b[i]!.direction && x.kind === b[i]!.kind && !x.autoReply === !b[i]!.autoReply && !x.scheduled === !b[i]!.scheduled);

/**
 * The stage fields for one contact, or null when nothing changed. `fresh` is
 * its timeline rebuilt from the touches table; without it the stored one is used.
 */
export function materialize(contact: Contact, settings: Settings, now: number, fresh?: StageTouch[]): Contact | null {
  const timeline = fresh ?? contact.timeline ?? [];
  const r: StageResult = contact.mergedInto
    ? { stage: 'archived', section: 'archived', dueAt: MERGED_DUE_AT, attempt: 0, cameBack: false, lastTouchAt: contact.lastTouchAt }
    : computeStage(contact, timeline, settings.policy, now);
  const timelineChanged = fresh !== undefined && !sameTimeline(contact.timeline, fresh);
  if (!timelineChanged && r.stage === contact.stage && r.section === contact.section && r.dueAt === contact.dueAt &&
    r.attempt === contact.attempt && r.cameBack === contact.cameBack && r.lastTouchAt === contact.lastTouchAt) return null;
  return { ...contact, timeline, stage: r.stage, section: r.section, dueAt: r.dueAt, attempt: r.attempt, cameBack: r.cameBack, lastTouchAt: r.lastTouchAt };
}

/**
 * Recompute these contacts (and referrals that involve them). Every read is
 * queued at once: a transaction answers requests back to back, while awaiting
 * each in turn pays a round trip per read (a logged touch is half this).
 */
export async function recomputeContacts(db: NudgelineDB, ids: Iterable<number>, now: number, opts: { searchText?: boolean } = {}): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const [settings, contacts, timelines, identities, referrals] = await Promise.all([
    loadSettings(db),
    db.contacts.bulkGet(unique),
    Promise.all(unique.map((id) => touchesOf(db, id))),
    opts.searchText ? Promise.all(unique.map((id) => identitiesOf(db, id))) : undefined,
    referralsOf(db, unique),
  ]);
  const changed: Contact[] = [];
  contacts.forEach((contact, i) => {
    if (!contact) return;
    let next = materialize(contact, settings, now, stageTimeline(timelines[i]!));
    if (identities) {
      const text = searchTextOf(contact, identities[i]!);
      if (text !== contact.searchText) next = { ...(next ?? contact), searchText: text };
    }
    if (next) changed.push(next);
  });
  if (changed.length) await db.contacts.bulkPut(changed);
  await recomputeReferrals(db, referrals, now);
}

/** Referrals naming any of these contacts, as referee or referrer, each once. */
async function referralsOf(db: NudgelineDB, ids: readonly number[]): Promise<Referral[]> {
  const [asReferee, asReferrer] = await Promise.all([
    db.referrals.where('refereeId').anyOf(ids).toArray(),
    db.referrals.where('referrerId').anyOf(ids).toArray(),
  ]);
  const seen = new Set(asReferee.map((r) => r.id));
  return [...asReferee, ...asReferrer.filter((r) => !seen.has(r.id))];
}

export async function recomputeReferrals(db: NudgelineDB, referrals: readonly Referral[], now: number): Promise<void> {
  const changed: Referral[] = [];
  const touches = await Promise.all(referrals.map((ref) => (ref.refereeId ? touchesOf(db, ref.refereeId) : [])));
  for (const [i, ref] of referrals.entries()) {
    const { duty, dutyDueAt } = computeReferralDuty(ref, touches[i]!, now);
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
  const hi = contacts[contacts.length - 1]!.id!;
  // Stored timelines spare reading the touches table; only rows without one
  // (written before timelines existed, or restored from a backup) read it.
  const fresh = new Map<number, StageTouch[]>();
  const missing = contacts.filter((c) => !c.timeline);
  if (missing.length) {
    const lo = missing[0]!.id!;
    const touches = await db.touches.where('[contactId+at]').between([lo, Dexie.minKey], [hi, Dexie.maxKey], true, true).toArray();
    const byContact = new Map<number, Touch[]>();
    for (const t of touches) {
      const list = byContact.get(t.contactId);
      if (list) list.push(t);
      else byContact.set(t.contactId, [t]);
    }
    for (const c of missing) fresh.set(c.id!, stageTimeline(byContact.get(c.id!) ?? []));
  }
  const changed = contacts.flatMap((c) => materialize(c, settings, now, fresh.get(c.id!)) ?? []);
  if (changed.length) await db.contacts.bulkPut(changed);
  return hi;
}
