// Outlook on the web as it really is, in real Chromium: the 2026-12 fixtures
// (modelled on the real 2025-11 markup; their scripts play Outlook and send
// its service calls, answered by outlook-stage.ts) and the real excerpts of
// ../shared/real-pages/outlook/. Sends are logged from the network: on
// their own, with chips showing only names, as an auto-saved draft's
// UpdateItem; replies from the reading pane's real markup; German Outlook
// end to end; the real pages without false alarms or stray buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { healthSince, ledgerOf, netFixture, ORIGIN, realPage, routePages, sendFromPage, serveOutlook } from './outlook-stage';

const PRIYA = 'priya.v@fernhill-analytics.example';
const SAM = 'sam.okafor@fernhill-analytics.example';
const LENA = 'lena.hofmann@northwind-labs.example';
const OSKAR = 'oskar@lindqvist-consulting.example';
const REAL_CONV = 'AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7';

async function open(ext: Ext, html: string, path = '/mail/inbox'): Promise<Page> {
  await routePages(ext, html);
  const page = await ext.context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  return page;
}

describe('outlook: sends from the network, replies from the real markup, the real pages', () => {
  let ext: Ext;
  let ledger: ReturnType<typeof ledgerOf>;
  const budget = async () => (await ledger.touchesOf(PRIYA, 'out')).filter((t) => t.subject === 'Budget review');
  beforeAll(async () => {
    ext = await launch();
    ledger = ledgerOf(await ext.page('src/options/index.html'));
    await serveOutlook(ext);
  });
  afterAll(() => ext.dispose());

  it('a send seen only in the network (no click, no compose) logs exactly one touch for the right contact', async () => {
    const page = await open(ext, fixture('outlook/2026-12-reading-pane-en.html'));
    await page.waitForTimeout(500);
    await sendFromPage(page, netFixture('2026-12-createitem-forward.json'));
    await until(async () => (await ledger.touchesOf(OSKAR, 'out')).length > 0, 15_000, 'the forward');
    await page.waitForTimeout(3_000);
    const touches = await ledger.touchesOf(OSKAR, 'out');
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({ channel: 'outlook', source: 'auto', subject: 'FW: Pilot proposal: next steps' });
    await page.close();
  });

  it('a send whose chips show only names is logged from the request (To only, never Cc)', async () => {
    const page = await open(ext, fixture('outlook/2026-12-compose-en.html'), '/mail/inbox?chips=names');
    await page.locator('[role=toolbar] nudgeline-button').waitFor();
    await page.locator('[data-testid="ComposeSendButton"]').click();
    await until(async () => (await ledger.touchesOf(PRIYA, 'out')).length > 0 && (await ledger.touchesOf(SAM, 'out')).length > 0, 15_000, 'the send');
    await page.waitForTimeout(3_500); // past the grace period: the compose closing adds nothing
    expect(await ledger.touchesOf(PRIYA, 'out')).toMatchObject([{ source: 'auto', subject: 'Pilot proposal: next steps' }]);
    expect(await ledger.touchesOf(SAM, 'out')).toHaveLength(1);
    expect(await ledger.contactOf(LENA)).toBeUndefined();
    await page.close();
  });

  it('an auto-saved draft sent with UpdateItem is logged once', async () => {
    const page = await open(ext, fixture('outlook/2026-12-compose-en.html'), '/mail/inbox?send=draft');
    await page.locator('body[data-draft-saved]').waitFor();
    await page.locator('input[maxlength="255"]').fill('Budget review');
    await page.locator('[data-testid="ComposeSendButton"]').click();
    await until(async () => (await budget()).length > 0, 15_000, 'the draft send');
    await page.waitForTimeout(3_500);
    expect(await budget()).toHaveLength(1);
    expect((await budget())[0]!.dedupeKey).toContain('AAMkADAwATMwMAItDRAFT');
    await page.close();
  });

  it('a reply in the reading pane (markup as on the real pages) is logged, once', async () => {
    const page = await open(ext, fixture('outlook/2026-12-reading-pane-en.html'));
    await until(async () => (await ledger.touchesOf(PRIYA, 'in')).length === 2, 15_000, 'the replies');
    const at = (await ledger.touchesOf(PRIYA, 'in')).map((t) => new Date(t.at).toISOString()).sort();
    expect(at).toEqual(['2026-11-18T14:40:00.000Z', '2026-11-19T08:05:00.000Z']);
    await page.reload();
    await page.locator('nudgeline-button').waitFor();
    await page.waitForTimeout(2_000);
    expect(await ledger.touchesOf(PRIYA, 'in')).toHaveLength(2);
    await page.close();
  });

  it.each(['de', 'en'] as const)('the real %s page: no false degraded, no stray button, "Track this conversation" logs its messages', async (lang) => {
    const since = Date.now();
    const before = (await ledger.touchesOf('sender@example.com', 'in')).length;
    const page = await open(ext, realPage(lang));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (lang === 'en') {
      // The English excerpt shows no sender: the conversation's load names it.
      const load = netFixture('2026-12-getconversationitems.json');
      const items = JSON.parse(JSON.stringify(load.response).replaceAll('AAQkADAwATMwMAItYjc0Ni0xMmQzLTAwAi0wMAoAEABLz0gQ2nH1Rrj7nGmXcP3k', REAL_CONV)
        .replaceAll(PRIYA, 'sender@example.com')) as unknown;
      await serveOutlook(ext, { GetConversationItems: JSON.stringify(items) });
      await sendFromPage(page, { ...load, response: items });
    }
    await page.waitForTimeout(6_500); // past the health check
    expect(await healthSince(ext, since)).toEqual({ account: true, conversation: true, messages: true });
    const buttons = page.locator('nudgeline-button');
    expect(await buttons.count()).toBe(1);
    await buttons.locator('button').click();
    await expect.poll(() => buttons.locator('button').getAttribute('data-state'), { timeout: 10_000 }).toBe('logged');
    await until(async () => (await ledger.touchesOf('sender@example.com', 'in')).length > before, 15_000, 'the tracked messages');
    // On the English page the sender is tracked by then (the German page): its load logs the replies first, the button adds no duplicate.
    const added = (await ledger.touchesOf('sender@example.com', 'in')).slice(before);
    expect(added.map((t) => [t.threadId, t.source])).toEqual(lang === 'de' ? [[REAL_CONV, 'button']] : [[REAL_CONV, 'auto'], [REAL_CONV, 'auto']]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('German Outlook end to end', () => {
  let ext: Ext;
  let ledger: ReturnType<typeof ledgerOf>;
  beforeAll(async () => {
    ext = await launch();
    ledger = ledgerOf(await ext.page('src/options/index.html'));
    await serveOutlook(ext);
  });
  afterAll(() => ext.dispose());

  it('"Senden" logs the send, the reading pane\'s "Von: …" replies are logged, health stays clean', async () => {
    const since = Date.now();
    const compose = await open(ext, fixture('outlook/2026-12-compose-de.html'));
    await compose.locator('[role=toolbar] nudgeline-button').waitFor();
    expect(await compose.locator('nudgeline-button').count()).toBe(1);
    await compose.locator('[role=toolbar] .fui-SplitButton__primaryActionButton').click();
    await until(async () => (await ledger.touchesOf(PRIYA, 'out')).length > 0, 15_000, 'the German send');
    expect(await ledger.touchesOf(PRIYA, 'out')).toMatchObject([{ subject: 'Pilotprojekt: nächste Schritte', source: 'auto' }]);
    expect(await healthSince(ext, since)).toMatchObject({ account: true, compose: true, sendButton: true, recipients: true });
    await compose.close();

    const pane = await open(ext, fixture('outlook/2026-12-reading-pane-de.html'));
    await until(async () => (await ledger.touchesOf(PRIYA, 'in')).length === 2, 15_000, 'the German replies');
    const at = (await ledger.touchesOf(PRIYA, 'in')).map((t) => new Date(t.at).toISOString()).sort();
    expect(at).toEqual(['2026-11-18T14:40:00.000Z', '2026-11-19T08:05:00.000Z']);
    await pane.close();
  });
});
