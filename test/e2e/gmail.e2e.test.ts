// Gmail in real Chromium on routed fixture pages at mail.google.com. A small
// script appended to each dated fixture plays Gmail: Send posts a
// captured-style `/sync/u/0/i/s` body (the real cvOnSend_3 capture with this
// compose's ids, To and subject; routed to answer the captured response),
// closes a pop-up compose and shows the sent toast. Checks the ledger in IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { ORIGIN, RESPONSE, withGmail } from './gmail-stage';
import { readAll } from './ui-helpers';
import { openDegraded } from './degraded';

interface TouchRow { contactId: number; direction: string; channel: string; source: string; subject?: string; threadUrl?: string; dedupeKey: string; at: number; scheduled?: boolean }
interface IdentityRow { contactId: number; kind: string; value: string }

const stateOf = (page: Page, scope: string) => page.locator(`${scope} nudgeline-button button`).getAttribute('data-state');

describe('gmail detection', () => {
  let ext: Ext;
  let ledger: Page;
  let syncPosts = 0;
  const touches = () => readAll<TouchRow>(ledger, 'touches');
  const contactOf = async (email: string) =>
    (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'email' && i.value === email)?.contactId;
  const touchesOf = async (email: string, direction: string) => {
    const id = await contactOf(email);
    return id === undefined ? [] : (await touches()).filter((t) => t.contactId === id && t.direction === direction);
  };
  async function stage(fixtureName: string): Promise<void> {
    await ext.route(ORIGIN, withGmail(fixture(fixtureName)));
    // Registered after the page route, so it wins for the sync call.
    await ext.context.route('**/sync/u/*/i/s**', (route) => {
      syncPosts++;
      return route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: RESPONSE });
    });
  }
  async function open(fixtureName: string, path: string): Promise<Page> {
    await stage(fixtureName);
    const page = await ext.context.newPage();
    await page.goto(ORIGIN + path);
    return page;
  }

  beforeAll(async () => {
    ext = await launch({ time: '2026-11-30 10:30:00' });
    ledger = await ext.page('src/options/index.html');
  });
  afterAll(() => ext.dispose());

  it('logs a send once, for the To recipients only, with a link to the thread', async () => {
    const page = await open('gmail/2026-11-compose.html', '/mail/u/0/#inbox?compose=new');
    await page.locator('[aria-label="New Message"] nudgeline-button').waitFor();
    await page.locator('[aria-label="New Message"] div[role=button].T-I-atl:not([aria-haspopup])').click();
    const sent = await until(async () => {
      const rows = await touchesOf('ada@example.org', 'out');
      return rows.length ? rows : undefined;
    }, 15_000, 'the send in the ledger');
    // The network call and the toast both confirm it: still one touch.
    await page.waitForTimeout(2_500);
    expect(syncPosts).toBe(1);
    expect(await touchesOf('ada@example.org', 'out')).toHaveLength(1);
    expect(await touchesOf('grace.hopper@example.net', 'out')).toHaveLength(1);
    expect(sent![0]).toMatchObject({
      channel: 'gmail', source: 'auto', subject: 'Coffee next week?',
      threadUrl: 'https://mail.google.com/mail/u/0/#all/183fcc5cc03fea78',
    });
    expect(await contactOf('boss@example.com')).toBeUndefined(); // Cc is never tracked
    expect(await contactOf('me@example.com')).toBeUndefined();
    await page.close();
  });

  it('does not log a send that was undone', async () => {
    const page = await open('gmail/2026-11-compose.html', '/mail/u/0/#inbox?compose=new');
    await page.locator('[aria-label="Second draft"] nudgeline-button').waitFor();
    await page.locator('[aria-label="Second draft"] div[role=button].T-I-atl').click();
    // Provisional: logged as soon as Gmail confirms, taken back on Undo.
    await until(async () => (await touchesOf('linus@example.com', 'out')).length === 1, 15_000, 'the provisional send');
    await page.locator('#link_undo').click();
    await until(async () => (await touchesOf('linus@example.com', 'out')).length === 0, 15_000, 'the send retracted');
    await page.waitForTimeout(2_000);
    expect(await touchesOf('linus@example.com', 'out')).toEqual([]);
    await page.close();
  });

  it('logs a scheduled send at its delivery time, so it does not count as written today', async () => {
    const deliver = Date.UTC(2026, 11, 7, 8, 0); // next Monday
    const page = await open('gmail/2026-11-compose.html', '/mail/u/0/#inbox?compose=new');
    await page.locator('[aria-label="Second draft"] nudgeline-button').waitFor();
    await page.evaluate((at) => {
      (window as unknown as { nlSchedule: unknown }).nlSchedule = { at, messageId: 'msg-a:r-5550001' };
    }, deliver);
    await page.locator('[aria-label="Second draft"] div[role=button].T-I-atl').click();
    const rows = await until(async () => {
      const r = await touchesOf('linus@example.com', 'out');
      return r.length ? r : undefined;
    }, 15_000, 'the scheduled send in the ledger');
    expect(rows).toEqual([expect.objectContaining({ at: deliver, scheduled: true, source: 'auto' })]);
    const contacts = await readAll<{ id: number; attempt: number; lastTouchAt: number }>(ledger, 'contacts');
    const linus = contacts.find((c) => c.id === rows![0]!.contactId)!;
    expect(linus.attempt).toBe(0); // counted only once it goes out
    expect(linus.lastTouchAt).toBeLessThan(deliver);
    await page.close();
  });

  it('logs a reply seen on opening the thread once, however often it is opened', async () => {
    const path = '/mail/u/0/#inbox/1a22b77c800003a1';
    for (let i = 0; i < 2; i++) {
      const page = await open('gmail/2026-11-thread.html', path);
      await page.locator('h2 + nudgeline-button').waitFor();
      await until(async () => (await touchesOf('ada@example.org', 'in')).length === 1, 15_000, 'the reply in the ledger');
      await page.waitForTimeout(1_500);
      await page.close();
    }
    const replies = await touchesOf('ada@example.org', 'in');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ source: 'auto', at: Date.UTC(2026, 11, 1, 11, 0), threadUrl: 'https://mail.google.com/mail/u/0/#all/1a22b77c800003a1' });
    // The account's own message in the thread is never a reply.
    expect((await touches()).filter((t) => t.direction === 'in' && t.dedupeKey.includes('msg-a:'))).toEqual([]);
  });

  it('the inline button logs the reply as a follow-up and shows its state', async () => {
    const page = await open('gmail/2026-11-inline-reply.html', '/mail/u/0/#inbox/1a23142ef80009c2');
    const scope = '.M9';
    await expect.poll(() => stateOf(page, scope), { timeout: 10_000 }).toBe('untracked');
    await page.locator(`${scope} nudgeline-button button`).focus();
    await page.keyboard.press('Enter');
    expect(await stateOf(page, scope)).toBe('armed');
    expect(await page.locator(`${scope} nudgeline-button button`).getAttribute('aria-pressed')).toBe('true');
    await page.locator(`${scope} div[role=button].T-I-atl`).click();
    await expect.poll(() => stateOf(page, scope), { timeout: 10_000 }).toBe('logged');
    const rows = await until(async () => {
      const r = await touchesOf('carol@example.com', 'out');
      return r.length ? r : undefined;
    }, 10_000, 'the follow-up in the ledger');
    expect(rows).toEqual([expect.objectContaining({ source: 'button', subject: 'Re: Quarterly update', threadUrl: 'https://mail.google.com/mail/u/0/#all/1a23142ef80009c2' })]);
    await page.close();
    // Opened again: Carol is tracked now.
    const again = await open('gmail/2026-11-inline-reply.html', '/mail/u/0/#inbox/1a23142ef80009c2');
    await expect.poll(() => stateOf(again, scope), { timeout: 10_000 }).toBe('tracked');
    await again.close();
  });

  it('reports a broken page as degraded, and the popup says so', async () => {
    const report = await openDegraded(ext, {
      site: 'gmail', role: 'sendButton',
      load: async (page) => {
        await stage('gmail/2026-11-broken.html');
        await page.goto(`${ORIGIN}/mail/u/0/#inbox`);
      },
    });
    expect(report.popup).toMatch(/may miss messages on .*Gmail/);
    expect(report.pageErrors).toEqual([]);
  });
});
