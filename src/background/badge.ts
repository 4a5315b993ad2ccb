// The toolbar badge: how many follow-ups are due now. Refreshed after every
// ledger change (changes.ts) and at each local day boundary (the day alarm
// recomputes, which is a ledger change), and at every worker start.
import browser from 'webextension-polyfill';
import { dueCount } from '../ledger/index';
import { ledgerDb } from './db-handle';

export const badgeText = (n: number) => (n <= 0 ? '' : n > 99 ? '99+' : String(n));

export async function updateBadge(now = Date.now()): Promise<number> {
  const n = await dueCount(ledgerDb(), now);
  await browser.action.setBadgeText({ text: badgeText(n) });
  if (n > 0) await browser.action.setBadgeBackgroundColor({ color: '#b4530a' });
  return n;
}
