// Writes one touch unless the same message is already logged for the
// contact. Inside a rw transaction on touches: IndexedDB runs such
// transactions one at a time, so check-then-add cannot race, and the
// unique &dedupeKey index is the last guard.
import type { Touch } from '../core/types';
import type { NudgelineDB } from './db';
import { messageKey } from './dedupe';

type NewTouch = Omit<Touch, 'id'>;

async function findSame(db: NudgelineDB, t: NewTouch, messageId: string | undefined): Promise<Touch | undefined> {
  const exact = await db.touches.where('dedupeKey').equals(t.dedupeKey).first();
  if (exact) return exact;
  // After a merge a touch keeps its key but lives on another contact: same message, same contact.
  if (messageId) {
    const prefix = `${messageKey(t.channel, messageId, undefined)}:`;
    const same = (await db.touches.where('dedupeKey').startsWith(prefix).toArray()).find((x) => x.contactId === t.contactId);
    if (same) return same;
  }
  // The same content-script event, first logged before the site's message id was known.
  if (t.eventId) {
    return (await db.touches.where('eventId').equals(t.eventId).toArray())
      .find((x) => x.contactId === t.contactId && x.channel === t.channel);
  }
  return undefined;
}

const FILLABLE = ['threadId', 'threadUrl', 'subject', 'snippet'] as const;

/** true when a new touch was written. */
export async function logTouch(db: NudgelineDB, t: NewTouch, messageId?: string): Promise<boolean> {
  const same = await findSame(db, t, messageId);
  if (!same) {
    await db.touches.add(t);
    return true;
  }
  // Fill what the first sighting lacked (the detector often knows more than the button).
  const patch: Partial<Touch> = {};
  for (const f of FILLABLE) if (same[f] === undefined && t[f] !== undefined) patch[f] = t[f];
  if (messageId && same.dedupeKey.includes(':event:') && !(await db.touches.where('dedupeKey').equals(t.dedupeKey).first())) {
    patch.dedupeKey = t.dedupeKey;
  }
  if (Object.keys(patch).length) await db.touches.update(same.id!, patch);
  return false;
}
