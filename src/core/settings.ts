// Default settings (docs/rules.md, Defaults) and their validation. Pure.
import { parseLocalDateKey } from './business-days';
import { canonicalLinkedInUrl, looksLikeEmail } from './identity';
import { Checker, isHhMm, type SettingsError } from './settings-checks';
import { DEFAULT_TEMPLATES } from './templates';
import { DETECTION_MODES, TEMPLATE_IDS, type Policy, type Settings } from './types';

export type { SettingsError } from './settings-checks';

export const SETTINGS_VERSION = 1;

export const DEFAULT_POLICY: Policy = {
  nudgeIntervals: [3, 7, 14],
  attemptsBeforeFinal: 3,
  cancellationsBeforeFinal: 3,
  letGoAfter: 21,
  replyOwedAfter: 1,
  businessDaysOnly: true,
  holidays: [],
  keepWarmEveryDays: 90,
};

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  policy: DEFAULT_POLICY,
  detectionMode: 'direct',
  ignoreList: [],
  ownIdentities: [],
  snippets: false,
  digest: { enabled: true, hour: 9, minute: 0, weekdaysOnly: true },
  quietHours: null,
  templates: DEFAULT_TEMPLATES,
};

export const LIMITS = {
  interval: [1, 365], intervals: 10, attempts: [1, 10], letGoAfter: [1, 365], replyOwedAfter: [0, 30],
  keepWarmEveryDays: [7, 3650], template: 2000,
} as const;

function checkIntervals(c: Checker, value: unknown): number[] {
  const fallback = [...DEFAULT_POLICY.nudgeIntervals];
  if (value === undefined) return fallback;
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.intervals) {
    c.fail('policy.nudgeIntervals', 'errIntervalsCount', { min: 1, max: LIMITS.intervals });
    return fallback;
  }
  const [min, max] = LIMITS.interval;
  if (!value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max)) {
    c.fail('policy.nudgeIntervals', 'errIntervalRange', { min, max });
    return fallback;
  }
  const list = value as number[];
  // Principle 1: nudges get rarer, never more frequent.
  if (list.some((n, i) => i > 0 && n < (list[i - 1] ?? 0))) {
    c.fail('policy.nudgeIntervals', 'errIntervalsShrink');
    return fallback;
  }
  return [...list];
}

function checkPolicy(c: Checker, raw: unknown): Policy {
  const p = c.record('policy', raw) ?? {};
  const d = DEFAULT_POLICY;
  const holidays = c.strings('policy.holidays', p.holidays, d.holidays, (s) => parseLocalDateKey(s) !== undefined, 'errDateFormat', 400);
  return {
    nudgeIntervals: checkIntervals(c, p.nudgeIntervals),
    attemptsBeforeFinal: c.int('policy.attemptsBeforeFinal', p.attemptsBeforeFinal, d.attemptsBeforeFinal, ...LIMITS.attempts),
    cancellationsBeforeFinal: c.int('policy.cancellationsBeforeFinal', p.cancellationsBeforeFinal, d.cancellationsBeforeFinal, ...LIMITS.attempts),
    letGoAfter: c.int('policy.letGoAfter', p.letGoAfter, d.letGoAfter, ...LIMITS.letGoAfter),
    replyOwedAfter: c.int('policy.replyOwedAfter', p.replyOwedAfter, d.replyOwedAfter, ...LIMITS.replyOwedAfter),
    businessDaysOnly: c.bool('policy.businessDaysOnly', p.businessDaysOnly, d.businessDaysOnly),
    holidays: holidays.sort(),
    keepWarmEveryDays: c.int('policy.keepWarmEveryDays', p.keepWarmEveryDays, d.keepWarmEveryDays, ...LIMITS.keepWarmEveryDays),
  };
}

/** An address, a domain ('@example.com' or 'example.com') or a LinkedIn profile URL. */
export function isIgnoreEntry(s: string): boolean {
  if (/linkedin\.com\//i.test(s)) return canonicalLinkedInUrl(s) !== null;
  if (s.includes('@') && !s.startsWith('@')) return looksLikeEmail(s);
  return /^@?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(s);
}

function checkRest(c: Checker, o: Record<string, unknown>): Omit<Settings, 'version' | 'policy'> {
  const d = DEFAULT_SETTINGS;
  const dg = c.record('digest', o.digest) ?? {};
  let quietHours = d.quietHours;
  if (o.quietHours !== undefined && o.quietHours !== null) {
    const q = c.record('quietHours', o.quietHours) ?? {};
    if (!isHhMm(q.start)) c.fail('quietHours.start', 'errTimeFormat');
    if (!isHhMm(q.end)) c.fail('quietHours.end', 'errTimeFormat');
    if (isHhMm(q.start) && isHhMm(q.end)) {
      if (q.start === q.end) c.fail('quietHours.end', 'errQuietHoursEmpty');
      else quietHours = { start: q.start, end: q.end };
    }
  }
  const t = c.record('templates', o.templates) ?? {};
  const templates = { ...d.templates };
  for (const id of TEMPLATE_IDS) {
    const v = t[id];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !v.trim()) c.fail(`templates.${id}`, 'errTemplateEmpty');
    else if (v.length > LIMITS.template) c.fail(`templates.${id}`, 'errTemplateTooLong', { max: LIMITS.template });
    else templates[id] = v;
  }
  const rest: Omit<Settings, 'version' | 'policy'> = {
    detectionMode: c.pick('detectionMode', o.detectionMode, DETECTION_MODES, d.detectionMode, 'errDetectionMode'),
    ignoreList: c.strings('ignoreList', o.ignoreList, d.ignoreList, isIgnoreEntry, 'errIgnoreEntry'),
    ownIdentities: c.strings('ownIdentities', o.ownIdentities, d.ownIdentities,
      (s) => looksLikeEmail(s) || canonicalLinkedInUrl(s) !== null, 'errOwnIdentity'),
    snippets: c.bool('snippets', o.snippets, d.snippets),
    digest: {
      enabled: c.bool('digest.enabled', dg.enabled, d.digest.enabled),
      hour: c.int('digest.hour', dg.hour, d.digest.hour, 0, 23),
      minute: c.int('digest.minute', dg.minute, d.digest.minute, 0, 59),
      weekdaysOnly: c.bool('digest.weekdaysOnly', dg.weekdaysOnly, d.digest.weekdaysOnly),
    },
    quietHours,
    templates,
  };
  const lastBackupAt = c.time('lastBackupAt', o.lastBackupAt);
  if (lastBackupAt !== undefined) rest.lastBackupAt = lastBackupAt;
  return rest;
}

function check(input: unknown): { settings: Settings; errors: SettingsError[] } {
  const c = new Checker();
  const o = input === undefined || input === null ? {} : c.record('settings', input) ?? {};
  const settings: Settings = { version: SETTINGS_VERSION, policy: checkPolicy(c, o.policy), ...checkRest(c, o) };
  return { settings, errors: c.errors };
}

/**
 * Settings as the user (or an import) gave them: missing fields take their
 * defaults; anything wrong is refused with i18n keys naming the problem.
 */
export function validateSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] } {
  const { settings, errors } = check(input);
  return errors.length ? { ok: false, errors } : { ok: true, settings };
}

/** Stored settings of any earlier version: every field kept if valid, else its default. Never fails. */
export function migrateSettings(stored: unknown): Settings {
  return check(stored).settings;
}
