// Outlook on the web in real Chromium on routed fixture pages. The compose
// fixture's script plays Outlook: Send posts CreateItem (SendAndSaveCopy,
// routed) and closes the compose, or keeps it with an error dialog when the
// server refuses. Checks the ledger in IndexedDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { readAll } from './ui-helpers';
import { openDegraded } from './degraded';

const ORIGIN = 'https://outlook.office.com';
const PRIYA = 'priya.v@fernhill-analytics.example';
const SAM = 'sam.okafor@fernhill-analytics.example';
const LENA = 'lena.hofmann@northwind-labs.example';
const OK = '{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Success","ResponseCode":"NoError"}]}}}';
const REFUSED = '{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Error","ResponseCode":"ErrorInvalidRecipients"}]}}}';

interface TouchRow { contactId: number; direction: string; channel: string; source: string; subject?: string; autoReply?: boolean; threadId?: string }
interface IdentityRow { contactId: number; kind: string; value: string }

describe('outlook detection', () => {
  let ext: Ext;
  let ledger: Page;
  let serviceReply = OK;
  const contactOf = async (email: string) =>
    (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'email' && i.value === email)?.contactId;
  const touchesOf = async (email: string, direction: string) => {
    const id = await contactOf(email);
    return (await readAll<TouchRow>(ledger, 'touches')).filter((t) => t.contactId === id && t.direction === direction);
  };
  const openCompose = async (): Promise<Page> => {
    await ext.route(ORIGIN, fixture('outlook/2026-11-compose.html'));
    await ext.context.route(`${ORIGIN}/owa/service.svc**`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: serviceReply }));
    const page = await ext.context.newPage();
    await page.goto(`${ORIGIN}/mail/inbox`);
    await page.locator('[role=toolbar] nudgeline-button').waitFor();
    return page;
  };

  beforeAll(async () => {
    ext = await launch();
    ledger = await ext.page('src/options/index.html');
  });
  afterAll(() => ext.dispose());

  it('does not log a send Outlook refuses', async () => {
    serviceReply = REFUSED;
    const page = await openCompose();
    await page.locator('button[name="Send"]').click();
    await page.locator('[role=alertdialog]').waitFor();
    await page.waitForTimeout(2_000);
    expect(await readAll(ledger, 'touches')).toEqual([]);
    await page.close();
  });

  it('logs a send once for each To recipient (never Cc), with its subject', async () => {
    serviceReply = OK;
    const page = await openCompose();
    await page.locator('button[name="Send"]').click();
    await until(async () => (await touchesOf(PRIYA, 'out')).length > 0 && (await touchesOf(SAM, 'out')).length > 0, 15_000, 'the send');
    await page.waitForTimeout(2_000);
    const priya = await touchesOf(PRIYA, 'out');
    expect(priya).toHaveLength(1);
    expect(priya[0]).toMatchObject({ channel: 'outlook', source: 'auto', subject: 'Pilot proposal: next steps' });
    expect(await touchesOf(SAM, 'out')).toHaveLength(1);
    expect(await contactOf(LENA)).toBeUndefined();
    await page.close();
  });

  it('logs each reply seen on opening the conversation once, the out-of-office flagged', async () => {
    await ext.route(ORIGIN, fixture('outlook/2026-11-reading-pane.html'));
    const page = await ext.context.newPage();
    await page.goto(`${ORIGIN}/mail/inbox/id/AAQkADAwATMwMAItYjc0Ni0xMmQzLTAwAi0wMAoAEABLz0gQ2nH1Rrj7nGmXcP3k`);
    await until(async () => (await touchesOf(PRIYA, 'in')).length === 2 && (await touchesOf(SAM, 'in')).length === 1, 15_000, 'the replies');
    expect((await touchesOf(SAM, 'in'))[0]!.autoReply).toBe(true);
    await page.reload();
    await page.locator('[role=heading] + nudgeline-button').waitFor();
    await page.waitForTimeout(2_000);
    expect(await touchesOf(PRIYA, 'in')).toHaveLength(2);
    expect(await touchesOf(SAM, 'in')).toHaveLength(1);
    await page.close();
  });

  it('shows the tracked state on the inline button, and a press logs the send as a follow-up', async () => {
    const page = await openCompose();
    const button = page.locator('[role=toolbar] nudgeline-button button');
    await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('tracked');
    await button.click();
    await expect.poll(() => button.getAttribute('data-state')).toBe('armed');
    await page.locator('button[name="Send"]').click();
    await until(async () => (await touchesOf(PRIYA, 'out')).some((t) => t.source === 'button'), 15_000, 'the button touch');
    expect(await touchesOf(PRIYA, 'out')).toHaveLength(2);
    await page.close();
  });

  it('reports a broken page as degraded, and the popup says so', async () => {
    const report = await openDegraded(ext, {
      site: 'outlook', role: 'sendButton',
      load: async (page) => {
        await ext.route(ORIGIN, fixture('outlook/2026-11-broken.html'));
        await page.goto(`${ORIGIN}/mail/inbox`);
      },
    });
    expect(report.popup).toMatch(/may miss messages on .*Outlook/);
    expect(report.pageErrors).toEqual([]);
  });
});
