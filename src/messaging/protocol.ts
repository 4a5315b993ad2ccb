// Every message between content scripts, extension pages and the background,
// as valibot schemas. The background parses with these before anything is
// written; senders import only the inferred types (no valibot in content scripts).
import * as v from 'valibot';
import { CONTACT_ACTIONS, DIRECTIONS, PAGE_SOURCES, REFERRAL_DUTIES, REFERRAL_STATUSES, SITES, TOUCH_KINDS } from '../core/types';
import type { ErrorCode } from './error-code';

const MAX_ID = 256;
const MAX_TEXT = 1_000;
const MAX_NOTES = 10_000;

const str = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const id = str(MAX_ID);
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const rowId = v.pipe(v.number(), v.integer(), v.minValue(1));
const site = v.picklist(SITES);
const httpsUrl = v.pipe(str(2_048), v.url(), v.startsWith('https://'));

export const PersonSchema = v.strictObject({
  email: v.optional(str(320)),
  profileUrl: v.optional(httpsUrl),
  name: v.optional(str(200)),
});

/** One message seen on a site: sent by the user (out) or received (in). */
export const ObservedMessageSchema = v.strictObject({
  /** made by the content script, stable across retries of the same event */
  eventId: id,
  site,
  direction: v.picklist(DIRECTIONS),
  /** the site's own message id, when it gives one: the dedupe key */
  messageId: v.optional(id),
  at: epochMs,
  /** out: the To recipients; Cc/Bcc are never tracked automatically */
  to: v.pipe(v.array(PersonSchema), v.maxLength(100)),
  /** in: who wrote it */
  from: v.optional(PersonSchema),
  subject: v.optional(str(500)),
  threadId: v.optional(id),
  threadUrl: v.optional(httpsUrl),
  snippet: v.optional(str(100)),
  scheduled: v.optional(v.boolean()),
  autoReply: v.optional(v.boolean()),
  source: v.picklist(PAGE_SOURCES),
  /** the account's own identity as read from the page */
  account: v.optional(PersonSchema),
});

const touchKind = v.picklist(TOUCH_KINDS);

/** Messages content scripts may send (checked: our id, a supported site's tab). */
export const ContentRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ping'), nonce: id }),
  v.strictObject({ type: v.literal('observe'), messages: v.pipe(v.array(ObservedMessageSchema), v.minLength(1), v.maxLength(200)) }),
  v.strictObject({ type: v.literal('retract'), site, eventId: id }),
  v.strictObject({
    type: v.literal('health'), site,
    roles: v.pipe(v.record(v.pipe(str(40), v.regex(/^[a-z][a-zA-Z-]*$/)), v.boolean()), v.maxEntries(20)),
  }),
  v.strictObject({ type: v.literal('lookup'), site, people: v.pipe(v.array(PersonSchema), v.maxLength(100)) }),
]);

const cadence = v.strictObject({
  nudgeIntervals: v.optional(v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))), v.minLength(1), v.maxLength(10),
    // Soft little nudges: each wait at least as long as the one before.
    v.check((list) => list.every((n, i) => i === 0 || n >= list[i - 1]!), 'intervals never shrink'),
  )),
  attemptsBeforeFinal: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10))),
  letGoAfter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
});

/** One person from an import file (src/data/person.ts ImportPerson). */
export const ImportPersonSchema = v.strictObject({
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
  name: v.pipe(str(200), v.minLength(1)),
  emails: v.pipe(v.array(str(320)), v.maxLength(10)),
  profileUrl: v.optional(v.pipe(httpsUrl, v.startsWith('https://www.linkedin.com/in/'))),
  notes: v.optional(str(MAX_TEXT)),
});

/** Sync (src/sync/): turned on with the server, the user and the passphrase; never from content scripts. */
const SyncRequestSchemas = [
  v.strictObject({
    type: v.literal('sync.enable'), url: str(2_048), user: v.pipe(str(200), v.minLength(1)),
    password: str(1_000), passphrase: v.pipe(str(1_000), v.minLength(8)),
  }),
  v.strictObject({ type: v.literal('sync.status') }),
  v.strictObject({ type: v.literal('sync.now') }),
  /** the user read how many contacts another device deleted, and agreed */
  v.strictObject({ type: v.literal('sync.applyDeletes') }),
  v.strictObject({ type: v.literal('sync.keepMine') }),
  /** turn off and forget this device's sync data (the server keeps its copy) */
  v.strictObject({ type: v.literal('sync.forget') }),
] as const;

/** Messages only extension pages (popup, options, dashboard) may send. */
export const PageRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ping'), nonce: id }),
  v.strictObject({
    type: v.literal('touch.log'), contactId: rowId, kind: touchKind,
    direction: v.picklist(DIRECTIONS), at: epochMs, subject: v.optional(str(500)),
  }),
  v.strictObject({
    type: v.literal('contact.create'), name: str(200),
    identities: v.pipe(v.array(PersonSchema), v.maxLength(20)),
  }),
  v.strictObject({
    type: v.literal('contact.update'), contactId: rowId,
    patch: v.strictObject({
      name: v.optional(str(200)),
      notes: v.optional(str(MAX_NOTES)),
      tags: v.optional(v.pipe(v.array(str(50)), v.maxLength(50))),
      cadence: v.optional(v.nullable(cadence)),
      checkInEveryDays: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)))),
    }),
  }),
  v.strictObject({
    type: v.literal('contact.action'), contactId: rowId,
    action: v.picklist(CONTACT_ACTIONS),
    until: v.optional(epochMs),
  }),
  v.strictObject({ type: v.literal('contact.merge'), intoId: rowId, fromId: rowId }),
  v.strictObject({ type: v.literal('contact.unmerge'), contactId: rowId }),
  v.strictObject({ type: v.literal('ignore.add'), value: str(320), contactId: v.optional(rowId) }),
  v.strictObject({
    type: v.literal('referral.save'), id: v.optional(rowId), referrerId: rowId,
    refereeId: v.optional(rowId), mayUseName: v.boolean(),
    status: v.picklist(REFERRAL_STATUSES),
    done: v.optional(v.picklist(REFERRAL_DUTIES)),
  }),
  v.strictObject({ type: v.literal('settings.save'), settings: v.unknown() }),
  v.strictObject({ type: v.literal('agenda.snoozeAll'), until: epochMs }),
  /** the stages are today's when this answers (a page opened before the worker caught up) */
  v.strictObject({ type: v.literal('agenda.refresh') }),
  v.strictObject({ type: v.literal('ledger.wipe'), confirm: v.literal('DELETE') }),
  v.strictObject({ type: v.literal('backup.import'), json: str(200 * 1024 * 1024) }),
  // Import (src/data/): people already parsed and normalized by the options page.
  v.strictObject({ type: v.literal('import.apply'), people: v.pipe(v.array(ImportPersonSchema), v.minLength(1), v.maxLength(100_000)) }),
  v.strictObject({ type: v.literal('backup.recorded'), at: epochMs }),
  ...SyncRequestSchemas,
]);

export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;
export type PageRequest = v.InferOutput<typeof PageRequestSchema>;
export type ObservedMessage = v.InferOutput<typeof ObservedMessageSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;

/** Every reply: ok with a value, or a clear error and nothing changed. */
export type Reply<T = unknown> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };


/** A readable one-line error from a failed parse. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid message';
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}
