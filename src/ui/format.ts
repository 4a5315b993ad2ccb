// Small display helpers shared by the popup and the dashboard.
import { DAY_MS, type Contact, type Policy, type Section } from '../core/types';
import { isAttempt } from '../core/touch-kinds';
import { t, tn } from '../i18n/t';
import { localDateKey } from '../core/business-days';

const startOfDay = (ms: number) => new Date(ms).setHours(0, 0, 0, 0);

/** Whole local days between `then` and `now`. */
export function daysBetween(then: number, now: number): number {
  return Math.max(0, Math.round((startOfDay(now) - startOfDay(then)) / DAY_MS));
}

export function daysAgo(then: number, now: number): string {
  if (!then) return '';
  const d = daysBetween(then, now);
  return d === 0 ? t('daysAgoToday') : tn('daysAgo', d);
}

const HINTS: Partial<Record<Section, string>> = {
  'reply-owed': 'hintReplyOwed', 'came-back': 'hintCameBack', 'referral-ask-due': 'hintReferralAsk',
  'check-in-due': 'hintCheckIn', 'article-due': 'hintArticle', 'let-go': 'hintLetGo',
};

/** "nudge 2 of 2", "final reach-out", … from the contact's attempt and policy; a short hint for other sections. */
export function attemptLabel(c: Pick<Contact, 'attempt' | 'cadence'>, section: Section, policy: Policy): string {
  const before = c.cadence?.attemptsBeforeFinal ?? policy.attemptsBeforeFinal;
  if (section === 'final-due') return t('attemptFinal');
  if (section === 'final-sent') return t('attemptFinalSent');
  if (section === 'nudge-due') return t('attemptNudgeOf', Math.max(1, c.attempt), Math.max(1, before - 1));
  if (section === 'waiting') return c.attempt <= 1 ? t('attemptFirstSent') : t('attemptNudgeSent', c.attempt - 1);
  return HINTS[section] ? t(HINTS[section]) : '';
}

export { formatDate, formatDateTime } from '../i18n/locale';

/** Local midnight `days` days from now: "snooze 3 days" wakes at the start of that day. */
export function daysFromToday(days: number, now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** The local date as an <input type=date> value, 'YYYY-MM-DD' (toISOString would give the UTC date). */
export const localDateValue: (ms: number) => string = localDateKey;

/** 'YYYY-MM-DD' from an <input type=date> as local midnight. */
export function parseLocalDate(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
}

/** Sections whose rows are about the user's own attempts: they say when the last one went out. */
const ATTEMPT_SECTIONS: ReadonlySet<Section> = new Set<Section>(['waiting', 'nudge-due', 'final-due', 'final-sent']);

/**
 * What a row's "how long ago" counts from: the last attempt (an outgoing
 * message, call, text or article) for the waiting/nudge/final sections, the
 * last touch either way elsewhere. Without a timeline, lastTouchAt stands in.
 */
export function lastActivity(c: Pick<Contact, 'lastTouchAt' | 'timeline'>, section: Section): { key: 'lastAttempt' | 'lastTouch'; at: number } {
  if (!ATTEMPT_SECTIONS.has(section)) return { key: 'lastTouch', at: c.lastTouchAt };
  const attempt = c.timeline?.findLast(isAttempt);
  return { key: 'lastAttempt', at: attempt?.at ?? c.lastTouchAt };
}
