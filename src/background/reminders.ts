// The daily digest: one alarm, re-created at every worker start, fires at
// the next digest time; the decision itself is pure (core/digest.ts). The day
// is claimed in the ledger first (ledger/digest-log.ts), so two wake-ups
// never send two digests.
import browser from 'webextension-polyfill';
import { nextDigestAt } from '../core/digest';
import { DUE_SECTIONS } from '../core/types';
import { claimDigestDay, lastDigestDay, loadSettings, nextLocalMidnight, recordDigest, snoozeAllDue } from '../ledger/index';
import { t, tn } from '../i18n/t';
import { ledgerDb } from './db-handle';
import { dueNow, summarize, totalDue } from './digest-summary';
import { updateBadge } from './badge';
import { catchUpToday } from './day-boundary';

export const DIGEST_ALARM = 'nudgeline:digest';
export const DIGEST_NOTIFICATION = 'nudgeline-digest';
/** Arm the alarm for the next time worth looking (or clear it when the digest is off). */
export async function scheduleDigest(now = Date.now()): Promise<void> {
  const settings = await loadSettings(ledgerDb());
  const when = nextDigestAt(now, settings, await lastDigestDay(ledgerDb()));
  if (when === null) await browser.alarms.clear(DIGEST_ALARM);
  else await browser.alarms.create(DIGEST_ALARM, { when: Math.max(when, now + 1_000) });
}

export async function runDigest(now = Date.now()): Promise<boolean> {
  let shown = false;
  if (await claimDigestDay(ledgerDb(), now)) {
    // A worker woken on a new day may not have recomputed yet: count today's stages.
    await catchUpToday(now);
    const counts = await dueNow(ledgerDb(), now);
    // Nothing due: the day is used up all the same, and no notification.
    if (totalDue(counts) > 0) {
      const message = summarize(counts);
      await showDigest(totalDue(counts), message);
      await recordDigest(ledgerDb(), now, message);
      shown = true;
    }
  }
  await scheduleDigest(now);
  return shown;
}

async function showDigest(total: number, message: string): Promise<void> {
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: tn('digestTitle', total),
    message,
  };
  // Without buttons (Firefox), clicking the notification opens the agenda.
  if (hasNotificationButtons()) {
    try {
      await browser.notifications.create(DIGEST_NOTIFICATION, {
        ...options, buttons: [{ title: t('digestOpen') }, { title: t('digestSnoozeAll') }],
      } as typeof options);
      return;
    } catch {
      // A browser refusing buttons after all: plain notification below.
    }
  }
  await browser.notifications.create(DIGEST_NOTIFICATION, options);
}

export async function openAgenda(): Promise<void> {
  const action = (globalThis as { chrome?: { action?: { openPopup?: () => Promise<void> } } }).chrome?.action;
  try {
    if (!action?.openPopup) throw new Error('no openPopup');
    await action.openPopup();
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html') });
  }
}

export async function snoozeAllUntilTomorrow(now = Date.now()): Promise<number> {
  const n = await snoozeAllDue(ledgerDb(), DUE_SECTIONS, nextLocalMidnight(now), now);
  await updateBadge(now);
  return n;
}

export async function onDigestButton(id: string, index: number): Promise<void> {
  if (id !== DIGEST_NOTIFICATION) return;
  await browser.notifications.clear(id);
  if (index === 0) await openAgenda();
  else await snoozeAllUntilTomorrow();
}

/**
 * Whether this build's browser has notification buttons. Firefox has none: it
 * lists notifications.onButtonClicked but stubs it in the parent process,
 * where listening logs "which is unimplemented" at every start (nothing on the
 * extension's side tells the stub apart). The Firefox build is `vite --mode firefox`.
 */
export function hasNotificationButtons(mode: string = import.meta.env.MODE): boolean {
  return mode !== 'firefox';
}

export async function onDigestClicked(id: string): Promise<void> {
  if (id !== DIGEST_NOTIFICATION) return;
  await browser.notifications.clear(id);
  await openAgenda();
}
