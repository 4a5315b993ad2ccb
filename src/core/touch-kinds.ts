// How each kind of touch counts in the follow-up rules (docs/rules.md, Touches).
import type { StageTouch, TouchKind } from './types';

/** The user's outgoing touches that are an attempt to reach the contact. */
export const ATTEMPT_KINDS: ReadonlySet<TouchKind> = new Set<TouchKind>(['message', 'call', 'text', 'article']);

/** Outgoing courtesies: they answer the contact but never start a nudge run. */
export const COURTESY_KINDS: ReadonlySet<TouchKind> = new Set<TouchKind>(['referral-ask', 'report-back', 'thank-you', 'gift']);

/**
 * Kinds that describe something the contact did, whichever direction the user
 * logged them with (a logged cancellation is the contact's cancellation).
 */
export const CONTACT_EVENT_KINDS: ReadonlySet<TouchKind> = new Set<TouchKind>([
  'cancellation', 'reschedule', 'rejection', 'referral', 'deal', 'meeting',
]);

/** Touches that take part in the rules at all: not notes, not out-of-office replies. */
export function counts(t: StageTouch): boolean {
  return t.kind !== 'note' && !t.autoReply;
}

/** The contact reached out (a real reply, or a contact event such as a rejection). */
export function isContactActivity(t: StageTouch): boolean {
  return counts(t) && (t.direction === 'in' || CONTACT_EVENT_KINDS.has(t.kind));
}

export function isAttempt(t: StageTouch): boolean {
  return counts(t) && t.direction === 'out' && ATTEMPT_KINDS.has(t.kind);
}

type Sortable = StageTouch & { dedupeKey?: string; id?: number };

/**
 * Deterministic chronological order, whatever order the touches came in.
 * A stored timeline has no keys: it was saved in this order, and a stable
 * sort keeps its ties as they were.
 */
export function byTime(a: Sortable, b: Sortable): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.dedupeKey !== b.dedupeKey && a.dedupeKey !== undefined && b.dedupeKey !== undefined) return a.dedupeKey < b.dedupeKey ? -1 : 1;
  return (a.id ?? 0) - (b.id ?? 0);
}
