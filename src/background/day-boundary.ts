// Stages move at local midnight (and when a snooze ends): an alarm at the
// next such moment recomputes everything, and a worker that starts on a new
// day catches up at once.
import browser from 'webextension-polyfill';
import { lastRecomputeDay, localDay, nextLocalMidnight, nextStageChangeAt, recomputeStale } from '../ledger/index';
import { ledgerDb } from './db-handle';
import { onLedgerChanged } from './changes';

export const DAY_ALARM = 'nudgeline:day-boundary';

export async function scheduleDayBoundary(now = Date.now()): Promise<void> {
  // A minute past the moment, so a slightly early alarm still lands after it.
  const midnight = nextLocalMidnight(now);
  const next = (await nextStageChangeAt(ledgerDb(), now)) ?? midnight;
  await browser.alarms.create(DAY_ALARM, { when: Math.min(next, midnight) + 60_000 });
}

export async function recomputeForToday(now = Date.now()): Promise<void> {
  // Only what time can have changed; a settings change recomputes everything.
  await recomputeStale(ledgerDb(), now);
  await onLedgerChanged().catch(() => undefined);
}

/** Recompute if the last recompute was on another day; true when it ran. Idempotent. */
export async function catchUpToday(now = Date.now()): Promise<boolean> {
  if ((await lastRecomputeDay(ledgerDb())) === localDay(now)) return false;
  await recomputeForToday(now);
  return true;
}

/** Worker start: re-arm the alarm and catch up if the last recompute was on another day. */
export async function onWorkerStart(now = Date.now()): Promise<void> {
  await scheduleDayBoundary(now);
  await catchUpToday(now);
}

export async function onAlarm(name: string, now = Date.now()): Promise<void> {
  if (name !== DAY_ALARM) return;
  await recomputeForToday(now);
  await scheduleDayBoundary(now);
}
