// LinkedIn in real Chromium on routed fixture pages at the real URLs. The
// fixture's own script plays the site: Send posts createMessage (routed
// 200) and appends the message. Checks the ledger in IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { readAll } from './ui-helpers';
import { openDegraded } from './degraded';

const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const PAGE_URL = `https://www.linkedin.com/messaging/thread/${THREAD}/`;
const PRIYA = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const KEIKO = 'https://www.linkedin.com/in/keiko-tanaka-81f0/';

interface TouchRow { contactId: number; direction: string; channel: string; source: string; threadUrl?: string; dedupeKey: string }
interface IdentityRow { contactId: number; kind: string; value: string }

async function typeAndSend(page: Page, scope: string): Promise<void> {
  await page.locator(`${scope} [role=textbox]`).click();
  await page.keyboard.type('Checking in about the pilot');
  await page.locator(`${scope} .msg-form__send-button`).click();
}

describe('linkedin detection', () => {
  let ext: Ext;
  let ledger: Page;
  const touches = () => readAll<TouchRow>(ledger, 'touches');
  const contactOf = async (profile: string) =>
    (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'linkedin' && i.value === profile)?.contactId;
  const touchesOf = async (profile: string, direction: string) => {
    const id = await contactOf(profile);
    return (await touches()).filter((t) => t.contactId === id && t.direction === direction);
  };

  beforeAll(async () => {
    ext = await launch();
    ledger = await ext.page('src/options/index.html');
  });
  afterAll(() => ext.dispose());

  it('logs a send once, for the participant, with a link to the thread', async () => {
    await ext.route('https://www.linkedin.com', fixture('linkedin/2026-11-messaging.html'));
    const page = await ext.context.newPage();
    await page.goto(PAGE_URL);
    await page.locator('.msg-form nudgeline-button').waitFor();
    await typeAndSend(page, '.msg-form');
    const sent = await until(async () => {
      const rows = await touchesOf(PRIYA, 'out');
      return rows.length ? rows : undefined;
    }, 15_000, 'the send in the ledger');
    // Both the network call and the new message confirm it: still one touch.
    await page.waitForTimeout(2_500);
    expect(await touchesOf(PRIYA, 'out')).toHaveLength(1);
    expect(sent?.[0]).toMatchObject({ channel: 'linkedin', source: 'auto', threadUrl: PAGE_URL });
    await page.close();
  });

  it('logs the replies seen on opening the thread once each, however often it is opened', async () => {
    const page = await ext.context.newPage();
    await page.goto(PAGE_URL);
    await until(async () => (await touchesOf(PRIYA, 'in')).length === 2, 15_000, 'two replies');
    await page.reload();
    await page.locator('.msg-form nudgeline-button').waitFor();
    await page.waitForTimeout(2_000);
    expect(await touchesOf(PRIYA, 'in')).toHaveLength(2);
    await page.close();
  });

  it('shows the tracked state on the inline button, and a press logs the next send as a follow-up', async () => {
    const page = await ext.context.newPage();
    await page.goto(PAGE_URL);
    const button = page.locator('.msg-form nudgeline-button button');
    await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('tracked');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('data-state')).toBe('armed');
    await typeAndSend(page, '.msg-form');
    await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('logged');
    await until(async () => (await touchesOf(PRIYA, 'out')).some((t) => t.source === 'button'), 10_000, 'the button touch');
    expect(await touchesOf(PRIYA, 'out')).toHaveLength(2);
    await page.close();
  });

  it('keeps overlay bubbles apart: a send in one bubble goes to its own participant only', async () => {
    await ext.route('https://www.linkedin.com', fixture('linkedin/2026-11-overlay.html'));
    const page = await ext.context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await page.locator('[data-bubble=keiko] nudgeline-button').first().waitFor();
    await typeAndSend(page, '[data-bubble=keiko]');
    await until(async () => (await touchesOf(KEIKO, 'out')).length === 1, 15_000, 'the overlay send');
    expect(await contactOf('https://www.linkedin.com/in/tomas-almeida-d3e9/')).toBeUndefined();
    await page.close();
  });

  it('reports a broken page as degraded, and the popup says so', async () => {
    const report = await openDegraded(ext, {
      site: 'linkedin', role: 'messageBox',
      load: async (page) => {
        await ext.route('https://www.linkedin.com', fixture('linkedin/2026-11-broken.html'));
        await page.goto('https://www.linkedin.com/messaging/thread/2-X/');
      },
    });
    expect(report.popup).toMatch(/may miss messages on .*LinkedIn/);
    expect(report.pageErrors).toEqual([]);
  });
});
