// Errors for the options form, keyed by field id, as display text. The
// core's validateSettings is the authority (the background refuses what it
// refuses); here its field paths are mapped onto the form, and each nudge
// interval is checked on its own so the message sits next to the one to fix.
import { validateSettings, LIMITS, type SettingsError } from '../core/settings';
import type { Settings } from '../core/types';
import { t } from '../i18n/t';
import type { Errors } from './fields';

/** The form field a core error path belongs to. */
export function fieldOf(path: string): string {
  const [head = '', sub = ''] = path.split('.');
  if (head === 'policy') {
    const ids: Record<string, string> = {
      nudgeIntervals: 'intervals', attemptsBeforeFinal: 'attempts', cancellationsBeforeFinal: 'cancellations',
      letGoAfter: 'letgo', replyOwedAfter: 'replyowed', holidays: 'holidays',
    };
    return ids[sub] ?? 'general';
  }
  const ids: Record<string, string> = {
    digest: 'digest-time', quietHours: 'quiet', ignoreList: 'ignore', ownIdentities: 'own', detectionMode: 'mode',
  };
  if (head === 'templates') return `tpl-${sub}`;
  return ids[head] ?? 'general';
}

const say = (e: Pick<SettingsError, 'message' | 'min' | 'max'>) => t(e.message, e.min ?? '', e.max ?? '');

function intervalErrors(list: number[]): Errors {
  const e: Errors = {};
  const [min, max] = LIMITS.interval;
  list.forEach((d, i) => {
    if (!Number.isInteger(d)) e[`interval-${i}`] = say({ message: 'errNotWholeNumber' });
    else if (d < min || d > max) e[`interval-${i}`] = say({ message: 'errNumberRange', min, max });
    else if (i > 0 && d < list[i - 1]!) e[`interval-${i}`] = say({ message: 'errIntervalsShrink' });
  });
  return e;
}

export function settingsErrors(s: Settings): Errors {
  const e = intervalErrors(s.policy.nudgeIntervals);
  const core = validateSettings(s);
  if (core.ok) return e;
  for (const err of core.errors) {
    const id = fieldOf(err.field);
    // One message per field; an interval already flagged on its own says it better.
    if (Object.keys(e).some((k) => k === id || (id === 'intervals' && k.startsWith('interval-')))) continue;
    e[id] = id === 'digest-time' ? say({ message: 'errTimeFormat' }) : say(err);
  }
  return e;
}
