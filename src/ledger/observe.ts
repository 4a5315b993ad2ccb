// Messages seen on a site become touches. Which people are tracked depends
// on the detection mode (docs/rules.md, What gets tracked):
// - 'button' source always tracks the To recipients (an explicit request
//   beats the ignore list and the automated-address filter, never the user's own identities);
// - 'direct': automatic sends create contacts for every LinkedIn message and
//   emails with at most 3 To; larger sends still log for contacts already tracked;
// - 'tracked-only': automatic sends log only for contacts already tracked;
// - 'button-only': automatic sends are not logged.
// Incoming messages are logged in every mode, only for tracked contacts (a
// reply must reset the count), never from the user's own identities.
import type { Settings, Touch } from '../core/types';
import { isAutoReplySubject } from '../core/auto-reply';
import { isAutomatedAddress, matchesIgnoreList } from '../core/identity';
import type { ObservedMessage, Person } from '../messaging/protocol';
import type { NudgelineDB } from './db';
import { dedupeKeyOf } from './dedupe';
import { logTouch } from './log-touch';
import { findContactId, isOwn, learnOwn, lookupKeys, ownKeySet, resolvePerson } from './people';
import { recomputeContacts } from './recompute';
import { loadSettings, storeSettings } from './settings-store';

export const MAX_DIRECT_TO = 3;

export interface ObserveResult {
  /** touches written (duplicates are not) */
  logged: number;
  /** contacts the messages were logged for, new or not */
  contactIds: number[];
}

interface Target { person: Person; create: boolean }

export function targetsOf(m: ObservedMessage, settings: Settings, own: ReadonlySet<string>): Target[] {
  if (m.direction === 'in') {
    if (!m.from || isOwn(m.from, own)) return [];
    return [{ person: m.from, create: m.source === 'button' }];
  }
  const people = m.to.filter((p) => !isOwn(p, own));
  if (m.source === 'button') return people.map((person) => ({ person, create: true }));
  if (settings.detectionMode === 'button-only') return [];
  const wanted = people.filter((p) => !(p.email && isAutomatedAddress(p.email)) && !matchesIgnoreList(p, settings.ignoreList));
  const create = settings.detectionMode === 'direct' && (m.site === 'linkedin' || m.to.length <= MAX_DIRECT_TO);
  return wanted.map((person) => ({ person, create }));
}

function touchOf(m: ObservedMessage, contactId: number, settings: Settings): Omit<Touch, 'id'> {
  const t: Omit<Touch, 'id'> = {
    contactId, direction: m.direction, kind: 'message', channel: m.site, at: m.at, source: m.source,
    dedupeKey: dedupeKeyOf(m.site, m.messageId, m.eventId, contactId), eventId: m.eventId,
  };
  if (m.threadUrl) t.threadUrl = m.threadUrl;
  if (m.threadId) t.threadId = m.threadId;
  if (m.subject) t.subject = m.subject;
  if (m.snippet && settings.snippets) t.snippet = m.snippet.slice(0, 100);
  // Decided here from the subject too, so content scripts need not carry the phrase list.
  if (m.autoReply || (m.direction === 'in' && m.subject && isAutoReplySubject(m.subject))) t.autoReply = true;
  if (m.scheduled) t.scheduled = true;
  return t;
}

export async function observe(db: NudgelineDB, messages: readonly ObservedMessage[], now: number): Promise<ObserveResult> {
  return db.transaction('rw', [db.contacts, db.identities, db.touches, db.referrals, db.settings], async () => {
    const settings = await loadSettings(db);
    if (messages.map((m) => learnOwn(settings, m.account)).some(Boolean)) await storeSettings(db, settings);
    const own = ownKeySet(settings);
    const touched = new Set<number>();
    let logged = 0;
    for (const m of messages) {
      for (const { person, create } of targetsOf(m, settings, own)) {
        const contactId = await resolvePerson(db, person, create, now);
        if (contactId === undefined) continue;
        touched.add(contactId);
        if (await logTouch(db, touchOf(m, contactId, settings), m.messageId)) logged++;
      }
    }
    await recomputeContacts(db, touched, now, { searchText: true });
    return { logged, contactIds: [...touched] };
  });
}

/** Which of these people the ledger tracks (for the content script's button state). */
export async function lookup(db: NudgelineDB, people: readonly Person[]): Promise<boolean[]> {
  return db.transaction('r', db.identities, () =>
    Promise.all(people.map(async (p) => (await findContactId(db, lookupKeys(p))) !== undefined)));
}
