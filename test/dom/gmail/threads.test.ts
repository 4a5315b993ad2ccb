// Thread views on dated fixtures: replies observed once, own messages
// skipped, "Track this conversation" imports everything, subjects carried.
import { afterEach, describe, expect, it } from 'vitest';
import { startGmail } from '../../../src/sites/gmail/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { loadFixture, parseFixture } from '../shared/fixture-page';
import { click, fakeCtx, settle, type FakeCtx } from './harness';

let ctx: FakeCtx;
afterEach(() => ctx?.controller.abort());

const THREAD = {
  site: 'gmail', direction: 'in', source: 'auto', subject: 'Coffee next week?',
  threadId: 'thread-f:1883269339545600929', threadUrl: 'https://mail.google.com/mail/u/0/#all/1a22b77c800003a1',
  account: { email: 'me@example.com' }, to: [],
};

describe('gmail thread view', () => {
  it('observes each incoming message once, never the account\'s own', async () => {
    loadFixture('gmail/2026-11-thread.html');
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    expect(ctx.observed).toEqual([
      expect.objectContaining({ ...THREAD, messageId: 'msg-f:1883371261132802498', at: Date.UTC(2026, 11, 1, 11, 0), from: { email: 'ada@example.org', name: 'Ada Lovelace' } }),
      expect.objectContaining({ ...THREAD, messageId: 'msg-f:1883374218117121311', at: Date.UTC(2026, 11, 1, 11, 47), from: { email: 'grace.hopper@example.net', name: 'Grace Hopper' } }),
    ]);
    expect(ctx.observed.map((m) => m.eventId)).toEqual(['gmail-m-msg-f:1883371261132802498', 'gmail-m-msg-f:1883374218117121311']);
    expect(ctx.observed[0]).not.toHaveProperty('autoReply');
    expect(ctx.observed[0]).not.toHaveProperty('snippet');
    // Gmail re-renders the thread: nothing is observed twice.
    const list = document.querySelector('[role=list]')!;
    list.replaceWith(list.cloneNode(true));
    await settle();
    expect(ctx.observed).toHaveLength(2);
  });

  it('notices a thread opened after start, from mutation records', async () => {
    document.title = 'Inbox - me@example.com - Gmail';
    document.body.innerHTML = '<div role="main"></div>';
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    expect(ctx.observed).toEqual([]);
    click(document.querySelector('[role=main]')); // the user opens a conversation
    document.querySelector('[role=main]')!.innerHTML = parseFixture('gmail/2026-11-thread.html').querySelector('[role=main]')!.innerHTML;
    await settle();
    expect(ctx.observed.map((m) => m.from?.email)).toEqual(['ada@example.org', 'grace.hopper@example.net']);
  });

  it('a conversation Gmail shows while nobody is active is read on the next activity, once', async () => {
    document.title = 'Inbox - me@example.com - Gmail';
    document.body.innerHTML = '<div role="main"></div>';
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    document.querySelector('[role=main]')!.innerHTML = parseFixture('gmail/2026-11-thread.html').querySelector('[role=main]')!.innerHTML;
    await settle();
    expect(ctx.observed).toEqual([]); // not observed while idle
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    await settle();
    expect(ctx.observed.map((m) => m.from?.email)).toEqual(['ada@example.org', 'grace.hopper@example.net']);
  });

  it('an automatic reply carries the subject the ledger recognizes it by (test/unit/ledger/observe.test.ts)', async () => {
    loadFixture('gmail/2026-11-thread.html');
    document.querySelector('h2')!.textContent = 'Automatic reply: Coffee next week?';
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    expect(ctx.observed.map((m) => [m.direction, m.subject])).toEqual([['in', 'Automatic reply: Coffee next week?'], ['in', 'Automatic reply: Coffee next week?']]);
  });

  it('"Track this conversation" imports every message with source button', async () => {
    loadFixture('gmail/2026-11-thread.html');
    ctx = fakeCtx((p) => p.email === 'ada@example.org');
    startGmail(ctx);
    await settle();
    const host = document.querySelector('h2 + nudgeline-button')!;
    const button = buttonOf(host)!;
    expect(button.textContent).toBe('Track this conversation');
    expect(button.dataset['state']).toBe('tracked');
    ctx.observed.length = 0;
    click(button);
    expect(ctx.observed.map((m) => [m.direction, m.source, m.messageId])).toEqual([
      ['out', 'button', 'msg-a:r-329565169840451245'],
      ['in', 'button', 'msg-f:1883371261132802498'],
      ['in', 'button', 'msg-f:1883374218117121311'],
    ]);
    expect(ctx.observed[0]).toMatchObject({ to: [{ email: 'ada@example.org', name: 'Ada Lovelace' }], at: Date.UTC(2026, 10, 30, 8, 0) });
    expect(button.dataset['state']).toBe('logged');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });
});
