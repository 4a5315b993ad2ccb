// Gmail beyond our English fixtures: the real saved page from
// ../shared/real-pages/gmail/ (a fragment, loaded in a minimal document
// titled as Gmail titles its tab) and a German account
// (test/fixtures/gmail/2026-12-thread-de.html). No selector or parser may
// depend on English words, and health may only report what is really missing.
import { afterEach, describe, expect, it } from 'vitest';
import { startGmail } from '../../../src/sites/gmail/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { realPage } from '../../shared-data';
import { loadFixture } from '../shared/fixture-page';
import { click, fakeCtx, networkSend, wait, type FakeCtx } from './harness';

let ctx: FakeCtx;
afterEach(() => ctx?.controller.abort());

const hosts = () => [...document.querySelectorAll('nudgeline-button')];
const lastHealth = () => ctx.healthReports.at(-1);

describe('the real Gmail page (InboxSDK capture, 2017-09 add-on side panel)', () => {
  it('reports no false degraded health and places no button', async () => {
    document.documentElement.lang = 'en';
    document.head.innerHTML = '';
    document.title = 'Inbox (3) - me@example.com - Gmail';
    document.body.innerHTML = realPage('gmail/2017-09-08-thread-addon-sidebar.html');
    ctx = fakeCtx();
    startGmail(ctx);
    // The user clicks around the panel (its tabs and buttons are role=button / role=tab).
    for (const el of document.querySelectorAll('[role=button], [role=tab]')) click(el);
    await wait(700);
    expect(lastHealth()).toEqual({ adapter: true, account: true });
    expect(Object.values(lastHealth()!).every(Boolean)).toBe(true);
    expect(hosts()).toEqual([]);
    expect(ctx.observed).toEqual([]);
  });
});

describe('a German Gmail account', () => {
  it('reads replies, the account and the thread, and logs a send from the German reply, all without English words', async () => {
    loadFixture('gmail/2026-12-thread-de.html');
    ctx = fakeCtx();
    startGmail(ctx);
    await wait(700);
    expect(ctx.observed.map((m) => [m.direction, m.from?.email, m.subject, m.at])).toEqual([
      ['in', 'ada@example.org', 'Kaffee nächste Woche?', Date.UTC(2026, 11, 1, 11, 0)],
      ['in', 'grace.hopper@example.net', 'Kaffee nächste Woche?', Date.UTC(2026, 11, 1, 11, 47)],
    ]);
    expect(ctx.observed[0]!.account).toEqual({ email: 'me@example.com' });
    // One button by the heading ("Track this conversation"), one by "Senden".
    expect(hosts()).toHaveLength(2);
    expect(lastHealth()).toEqual({ adapter: true, account: true, thread: true, messages: true, sendButton: true, compose: true, recipients: true, subject: true });

    const send = [...document.querySelectorAll('[role=button]')].find((b) => b.textContent === 'Senden')!;
    click(buttonOf(document.querySelector('.M9 nudgeline-button')!)); // the reply's own button: a follow-up
    click(send);
    networkSend({ messageId: 'msg-a:r-414184523264894368', threadId: 'thread-f:1883269339545600929', to: [{ email: 'ada@example.org', name: 'Ada Lovelace' }], at: Date.now() });
    await wait(200);
    const out = ctx.observed.filter((m) => m.direction === 'out');
    expect(out).toEqual([expect.objectContaining({
      to: [{ email: 'ada@example.org', name: 'Ada Lovelace' }], subject: 'Re: Kaffee nächste Woche?', source: 'button',
      threadId: 'thread-f:1883269339545600929', threadUrl: 'https://mail.google.com/mail/u/0/#all/1a22b77c800003a1',
    })]);
  });
});
