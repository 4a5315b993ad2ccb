// Default settings (PRODUCT.md) and their validation. Pure.
import type { Policy, Settings } from './types';
import { DEFAULT_TEMPLATES } from './templates';

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
