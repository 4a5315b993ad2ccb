// LinkedIn as of 2026 in real Chromium: the hashed messaging page (German),
// the profile page whose messaging pop-up lives in #interop-outlet's shadow
// root, and the real signed-in profile page from ../shared/real-pages/.
// LinkedIn's messenger API is served from test/fixtures/linkedin/network/.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { openPopup, readAll } from './ui-helpers';

const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const PRIYA = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const REAL = '../shared/real-pages/linkedin/2026-03-profile-message-popup.anon.html';
const net = (name: string) => fixture(`linkedin/network/${name}`);

interface TouchRow { contactId: number; direction: string; source: string; threadUrl?: string; messageId?: string }
interface IdentityRow { contactId: number; kind: string; value: string }

describe('linkedin 2026', () => {
  let ext: Ext;
  let ledger: Page;
  const touchesOf = async (profile: string, direction: string) => {
    const id = (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'linkedin' && i.value === profile)?.contactId;
    return (await readAll<TouchRow>(ledger, 'touches')).filter((t) => id !== undefined && t.contactId === id && t.direction === direction);
  };
  const health = async () => {
    const worker = await ext.worker();
    return worker.evaluate(() => chrome.storage.local.get('health:linkedin').then((r) => (r['health:linkedin'] as { roles: Record<string, boolean> } | undefined)?.roles));
  };

  beforeAll(async () => {
    ext = await launch();
    ledger = await ext.page('src/options/index.html');
    // LinkedIn's messenger API, as the fixtures record it (later routes win over the page route).
    await ext.route('https://www.linkedin.com', fixture('linkedin/2026-12-messaging-hashed-de.html'));
    await ext.context.route('https://www.linkedin.com/voyager/api/**', (route) => {
      const url = route.request().url();
      const body = url.includes('createMessage') ? net('2026-03-createMessage-response.json')
        : url.includes('queryId=messengerConversations') ? net('2026-messengerConversations-response.json')
          : url.includes('queryId=messengerMessages') ? net('2026-messengerMessages-response.json') : '{}';
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    for (const cdn of ['https://static.licdn.com/**', 'https://dms.licdn.com/**', 'https://media.licdn.com/**']) {
      await ext.context.route(cdn, (route) => route.abort());
    }
  });
  afterAll(() => ext.dispose());

  it('logs a send seen only in the network exactly once, for the right contact (German page)', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://www.linkedin.com/messaging/thread/${THREAD}/`);
    await page.locator('main form nudgeline-button').waitFor();
    // No click, no key: the site sends on its own (a scheduled or another tab's send, say).
    await page.evaluate((body) => fetch('/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage', { method: 'POST', body }), net('2026-03-createMessage-request.json'));
    await until(async () => (await touchesOf(PRIYA, 'out')).length > 0, 15_000, 'the network-only send');
    await page.waitForTimeout(2_000);
    const sent = await touchesOf(PRIYA, 'out');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ source: 'auto', threadUrl: `https://www.linkedin.com/messaging/thread/${THREAD}/` });
    // Priya is tracked now: opening the thread again, the messages query's two
    // replies after the account's message are logged, once each however often.
    await page.reload();
    await until(async () => (await touchesOf(PRIYA, 'in')).length === 2, 15_000, 'the replies from the messages query');
    await page.reload();
    await page.locator('main form nudgeline-button').waitFor();
    await page.waitForTimeout(1_500);
    expect(await touchesOf(PRIYA, 'in')).toHaveLength(2);
    expect(Object.values((await health()) ?? {}).every(Boolean)).toBe(true);
    await page.close();
  });

  it('logs a send and a reply made in the pop-up inside the shadow root', async () => {
    await ext.route('https://www.linkedin.com', fixture('linkedin/2026-03-profile-popup-shadow.html'));
    const page = await ext.context.newPage();
    const before = (await touchesOf(PRIYA, 'out')).length;
    await page.goto(PRIYA);
    const form = page.locator('#interop-outlet .msg-form');
    await form.locator('nudgeline-button').waitFor();
    await form.locator('[role=textbox]').click();
    await page.keyboard.type('Checking in about the pilot');
    await form.locator('.msg-form__send-button').click();
    await until(async () => (await touchesOf(PRIYA, 'out')).length === before + 1, 15_000, 'the pop-up send');
    const repliesBefore = (await touchesOf(PRIYA, 'in')).length;
    await page.evaluate(() => (window as unknown as { fixtureReply(id: string): void }).fixtureReply('e2e1'));
    await until(async () => (await touchesOf(PRIYA, 'in')).length === repliesBefore + 1, 15_000, 'the pop-up reply');
    await page.waitForTimeout(1_500);
    expect(await touchesOf(PRIYA, 'out')).toHaveLength(before + 1);
    expect(await touchesOf(PRIYA, 'in')).toHaveLength(repliesBefore + 1);
    await page.close();
  });

  it('shows no false degraded health and no stray button on the real 2026 profile page', async () => {
    await ext.route('https://www.linkedin.com', readFileSync(REAL, 'utf8'));
    const worker = await ext.worker();
    await worker.evaluate(() => chrome.storage.local.remove('health:linkedin'));
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('https://www.linkedin.com/in/member-9/');
    await until(async () => (await health()) !== undefined, 15_000, 'a health report');
    expect(await health()).toEqual({ adapter: true });
    expect(await page.locator('nudgeline-button').count()).toBe(0);
    const popup = await openPopup(ext);
    await popup.waitForTimeout(1_000);
    expect(await popup.locator('body').textContent()).not.toMatch(/may miss messages on .*LinkedIn/);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
