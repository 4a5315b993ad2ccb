// From a site to the popup: a send on a routed Gmail fixture page is logged,
// the popup lists the contact under "Waiting" (collapsed), and after the
// browser is relaunched days later (libfaketime) under "Nudge due".
// Gmail is played by gmail-stage.ts on the dated compose fixture.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { agendaLoaded, openPopup, readAll } from './ui-helpers';
import { ORIGIN, RESPONSE, withGmail } from './gmail-stage';


type IdentityRow = { contactId: number; kind: string; value: string };
type ContactRow = { id: number; name: string; section: string };
const EMAIL = 'ada@example.org';

/** The row's text in a popup group, polled until it names the contact (the popup opened fresh each time). */
async function rowIn(ext: Ext, groupId: string, name: string): Promise<string> {
  return until(async () => {
    const popup = await openPopup(ext);
    try {
      const row = popup.locator(`section[data-group="${groupId}"] li.row`, { hasText: name });
      await row.first().waitFor({ state: 'attached', timeout: 5_000 });
      return (await row.first().textContent()) ?? '';
    } finally {
      await popup.close();
    }
  }, 30_000, `${name} under ${groupId}`);
}

describe('a send on Gmail reaches the popup', () => {
  let ext: Ext | undefined;
  afterAll(() => ext?.dispose());

  it('logged as Waiting, then Nudge due days later', async () => {
    ext = await launch({ time: '2026-11-30 10:30:00' });
    await ext.route(ORIGIN, withGmail(fixture('gmail/2026-11-compose.html')));
    // Registered after the page route, so it wins for the sync call.
    await ext.context.route('**/sync/u/*/i/s**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: RESPONSE }));
    const gmail = await ext.context.newPage();
    await gmail.goto(`${ORIGIN}/mail/u/0/#inbox?compose=new`);
    await gmail.locator('[aria-label="New Message"] nudgeline-button').waitFor();
    await gmail.locator('[aria-label="New Message"] div[role=button].T-I-atl:not([aria-haspopup])').click();

    const ledger: Page = await ext.page('src/options/index.html');
    const contactId = await until(async () =>
      (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'email' && i.value === EMAIL)?.contactId,
    15_000, 'the send in the ledger');
    const contact = (await readAll<ContactRow>(ledger, 'contacts')).find((c) => c.id === contactId)!;
    expect(contact.name).toBe('Ada Lovelace');
    await ledger.close();
    await gmail.close();

    // Today: under the collapsed "Waiting" group, first message sent, last attempt today.
    const popup = await openPopup(ext);
    const waiting = popup.locator('section[data-group="waiting"]');
    await waiting.waitFor();
    await agendaLoaded(popup);
    await expect(waiting.locator('details').getAttribute('open')).resolves.toBeNull();
    const row = waiting.locator('li.row', { hasText: 'Ada Lovelace' });
    await row.waitFor({ state: 'attached' });
    expect(await row.textContent()).toContain('last attempt today');
    await expect(popup.locator('section[data-group="nudge-due"]').count()).resolves.toBe(0);
    await popup.close();

    // A week later (Monday 7 December, business days): the first nudge is due.
    const profile = ext.profile;
    await ext.close();
    ext = await launch({ time: '2026-12-07 10:00:00', profile });
    const due = await rowIn(ext, 'nudge-due', 'Ada Lovelace');
    expect(due).toContain('nudge 1 of 2');
    expect(due).toContain('last attempt 7 days ago');
    const again = await openPopup(ext);
    await again.locator('section[data-group="nudge-due"]').waitFor();
    await agendaLoaded(again);
    await expect(again.locator('section[data-group="waiting"] li.row', { hasText: 'Ada Lovelace' }).count()).resolves.toBe(0);
    await again.close();
  });
});
