// The digest notification's buttons and body: "Open agenda" (index 0) opens the
// popup (or a tab with it), "Snooze all until tomorrow" (index 1) snoozes every
// due contact until the next local midnight in the ledger; a click on the body
// opens the agenda. Other notifications are none of their business.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { NudgelineDB } from '../../../src/ledger/db';
import { DIGEST_NOTIFICATION, hasNotificationButtons, onDigestButton, onDigestClicked } from '../../../src/background/reminders';
import { observe } from '../../../src/ledger/observe';
import { recomputeAll } from '../../../src/ledger/recompute-all';
import { nextLocalMidnight } from '../../../src/ledger/day';
import { DAY_MS } from '../../../src/core/types';
import { MON, dump, freshDb, received, sent } from '../ledger/helpers';

const POPUP_URL = 'chrome-extension://id/src/popup/index.html';
vi.mock('webextension-polyfill', () => ({
  default: {
    notifications: { clear: vi.fn<(id: string) => Promise<boolean>>(async () => true) },
    tabs: { create: vi.fn<(o: { url: string }) => Promise<object>>(async () => ({})) },
    runtime: { getURL: vi.fn<(p: string) => string>((p) => `chrome-extension://id/${p}`) },
    action: {
      setBadgeText: vi.fn<(o: { text: string }) => Promise<void>>(async () => undefined),
      setBadgeBackgroundColor: vi.fn<(o: object) => Promise<void>>(async () => undefined),
    },
  },
}));
vi.mock('../../../src/background/changes', () => ({ onLedgerChanged: vi.fn<() => Promise<void>>(async () => undefined) }));
// The background's one Dexie handle, here a fresh database per test.
let db: NudgelineDB;
vi.mock('../../../src/background/db-handle', () => ({ ledgerDb: () => db }));

const mocked = vi.mocked(browser, { deep: true });
type G = { chrome?: unknown };
const NOON = MON + 2 * 3_600_000;

/** Nora: nudge due (wrote 10 days ago); Ray: reply owed (wrote back yesterday); Wes: waiting (wrote today). Ids by name. */
async function seedLedger(): Promise<Record<string, number>> {
  const [nora] = (await observe(db, [sent({ eventId: 'n', messageId: 'n', at: MON - 10 * DAY_MS, to: [{ email: 'nora@beta.example', name: 'Nora' }] })], MON - 10 * DAY_MS)).contactIds;
  const ray = { email: 'ray@gamma.example', name: 'Ray' };
  await observe(db, [sent({ eventId: 'r0', messageId: 'r0', at: MON - 3 * DAY_MS, to: [ray] })], MON - 3 * DAY_MS);
  const [rayId] = (await observe(db, [received({ eventId: 'r', messageId: 'r', at: MON - DAY_MS, from: ray })], MON - DAY_MS)).contactIds;
  const [wes] = (await observe(db, [sent({ eventId: 'w', messageId: 'w', at: MON, to: [{ email: 'wes@delta.example', name: 'Wes' }] })], MON)).contactIds;
  await recomputeAll(db, NOON);
  return { nora: nora!, ray: rayId!, wes: wes! };
}

beforeEach(() => {
  db = freshDb();
  vi.clearAllMocks();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON);
  delete (globalThis as G).chrome;
});
afterEach(async () => {
  vi.useRealTimers();
  delete (globalThis as G).chrome;
  await db.delete();
});

describe('onDigestButton', () => {
  it('0: clears the notification and opens the popup, changing nothing', async () => {
    await seedLedger();
    const before = await dump(db);
    const openPopup = vi.fn<() => Promise<void>>(async () => undefined);
    (globalThis as G).chrome = { action: { openPopup } };
    await onDigestButton(DIGEST_NOTIFICATION, 0);
    expect(mocked.notifications.clear).toHaveBeenCalledWith(DIGEST_NOTIFICATION);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(mocked.tabs.create).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
  });

  it.each([
    ['there is no openPopup (Firefox, older Chrome)', undefined],
    ['openPopup fails (no focused window)', { action: { openPopup: async () => Promise.reject(new Error('no window')) } }],
  ])('0: opens the agenda in a tab when %s', async (_, chrome) => {
    (globalThis as G).chrome = chrome;
    await onDigestButton(DIGEST_NOTIFICATION, 0);
    expect(mocked.tabs.create).toHaveBeenCalledWith({ url: POPUP_URL });
  });

  it('1: snoozes every due contact until the next local midnight, leaves the rest, updates the badge', async () => {
    const ids = await seedLedger();
    expect((await db.contacts.get(ids.nora))!.section).toBe('nudge-due');
    expect((await db.contacts.get(ids.ray))!.section).toBe('reply-owed');
    await onDigestButton(DIGEST_NOTIFICATION, 1);
    const midnight = nextLocalMidnight(NOON);
    expect(midnight).toBe(new Date(2026, 10, 3).getTime());
    for (const id of [ids.nora, ids.ray]) {
      expect(await db.contacts.get(id)).toMatchObject({ snoozedUntil: midnight, section: 'snoozed', dueAt: midnight });
    }
    const wes = (await db.contacts.get(ids.wes))!;
    expect(wes.section).toBe('waiting');
    expect(wes.snoozedUntil).toBeUndefined();
    expect(mocked.notifications.clear).toHaveBeenCalledWith(DIGEST_NOTIFICATION);
    expect(mocked.action.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(mocked.tabs.create).not.toHaveBeenCalled();
  });

  it('1: the snoozed contacts are due again after midnight', async () => {
    const ids = await seedLedger();
    await onDigestButton(DIGEST_NOTIFICATION, 1);
    await recomputeAll(db, nextLocalMidnight(NOON) + 60_000);
    expect((await db.contacts.get(ids.nora))!.section).toBe('nudge-due');
    expect((await db.contacts.get(ids.ray))!.section).toBe('reply-owed');
  });

  it.each([0, 1])('ignores button %i of another notification', async (index) => {
    await seedLedger();
    const before = await dump(db);
    await onDigestButton('someone-else', index);
    expect(mocked.notifications.clear).not.toHaveBeenCalled();
    expect(mocked.tabs.create).not.toHaveBeenCalled();
    expect(mocked.action.setBadgeText).not.toHaveBeenCalled();
    expect(await dump(db)).toEqual(before);
  });
});

describe('onDigestClicked', () => {
  it('clears the digest and opens the agenda', async () => {
    await onDigestClicked(DIGEST_NOTIFICATION);
    expect(mocked.notifications.clear).toHaveBeenCalledWith(DIGEST_NOTIFICATION);
    expect(mocked.tabs.create).toHaveBeenCalledWith({ url: POPUP_URL });
  });

  it('ignores another notification', async () => {
    await onDigestClicked('someone-else');
    expect(mocked.notifications.clear).not.toHaveBeenCalled();
    expect(mocked.tabs.create).not.toHaveBeenCalled();
  });
});

describe('hasNotificationButtons', () => {
  it('is false in the Firefox build (its onButtonClicked is a stub that warns) and true in the Chrome build', () => {
    expect(hasNotificationButtons('firefox')).toBe(false);
    expect(hasNotificationButtons('production')).toBe(true);
  });
});
