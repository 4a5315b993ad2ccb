// The service worker. Listeners are registered synchronously at the top level
// so a worker woken by an event hears it; no state lives in globals.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Reply } from '../messaging/protocol';
import { onAlarm, onWorkerStart } from './day-boundary';
import { routeMessage } from './route';
import { DIGEST_ALARM, onDigestButton, onDigestClicked, runDigest, scheduleDigest, hasNotificationButtons } from './reminders';
import { updateBadge } from './badge';
import { mirrorContentPrefs } from './content-prefs';
import { runSync, syncSoon, SYNC_ALARM } from '../sync/runner';
import { ledgerDb } from './db-handle';
import { deferStartUp } from './start-up';
import { afterLedgerChanges, onLedgerChanged } from './changes';

const logFailure = (what: string) => (err: unknown) => console.error(`[nudgeline] ${what} failed`, err);

// Opened now, while the message that woke the worker is on its way.
void ledgerDb().open().catch(logFailure('ledger open'));

// Once per start, after the message that woke the worker (start-up.ts).
const startUp = deferStartUp(() => {
  void onWorkerStart().catch((err: unknown) => console.debug('[nudgeline] start-up recompute failed', err));
  void Promise.all([updateBadge(), scheduleDigest()]).catch(logFailure('reminders start'));
  // Content scripts read the snippets preference from storage.local (content-prefs.ts).
  void mirrorContentPrefs().catch(logFailure('content prefs'));
  // Sync: a pass shortly after start when it is on.
  syncSoon(ledgerDb(), onLedgerChanged);
});

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender): Promise<Reply> =>
  routeMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('')).finally(() => startUp.now()));

// Day boundary: stages move at local midnight (see day-boundary.ts).
browser.alarms.onAlarm.addListener((alarm) => {
  void onAlarm(alarm.name).catch((err: unknown) => console.debug('[nudgeline] day-boundary recompute failed', err));
});
// Daily digest and badge (reminders.ts, badge.ts): the alarm is re-armed at every start.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === DIGEST_ALARM) void runDigest().catch(logFailure('digest'));
});
if (hasNotificationButtons()) {
  browser.notifications.onButtonClicked.addListener((id, index) => void onDigestButton(id, index).catch(logFailure('digest button')));
}
browser.notifications.onClicked.addListener((id) => void onDigestClicked(id).catch(logFailure('digest click')));
// Every committed change: the badge recounts, the digest alarm follows the settings.
afterLedgerChanges(() => updateBadge(), () => scheduleDigest());

// Sync (src/sync/): a pass on its alarm.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === SYNC_ALARM) void runSync(ledgerDb()).then(() => onLedgerChanged()).catch(logFailure('sync'));
});
