// The ledger's vocabulary. Pure data: no DOM, no browser APIs, no Dexie.
// docs/rules.md describes the rules these names take part in.
import type { ContactSyncMeta } from './contact-sync';

// Each word list is a const array the wire and backup schemas pick from
// (messaging/protocol.ts, data/backup-schema.ts); the types derive from it.
export const CHANNELS = ['gmail', 'outlook', 'linkedin', 'manual'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Site = Exclude<Channel, 'manual'>;
export const SITES = ['gmail', 'linkedin', 'outlook'] as const satisfies readonly Site[];

export const DIRECTIONS = ['out', 'in'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const TOUCH_KINDS = [
  'message', 'call', 'meeting', 'text', 'article', 'referral-ask', 'referral',
  'report-back', 'thank-you', 'gift', 'cancellation', 'reschedule', 'rejection',
  'deal', 'note',
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number];

/** auto: detected on the page; button: the inline button; manual: popup; import: a file. */
export const TOUCH_SOURCES = ['auto', 'button', 'manual', 'import'] as const;
export type TouchSource = (typeof TOUCH_SOURCES)[number];
/** The sources a content script may claim. */
export const PAGE_SOURCES = ['auto', 'button'] as const satisfies readonly TouchSource[];

export interface Touch {
  id?: number;
  /** global id (schema v3), the same on every device */
  gid?: string;
  contactId: number;
  direction: Direction;
  kind: TouchKind;
  channel: Channel;
  /** epoch ms */
  at: number;
  threadUrl?: string;
  threadId?: string;
  subject?: string;
  /** at most 100 chars, only when the user turned snippets on */
  snippet?: string;
  source: TouchSource;
  /** unique: channel + site message id, else channel + content-script event id */
  dedupeKey: string;
  /** an automatic out-of-office reply: kept for the timeline, never counts as a reply */
  autoReply?: boolean;
  /** a scheduled send: `at` is when it will go out */
  scheduled?: boolean;
  /** set when a merge moved this touch; lets the merge be undone */
  originContactId?: number;
  /** the content-script event that produced it (for Undo send) */
  eventId?: string;
}

/** What the stage rules read of a touch (Contact.timeline keeps just this). */
export type StageTouch = Pick<Touch, 'at' | 'direction' | 'kind'> & { autoReply?: boolean; scheduled?: boolean };

export const IDENTITY_KINDS = ['email', 'linkedin', 'name'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export interface Identity {
  id?: number;
  gid?: string;
  contactId: number;
  kind: IdentityKind;
  /** normalized key: lower-cased email, canonical /in/<slug>/ URL, trimmed name */
  value: string;
  /** as first seen, for display */
  display?: string;
  originContactId?: number;
}

/** Per-contact overrides of the policy; absent fields use the global policy. */
export type CadenceOverride = Partial<Pick<Policy, 'nudgeIntervals' | 'attemptsBeforeFinal' | 'letGoAfter'>>;

export interface Contact {
  id?: number;
  gid?: string;
  /** per-field clocks, tag dots and note heads for merging edits from other devices */
  sync?: ContactSyncMeta;
  name: string;
  tags: string[];
  notes: string;
  cadence?: CadenceOverride;
  /** keep-in-touch cadence in days (check-in-due); absent: none */
  checkInEveryDays?: number;
  keepWarm: boolean;
  snoozedUntil?: number;
  /** set by "let go now"; cleared when the contact writes again */
  letGoAt?: number;
  archived: boolean;
  /** "re-activate": attempts before this moment no longer count */
  reactivatedAt?: number;
  /** a merged-away contact points at the one it was merged into */
  mergedInto?: number;
  createdAt: number;
  /** materialized by the ledger from computeStage(): never written by hand */
  stage: Stage;
  /** when the stage's action is (or becomes) due; Number.MAX_SAFE_INTEGER when never */
  dueAt: number;
  cameBack: boolean;
  /** materialized agenda section: the stage, or 'came-back' / 'article-due' */
  section: Section;
  /** attempts in the current unanswered run (0 after a reply) */
  attempt: number;
  lastTouchAt: number;
  /** lower-cased name + identities, for search */
  searchText?: string;
  /**
   * Derived copy of this contact's touches as the stage rules read them,
   * oldest first; refreshed whenever its touches change, so recomputing every
   * contact (a settings change) need not read the touches table. Never exported.
   */
  timeline?: StageTouch[];
}

export const STAGES = [
  'new', 'waiting', 'nudge-due', 'final-due', 'final-sent', 'let-go', 'reply-owed',
  'engaged', 'check-in-due', 'referral-ask-due', 'snoozed', 'archived',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Where a contact shows in the agenda. Mostly its stage; 'came-back' for a
 * let-go contact who wrote again (until the user answers), 'article-due' for
 * a keep-warm let-go contact whose 90-day article suggestion is due.
 */
export const SECTIONS = [...STAGES, 'came-back', 'article-due'] as const;
export type Section = (typeof SECTIONS)[number];
/** Sections that count as "due" (the badge, the digest). */
export const DUE_SECTIONS: readonly Section[] = [
  'final-due', 'nudge-due', 'reply-owed', 'came-back', 'referral-ask-due', 'check-in-due', 'article-due',
];

/** A referral's progress, in order. */
export const REFERRAL_STATUSES = ['asked', 'named', 'contacted', 'replied', 'met', 'deal'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_DUTIES = ['report-back', 'thank', 'gift'] as const;
export type ReferralDuty = (typeof REFERRAL_DUTIES)[number];

/** What an agenda row's actions do to a contact (ledger/contacts.ts contactAction). */
export const CONTACT_ACTIONS = [
  'snooze', 'unsnooze', 'let-go', 'reactivate', 'keep-warm', 'no-keep-warm', 'archive', 'unarchive', 'mark-replied',
] as const;
export type ContactAction = (typeof CONTACT_ACTIONS)[number];

export interface Referral {
  id?: number;
  gid?: string;
  referrerId: number;
  /** absent while only asked */
  refereeId?: number;
  mayUseName: boolean;
  status: ReferralStatus;
  reportedBackAt?: number;
  thankedAt?: number;
  giftSentAt?: number;
  createdAt: number;
  /** materialized: the open duty toward the referrer, if any */
  duty?: ReferralDuty;
  dutyDueAt: number;
}

export const DETECTION_MODES = ['direct', 'tracked-only', 'button-only'] as const;
export type DetectionMode = (typeof DETECTION_MODES)[number];

export interface Policy {
  /** days to wait after attempt 1, 2, 3…; the last one repeats; never shrinking */
  nudgeIntervals: number[];
  attemptsBeforeFinal: number;
  cancellationsBeforeFinal: number;
  /** days after the final reach-out before letting go */
  letGoAfter: number;
  /** days the contact's last message may wait before a reply is owed */
  replyOwedAfter: number;
  businessDaysOnly: boolean;
  /** local dates 'YYYY-MM-DD' skipped when counting business days */
  holidays: string[];
  /** keep-warm: at most one article suggestion every N days for a let-go contact */
  keepWarmEveryDays: number;
}

export interface Settings {
  version: number;
  policy: Policy;
  detectionMode: DetectionMode;
  /** addresses, domains (`@example.com` or `example.com`) or profile URLs never tracked */
  ignoreList: string[];
  /** the user's own addresses and profiles, learned from pages and added by hand */
  ownIdentities: string[];
  snippets: boolean;
  digest: { enabled: boolean; hour: number; minute: number; weekdaysOnly: boolean };
  /** local 'HH:MM' range in which no notification is shown; empty = none */
  quietHours: { start: string; end: string } | null;
  templates: Record<TemplateId, string>;
  lastBackupAt?: number;
}

export const TEMPLATE_IDS = [
  'nudge', 'article', 'final', 'referral-ask', 'report-back', 'thank-you', 'gift-note',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** What computeStage() answers for one contact. */
export interface StageResult {
  stage: Stage;
  section: Section;
  /** when the stage's action is or becomes due (NEVER if never) */
  dueAt: number;
  attempt: number;
  cameBack: boolean;
  lastTouchAt: number;
}

export const NEVER = Number.MAX_SAFE_INTEGER;
export const DAY_MS = 86_400_000;
