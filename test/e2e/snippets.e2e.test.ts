// Snippets end to end: with the setting off a Gmail send is logged without
// one; turned on in the options page, the open Gmail tab learns it at once
// (storage.onChanged) and the next send's touch keeps the first ≤100 chars.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, ledgerDump, until, type Ext } from './harness';
import { ORIGIN, RESPONSE, withGmail } from './gmail-stage';

interface TouchRow { contactId: number; direction: string; snippet?: string; subject?: string }
interface IdentityRow { contactId: number; kind: string; value: string }

describe('snippets', () => {
  let ext: Ext;
  let gmail: Page;

  async function outTouchesOf(email: string): Promise<TouchRow[]> {
    const dump = await ledgerDump(ext);
    const id = (dump['identities'] as IdentityRow[] | undefined)?.find((i) => i.kind === 'email' && i.value === email)?.contactId;
    return ((dump['touches'] as TouchRow[] | undefined) ?? []).filter((t) => t.contactId === id && t.direction === 'out');
  }

  beforeAll(async () => {
    ext = await launch({ time: '2026-11-30 10:30:00' });
    await ext.route(ORIGIN, withGmail(fixture('gmail/2026-11-compose.html')));
    await ext.context.route('**/sync/u/*/i/s**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: RESPONSE }));
    gmail = await ext.context.newPage();
    await gmail.goto(`${ORIGIN}/mail/u/0/#inbox?compose=new`);
  });
  afterAll(() => ext.dispose());

  it('off by default: the send is logged without a snippet', async () => {
    await gmail.locator('[aria-label="New Message"] nudgeline-button').waitFor();
    await gmail.locator('[aria-label="New Message"] div[role=button].T-I-atl:not([aria-haspopup])').click();
    const rows = await until(async () => {
      const r = await outTouchesOf('ada@example.org');
      return r.length ? r : undefined;
    }, 15_000, 'the first send in the ledger');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject: 'Coffee next week?' });
    expect(rows[0]).not.toHaveProperty('snippet');
  });

  it('turned on in the options page: the next send from the open tab keeps its first 100 chars', async () => {
    const options = await ext.page('src/options/index.html');
    const box = options.getByLabel('Keep a short snippet of each message');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    // The background mirrors the setting for content scripts.
    await until(async () => {
      const prefs = await options.evaluate(async () => (await chrome.storage.local.get('prefs'))['prefs'] as { snippets?: boolean } | undefined);
      return prefs?.snippets === true;
    }, 10_000, 'the mirrored prefs');
    await options.close();

    const text = `Linus,   meet Ada. ${'She builds engines. '.repeat(8)}`;
    const body = gmail.locator('[aria-label="Second draft"] [role=textbox][contenteditable=true]');
    await body.fill(text);
    await gmail.locator('[aria-label="Second draft"] div[role=button].T-I-atl').click();
    const rows = await until(async () => {
      const r = await outTouchesOf('linus@example.com');
      return r.length ? r : undefined;
    }, 15_000, 'the second send in the ledger');
    const expected = text.replace(/\s+/g, ' ').trim().slice(0, 100).trimEnd();
    expect(rows).toEqual([expect.objectContaining({ subject: 'Intro: Linus and Ada', snippet: expected })]);
    expect(rows[0]!.snippet!.length).toBeLessThanOrEqual(100);
    // The earlier touch stays as it was.
    expect(await outTouchesOf('ada@example.org')).toEqual([expect.not.objectContaining({ snippet: expect.anything() })]);
  });
});
