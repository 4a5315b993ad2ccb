// The Nudgeline JSON backup, checked field by field before anything is
// restored: a file edited by hand or by someone else cannot smuggle in
// shapes the ledger never writes.
import * as v from 'valibot';
import {
  CHANNELS, DETECTION_MODES, DIRECTIONS, IDENTITY_KINDS, REFERRAL_DUTIES, REFERRAL_STATUSES, SECTIONS, STAGES, TEMPLATE_IDS,
  TOUCH_KINDS, TOUCH_SOURCES,
} from '../core/types';
import { SEARCH_TEXT_MAX } from '../core/search-text';

export const BACKUP_FORMAT = 'nudgeline-backup';
export const BACKUP_VERSION = 1;

const str = (max = 1_000) => v.pipe(v.string(), v.maxLength(max));
const int = v.pipe(v.number(), v.integer());
const rowId = v.pipe(int, v.minValue(1));
const ms = v.pipe(int, v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const opt = <T extends v.GenericSchema>(s: T) => v.optional(s);
const days = v.pipe(int, v.minValue(0), v.maxValue(3650));

const PolicySchema = v.object({
  nudgeIntervals: v.pipe(v.array(days), v.minLength(1), v.maxLength(10)),
  attemptsBeforeFinal: days,
  cancellationsBeforeFinal: days,
  letGoAfter: days,
  replyOwedAfter: days,
  businessDaysOnly: v.boolean(),
  holidays: v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))), v.maxLength(1_000)),
  keepWarmEveryDays: days,
});

export const SettingsSchema = v.object({
  version: int,
  policy: PolicySchema,
  detectionMode: v.picklist(DETECTION_MODES),
  ignoreList: v.pipe(v.array(str(320)), v.maxLength(10_000)),
  ownIdentities: v.pipe(v.array(str(2_048)), v.maxLength(1_000)),
  snippets: v.boolean(),
  digest: v.object({ enabled: v.boolean(), hour: v.pipe(int, v.minValue(0), v.maxValue(23)), minute: v.pipe(int, v.minValue(0), v.maxValue(59)), weekdaysOnly: v.boolean() }),
  quietHours: v.nullable(v.object({ start: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)), end: v.pipe(v.string(), v.regex(/^\d{2}:\d{2}$/)) })),
  templates: v.record(v.picklist(TEMPLATE_IDS), str(10_000)),
  lastBackupAt: opt(ms),
});

const ContactSchema = v.object({
  id: rowId,
  name: str(200),
  tags: v.pipe(v.array(str(50)), v.maxLength(50)),
  notes: str(10_000),
  cadence: opt(v.object({
    nudgeIntervals: opt(v.pipe(v.array(days), v.maxLength(10))),
    attemptsBeforeFinal: opt(days),
    letGoAfter: opt(days),
  })),
  checkInEveryDays: opt(days),
  keepWarm: v.boolean(),
  snoozedUntil: opt(ms),
  letGoAt: opt(ms),
  archived: v.boolean(),
  reactivatedAt: opt(ms),
  mergedInto: opt(rowId),
  createdAt: ms,
  stage: v.picklist(STAGES),
  dueAt: ms,
  cameBack: v.boolean(),
  section: v.picklist(SECTIONS),
  attempt: v.pipe(int, v.minValue(0)),
  lastTouchAt: ms,
  searchText: opt(str(SEARCH_TEXT_MAX)),
});

const IdentitySchema = v.object({
  id: rowId,
  contactId: rowId,
  kind: v.picklist(IDENTITY_KINDS),
  value: str(2_048),
  display: opt(str(2_048)),
  originContactId: opt(rowId),
});

const TouchSchema = v.object({
  id: rowId,
  contactId: rowId,
  direction: v.picklist(DIRECTIONS),
  kind: v.picklist(TOUCH_KINDS),
  channel: v.picklist(CHANNELS),
  at: ms,
  threadUrl: opt(str(2_048)),
  threadId: opt(str(256)),
  subject: opt(str(500)),
  snippet: opt(str(100)),
  source: v.picklist(TOUCH_SOURCES),
  dedupeKey: str(600),
  autoReply: opt(v.boolean()),
  scheduled: opt(v.boolean()),
  originContactId: opt(rowId),
  eventId: opt(str(256)),
});

const ReferralSchema = v.object({
  id: rowId,
  referrerId: rowId,
  refereeId: opt(rowId),
  mayUseName: v.boolean(),
  status: v.picklist(REFERRAL_STATUSES),
  reportedBackAt: opt(ms),
  thankedAt: opt(ms),
  giftSentAt: opt(ms),
  createdAt: ms,
  duty: opt(v.picklist(REFERRAL_DUTIES)),
  dutyDueAt: ms,
});

export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: ms,
  settings: v.nullable(SettingsSchema),
  contacts: v.array(ContactSchema),
  identities: v.array(IdentitySchema),
  touches: v.array(TouchSchema),
  referrals: v.array(ReferralSchema),
});

export type Backup = v.InferOutput<typeof BackupSchema>;
