import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettings, validateSettings } from '../../../src/core/settings';

const errorsOf = (input: unknown) => {
  const r = validateSettings(input);
  return r.ok ? [] : r.errors.map((e) => [e.field, e.message]);
};

describe('validateSettings', () => {
  it('fills every missing field with its default', () => {
    expect(validateSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(validateSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const r = validateSettings({ policy: { letGoAfter: 30 }, digest: { hour: 7 } });
    expect(r.ok && r.settings.policy).toEqual({ ...DEFAULT_SETTINGS.policy, letGoAfter: 30 });
    expect(r.ok && r.settings.digest).toEqual({ ...DEFAULT_SETTINGS.digest, hour: 7 });
  });

  it('accepts a full valid edit and normalizes lists', () => {
    const r = validateSettings({
      policy: { nudgeIntervals: [2, 5, 5, 10], holidays: ['2026-12-25', '2026-12-24', '2026-12-25'], businessDaysOnly: false },
      detectionMode: 'tracked-only',
      ignoreList: [' @spam.test ', 'boss@corp.test', 'https://www.linkedin.com/in/pete/', ''],
      quietHours: { start: '22:00', end: '07:30' },
      templates: { nudge: 'Hi {firstName}' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.policy.nudgeIntervals).toEqual([2, 5, 5, 10]);
    expect(r.settings.policy.holidays).toEqual(['2026-12-24', '2026-12-25']);
    expect(r.settings.ignoreList).toEqual(['@spam.test', 'boss@corp.test', 'https://www.linkedin.com/in/pete/']);
    expect(r.settings.quietHours).toEqual({ start: '22:00', end: '07:30' });
    expect(r.settings.templates.nudge).toBe('Hi {firstName}');
    expect(r.settings.templates.final).toBe(DEFAULT_SETTINGS.templates.final);
  });

  it.each<[string, unknown, [string, string][]]>([
    ['shrinking intervals', { policy: { nudgeIntervals: [3, 7, 5] } }, [['policy.nudgeIntervals', 'errIntervalsShrink']]],
    ['empty intervals', { policy: { nudgeIntervals: [] } }, [['policy.nudgeIntervals', 'errIntervalsCount']]],
    ['zero-day interval', { policy: { nudgeIntervals: [0, 3] } }, [['policy.nudgeIntervals', 'errIntervalRange']]],
    ['fractional interval', { policy: { nudgeIntervals: [1.5] } }, [['policy.nudgeIntervals', 'errIntervalRange']]],
    ['attempts out of range', { policy: { attemptsBeforeFinal: 0 } }, [['policy.attemptsBeforeFinal', 'errNumberRange']]],
    ['cancellations out of range', { policy: { cancellationsBeforeFinal: 99 } }, [['policy.cancellationsBeforeFinal', 'errNumberRange']]],
    ['let go after as text', { policy: { letGoAfter: '21' } }, [['policy.letGoAfter', 'errNotWholeNumber']]],
    ['negative reply owed', { policy: { replyOwedAfter: -1 } }, [['policy.replyOwedAfter', 'errNumberRange']]],
    ['keep warm too often', { policy: { keepWarmEveryDays: 1 } }, [['policy.keepWarmEveryDays', 'errNumberRange']]],
    ['business days not boolean', { policy: { businessDaysOnly: 'yes' } }, [['policy.businessDaysOnly', 'errNotBoolean']]],
    ['bad holiday', { policy: { holidays: ['2026-02-30'] } }, [['policy.holidays.0', 'errDateFormat']]],
    ['unknown detection mode', { detectionMode: 'everything' }, [['detectionMode', 'errDetectionMode']]],
    ['digest hour', { digest: { hour: 24 } }, [['digest.hour', 'errNumberRange']]],
    ['digest minute', { digest: { minute: 60 } }, [['digest.minute', 'errNumberRange']]],
    ['bad HH:MM', { quietHours: { start: '9:00', end: '25:00' } }, [['quietHours.start', 'errTimeFormat'], ['quietHours.end', 'errTimeFormat']]],
    ['empty quiet hours', { quietHours: { start: '09:00', end: '09:00' } }, [['quietHours.end', 'errQuietHoursEmpty']]],
    ['bad ignore entry', { ignoreList: ['not an address'] }, [['ignoreList.0', 'errIgnoreEntry']]],
    ['bad own identity', { ownIdentities: ['me'] }, [['ownIdentities.0', 'errOwnIdentity']]],
    ['empty template', { templates: { nudge: '  ' } }, [['templates.nudge', 'errTemplateEmpty']]],
    ['long template', { templates: { final: 'x'.repeat(2001) } }, [['templates.final', 'errTemplateTooLong']]],
    ['policy not an object', { policy: [1] }, [['policy', 'errInvalid']]],
    ['not an object at all', 'settings', [['settings', 'errInvalid']]],
  ])('refuses %s', (_n, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it('gives the range with range errors, for the message', () => {
    const r = validateSettings({ digest: { hour: 30 } });
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'digest.hour', message: 'errNumberRange', min: 0, max: 23 }]);
  });

  it('lets templates contain ultimatum phrases (the options page warns; it is the user\'s text)', () => {
    expect(validateSettings({ templates: { final: 'Last chance!' } }).ok).toBe(true);
  });
});

describe('migrateSettings', () => {
  it('keeps every valid field and replaces invalid ones with defaults', () => {
    const s = migrateSettings({ version: 0, policy: { nudgeIntervals: [9, 1], letGoAfter: 10 }, detectionMode: 'bogus', snippets: true });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.policy.nudgeIntervals).toEqual(DEFAULT_SETTINGS.policy.nudgeIntervals);
    expect(s.policy.letGoAfter).toBe(10);
    expect(s.detectionMode).toBe('direct');
    expect(s.snippets).toBe(true);
  });

  it('turns garbage into the defaults', () => {
    expect(migrateSettings(42)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('never shares arrays with the defaults', () => {
    const s = migrateSettings({});
    s.ignoreList.push('x.test');
    s.policy.nudgeIntervals.push(30);
    expect(DEFAULT_SETTINGS.ignoreList).toEqual([]);
    expect(DEFAULT_SETTINGS.policy.nudgeIntervals).toEqual([3, 7, 14]);
  });
});
