// From a site to the popup: a send on a routed Gmail fixture page is logged,
// the popup lists the contact under "Waiting" (collapsed), and after the
// browser is relaunched days later (libfaketime) under "Nudge due".
// The Gmail set-up is the minimal part of gmail.e2e.test.ts: the dated
// compose fixture plus a script that posts the captured send on click.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { openPopup, readAll } from './ui-helpers';

const ORIGIN = 'https://mail.google.com';
const REQUEST = fixture('gmail/network/inboxsdk-2022-09-09-cvOnSend_3_request.json');
const RESPONSE = `)]}'\n${fixture('gmail/network/inboxsdk-2022-09-09-cvOnSend_3_response.json')}`;
// Runs in the fixture page (plain JS): Send posts the sync call Gmail would, then shows the toast.
const PLAY_GMAIL = `
<script>
(() => {
  const TEMPLATE = ${REQUEST};
  document.addEventListener('click', (e) => {
    const send = e.target.closest && e.target.closest('div[role=button].T-I-atl:not([aria-haspopup])');
    if (!send) return;
    const compose = send.closest('[role=dialog]');
    const body = structuredClone(TEMPLATE);
    const record = body[1][0][0][1][1][13][0];
    record[0] = compose.querySelector('input[name=draft]').value.replace('#', '');
    record[2] = [...compose.querySelectorAll('[name=to] [data-hovercard-id]')].map((c) => [1, c.dataset.hovercardId, c.dataset.name]);
    record[3] = [...compose.querySelectorAll('[name=cc] [data-hovercard-id]')].map((c) => [1, c.dataset.hovercardId, c.dataset.name]);
    record[4] = [];
    record[7] = compose.querySelector('input[name=subjectbox]').value;
    fetch('/sync/u/0/i/s?hl=en&c=2', { method: 'POST', body: JSON.stringify(body) });
    compose.remove();
    document.querySelector('[role=alert] .vh').innerHTML =
      '<span class="aT"><span class="bAq">Message sent</span><span class="bAo">' +
      '<span class="ag a8k" id="link_undo" role="link" param="' + record[0] + '" tabindex="0">Undo</span></span></span>';
  });
})();
</script>`;

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
    await ext.route(ORIGIN, fixture('gmail/2026-11-compose.html').replace('</body>', `${PLAY_GMAIL}</body>`));
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
    await expect(again.locator('section[data-group="waiting"] li.row', { hasText: 'Ada Lovelace' }).count()).resolves.toBe(0);
    await again.close();
  });
});
