// Gmail network first, in real Chromium on routed pages at mail.google.com:
// a send seen only in the network (no compose, no toast, no click) is logged
// once with the right contact; a conversation Gmail fetches (`/i/fd`) logs the
// contact's reply; the real saved page (../shared/real-pages/gmail/, a
// fragment in a minimal document titled like Gmail's tab) shows no false
// degraded health and no stray button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture, launch, until, type Ext } from './harness';
import { ORIGIN, postSend, RESPONSE } from './gmail-stage';
import { readAll } from './ui-helpers';
import { realPage } from '../shared-data';

interface TouchRow { contactId: number; direction: string; channel: string; source: string; subject?: string; at: number; eventId: string }
interface IdentityRow { contactId: number; kind: string; value: string }

const THREAD = fixture('gmail/network/2026-12-fd-model.json');
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (3) - me@example.com - Gmail</title></head><body>${body}</body></html>`;

describe('gmail from the network', () => {
  let ext: Ext;
  let ledger: Page;
  const touchesOf = async (email: string) => {
    const id = (await readAll<IdentityRow>(ledger, 'identities')).find((i) => i.kind === 'email' && i.value === email)?.contactId;
    return id === undefined ? [] : (await readAll<TouchRow>(ledger, 'touches')).filter((t) => t.contactId === id);
  };
  const health = async () => {
    const worker = await ext.worker();
    return worker.evaluate(() => chrome.storage.local.get('health:gmail').then((r) => (r['health:gmail'] as { roles: Record<string, boolean> } | undefined)?.roles));
  };

  beforeAll(async () => {
    ext = await launch({ time: '2026-11-30 10:30:00' });
    ledger = await ext.page('src/options/index.html');
  });
  /** The page at every URL; registered after it, so they win, Gmail's sync calls. */
  async function serve(html: string): Promise<void> {
    await ext.route(ORIGIN, html);
    await ext.context.route('**/sync/u/*/i/s**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: RESPONSE }));
    await ext.context.route('**/sync/u/*/i/fd**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: `)]}'\n${THREAD}` }));
  }
  afterAll(() => ext.dispose());

  it('a send seen only in the network logs exactly one touch, to the right contact; the fetched conversation logs the reply', async () => {
    await serve(page('<div role="main"></div>'));
    const tab = await ext.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(`${ORIGIN}/mail/u/0/#inbox`);
    // Gmail's client sends the real captured request with Ada as the recipient, twice (a retry).
    await postSend(tab, { email: 'ada@example.org', name: 'Ada Lovelace' }, 'Coffee next week?', 2);
    const sent = await until(async () => {
      const rows = await touchesOf('ada@example.org');
      return rows.length ? rows : undefined;
    }, 15_000, 'the send in the ledger');
    await tab.waitForTimeout(1_500);
    expect(await touchesOf('ada@example.org')).toHaveLength(1);
    expect(sent[0]).toMatchObject({ direction: 'out', channel: 'gmail', source: 'auto', subject: 'Coffee next week?', eventId: 'gmail-m-msg-a:r8190137112111191537' });
    expect(await touchesOf('test+1@gmail.com')).toEqual([]);

    // The user opens the conversation: Gmail fetches its data (a fetch this time).
    // The caller reads the response itself, as Gmail's client does.
    await tab.evaluate(() => fetch('/sync/u/0/i/fd?hl=en&c=5', { method: 'POST', body: '[]' }).then((r) => r.text()));
    const reply = await until(async () => (await touchesOf('ada@example.org')).find((t) => t.direction === 'in'), 15_000, 'the reply');
    expect(reply).toMatchObject({ channel: 'gmail', at: Date.UTC(2026, 11, 1, 11, 0) });
    expect(await touchesOf('me@example.com')).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('the real Gmail page: no false degraded health, no stray button', async () => {
    await serve(page(realPage('gmail/2017-09-08-thread-addon-sidebar.html')));
    const tab = await ext.context.newPage();
    await tab.goto(`${ORIGIN}/mail/u/0/`);
    for (const el of await tab.locator('[role=tab], [role=button]').all()) await el.click({ force: true }).catch(() => undefined);
    const roles = await until(async () => {
      const r = await health();
      return r?.['account'] !== undefined ? r : undefined;
    }, 15_000, 'a health report from the real page');
    await tab.waitForTimeout(1_000);
    expect(await health()).toEqual(roles);
    expect(Object.entries(roles).filter(([, found]) => !found)).toEqual([]);
    expect(await tab.locator('nudgeline-button').count()).toBe(0);
    await tab.close();
  });
});
