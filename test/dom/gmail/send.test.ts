// The Gmail adapter's sends on dated fixtures: intent snapshots per
// compose, network and toast confirmation, undo, refusal, legacy markup.
import { afterEach, describe, expect, it } from 'vitest';
import { startGmail } from '../../../src/sites/gmail/adapter';
import { loadFixture } from '../shared/fixture-page';
import { click, fakeCtx, networkSend, pagePost, settle, wait, type FakeCtx } from './harness';

let ctx: FakeCtx;
afterEach(() => ctx?.controller.abort());

const sendButtons = () => [...document.querySelectorAll('div[role=button].T-I-atl[tabindex="1"]:not([aria-haspopup])')];
const dialogs = () => [...document.querySelectorAll('div[role=dialog]')];

function start(fixture: string, tracked?: (p: { email?: string }) => boolean): FakeCtx {
  loadFixture(fixture);
  ctx = fakeCtx(tracked);
  startGmail(ctx);
  return ctx;
}

function showToast(): void {
  document.querySelector('[role=alert] .vh')!.innerHTML =
    '<span class="aT"><span class="bAq">Message sent</span><span class="bAo"><span id="link_undo" role="link" param="x" tabindex="0">Undo</span><span id="link_vsm" role="link" param="y" tabindex="0">View message</span></span></span>';
}

describe('gmail sends', () => {
  it('logs a network-confirmed send once, with the snapshot of its own compose', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[1]!); // the second compose first
    click(sendButtons()[0]!);
    networkSend({ messageId: 'msg-a:r-329565169840451245', threadId: 'thread-a:r-1', legacyId: '183fcc5cc03fea78', subject: 'Coffee next week?' });
    networkSend({ messageId: 'msg-a:r8190137112111191537' });
    networkSend({ messageId: 'msg-a:r-329565169840451245', threadId: 'thread-a:r-1' }); // a retry of the same call
    await settle();
    expect(ctx.observed).toHaveLength(2);
    const [first, second] = ctx.observed;
    expect(first).toMatchObject({
      site: 'gmail', direction: 'out', source: 'auto', messageId: 'msg-a:r-329565169840451245',
      to: [{ email: 'ada@example.org', name: 'Ada Lovelace' }, { email: 'grace.hopper@example.net', name: 'Grace Hopper' }],
      subject: 'Coffee next week?', threadId: 'thread-a:r-1',
      threadUrl: 'https://mail.google.com/mail/u/0/#all/183fcc5cc03fea78', account: { email: 'me@example.com' },
    });
    // The second compose keeps its own recipients and subject; Bcc never becomes To.
    expect(second).toMatchObject({ messageId: 'msg-a:r8190137112111191537', to: [{ email: 'linus@example.com' }], subject: 'Intro: Linus and Ada' });
    expect(first!.eventId).not.toBe(second!.eventId);
    expect(JSON.stringify(ctx.observed)).not.toMatch(/would you have time|meet Ada|boss@|archive@/);
  });

  it('checks what the page world posts: malformed posts are dropped, fields bounded', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!);
    for (const bad of [null, 'send', [], { kind: 'send' }, { kind: 'send', messageId: 'x', at: 1 },
      { kind: 'send', messageId: 'msg-a:r1', at: 'now' }, { kind: 'other', messageId: 'msg-a:r1', at: 1 }]) pagePost(bad);
    await settle();
    expect(ctx.observed).toEqual([]);
    pagePost({ kind: 'send', messageId: 'msg-a:r-329565169840451245', at: 1_800_000_000_000, to: [{ email: 'ada@example.org' }, { email: 7 }, 'x'],
      subject: 'y'.repeat(501), threadId: '<script>', legacyId: 'zz', scheduled: 'yes' });
    await settle();
    expect(ctx.observed).toHaveLength(1);
    expect(ctx.observed[0]).toMatchObject({ messageId: 'msg-a:r-329565169840451245', to: [{ email: 'ada@example.org' }], threadUrl: expect.stringContaining('mail.google.com') });
    expect(ctx.observed[0]!.scheduled).toBeUndefined();
    expect(ctx.observed[0]!.threadId).not.toBe('<script>');
  });

  it('takes To from the network when Gmail reports it, and marks scheduled sends', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!);
    networkSend({ messageId: 'msg-a:r-329565169840451245', to: [{ email: 'Ada@Example.org' }], scheduled: true });
    await settle();
    expect(ctx.observed).toEqual([expect.objectContaining({ to: [{ email: 'ada@example.org' }], scheduled: true })]);
  });

  it('logs a scheduled send at its delivery time, not the intent time, and Undo still retracts it', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    const deliver = Date.now() + 3 * 86_400_000;
    click(sendButtons()[0]!);
    dialogs()[0]!.remove();
    networkSend({ messageId: 'msg-a:r-329565169840451245', scheduled: true, at: deliver });
    await settle();
    showToast();
    await wait(1_800); // past the toast grace: the toast must not log it again
    expect(ctx.observed).toEqual([expect.objectContaining({ messageId: 'msg-a:r-329565169840451245', at: deliver, scheduled: true })]);
    click(document.querySelector('#link_undo'));
    expect(ctx.retracted).toEqual([ctx.observed[0]!.eventId]);
  });

  it('logs nothing for an intent without confirmation', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!, 'mousedown');
    click(sendButtons()[0]!);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await wait(1_800);
    expect(ctx.observed).toEqual([]);
  });

  it('confirms from the toast once the compose has closed, and Undo retracts it', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!);
    dialogs()[0]!.remove();
    showToast();
    await wait(1_800);
    expect(ctx.observed).toEqual([expect.objectContaining({ to: [{ email: 'ada@example.org', name: 'Ada Lovelace' }, { email: 'grace.hopper@example.net', name: 'Grace Hopper' }], subject: 'Coffee next week?' })]);
    expect(ctx.observed[0]).not.toHaveProperty('messageId');
    // The network report arriving late does not log it twice.
    networkSend({ messageId: 'msg-a:r-329565169840451245', to: [{ email: 'ada@example.org' }, { email: 'grace.hopper@example.net' }] });
    await settle();
    expect(ctx.observed).toHaveLength(1);
    click(document.querySelector('#link_undo'));
    expect(ctx.retracted).toEqual([ctx.observed[0]!.eventId]);
  });

  it('a toast already on screen confirms a waiting send when its text changes, and nothing when no send waits', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    showToast(); // from an earlier send: no intent waits
    await settle();
    document.querySelector('#link_vsm')!.textContent = 'View message';
    await wait(1_800);
    expect(ctx.observed).toEqual([]);
    click(sendButtons()[0]!);
    dialogs()[0]!.remove();
    document.querySelector('#link_vsm')!.textContent = 'View message'; // Gmail reuses the toast
    await wait(1_800);
    expect(ctx.observed).toEqual([expect.objectContaining({ subject: 'Coffee next week?' })]);
  });

  it('logs nothing when Undo is pressed before the send is confirmed', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!);
    dialogs()[0]!.remove();
    showToast();
    await settle();
    click(document.querySelector('#link_undo'));
    await wait(1_800);
    networkSend({ messageId: 'msg-a:r-329565169840451245' });
    await settle();
    expect(ctx.observed).toEqual([]);
    expect(ctx.retracted).toEqual([]);
  });

  it('logs nothing when Undo comes before both the toast batch and the network report', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!);
    dialogs()[0]!.remove();
    showToast();
    click(document.querySelector('#link_undo')); // same tick: no mutation batch has run yet
    networkSend({ messageId: 'msg-a:r-329565169840451245', to: [{ email: 'ada@example.org' }] });
    await wait(1_800);
    expect(ctx.observed).toEqual([]);
  });

  it('does not log a send Gmail refused (alert dialog, compose stays open)', async () => {
    start('gmail/2026-11-compose.html');
    await settle();
    click(sendButtons()[0]!);
    document.body.insertAdjacentHTML('beforeend', '<div role="alertdialog" aria-modal="true"><div>Address not recognized</div></div>');
    await settle();
    dialogs()[0]!.remove();
    showToast();
    await wait(1_800);
    expect(ctx.observed).toEqual([]);
  });

  it('snapshots an inline reply with its thread (Ctrl+Enter in the body)', async () => {
    start('gmail/2026-11-inline-reply.html');
    await settle();
    ctx.observed.length = 0; // the incoming message of the thread
    document.querySelector('[role=textbox][contenteditable]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    networkSend({ messageId: 'msg-a:r-414184523264894368', threadId: 'thread-a:r-474834441621213468' });
    await settle();
    expect(ctx.observed).toEqual([expect.objectContaining({
      direction: 'out', to: [{ email: 'carol@example.com', name: 'Carol Client' }], subject: 'Re: Quarterly update',
      threadId: 'thread-f:1883371261132802498', threadUrl: 'https://mail.google.com/mail/u/0/#all/1a23142ef80009c2',
    })]);
  });

  it('works on older markup through the fallback selectors', async () => {
    start('gmail/2022-09-compose-legacy.html');
    await settle();
    expect(document.querySelectorAll('nudgeline-button[data-nudgeline=log-button]').length).toBeGreaterThanOrEqual(1);
    click(document.querySelector('.IZ [role=button]'));
    networkSend({ messageId: 'msg-a:r1', to: [{ email: 'dan@example.com' }] });
    await settle();
    expect(ctx.observed.filter((m) => m.direction === 'out')).toEqual([expect.objectContaining({
      to: [{ email: 'dan@example.com' }], subject: 'Following up', account: { email: 'old@example.com' },
      threadUrl: 'https://mail.google.com/mail/u/0/#sent',
    })]);
    expect(ctx.observed.find((m) => m.direction === 'out')).not.toHaveProperty('threadId');
  });
});
