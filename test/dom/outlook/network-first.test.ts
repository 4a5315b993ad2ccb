// The Outlook adapter with the page-world script's reports (through the
// bridge, as the page script posts them): a send seen only in the network
// is logged on its own; a click adds what the request lacks (conversation,
// snippet, the button's flag) and the request what the chips lack
// (addresses); the compose closing is the fallback, never a second touch;
// refused sends and unknown shapes are never logged (the latter shows in
// health); conversation loads log replies once, before and instead of the page.
import { afterEach, describe, expect, it } from 'vitest';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { fakePage, loadFixture, record, wait, type Recorder } from '../linkedin/harness';
import { chips, eventually } from './helpers';

const CONV = 'AAQkADAwATMwMAItYjc0Ni0xMmQzLTAwAi0wMAoAEABLz0gQ2nH1Rrj7nGmXcP3k';
const PRIYA = { email: 'priya.v@fernhill-analytics.example', name: 'Priya Venkataraman' };
const SAM = { email: 'sam.okafor@fernhill-analytics.example', name: 'Sam Okafor' };
const ME = 'jordan.reyes@northwind-labs.example';

let rec: Recorder;
afterEach(() => rec?.controller.abort());

function start(path: string, { tracked = [] as string[], url = 'https://outlook.office.com/mail/inbox', graceMs = 40 } = {}) {
  loadFixture(path, url);
  chips(['Priya Venkataraman <priya.v@fernhill-analytics.example>', 'sam.okafor@fernhill-analytics.example']);
  const page = fakePage('outlook');
  rec = record();
  tracked.forEach((t) => rec.tracked.add(t));
  createOutlookAdapter({ delayMs: 10, healthCheckMs: 30, graceMs }).start(rec.ctx);
  return page;
}
const out = () => rec.observed.filter((m) => m.direction === 'out');
const replies = () => rec.observed.filter((m) => m.direction === 'in');
const sendButton = () => document.querySelector('[role=toolbar] .fui-SplitButton__primaryActionButton')!;
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const closeCompose = () => document.querySelector('.dMm6A')!.remove();
const sent = (extra: Record<string, unknown> = {}) => ({ type: 'sent', at: 1_790_000_000_000, to: [PRIYA, SAM], subject: 'Pilot proposal: next steps', ...extra });

const namesOnly = () => chips(['Priya Venkataraman', 'Sam Okafor']);

describe('outlook: sends from the network first', () => {
  it('a send seen only in the network logs one touch with the request\'s recipients and the mailbox', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    page.post(sent({ itemId: 'AAMkDRAFT9', newMail: true }));
    await wait(20);
    expect(out()).toEqual([{
      eventId: expect.stringMatching(/^outlook-/), site: 'outlook', direction: 'out', at: 1_790_000_000_000, source: 'auto',
      to: [PRIYA, SAM], subject: 'Pilot proposal: next steps', messageId: 'AAMkDRAFT9', account: { email: ME },
    }]);
  });

  it('chips showing only names: the click is an intent, the request supplies the addresses', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    namesOnly();
    rec.snippets.on = true;
    await wait(5);
    click(sendButton());
    closeCompose();
    page.post(sent({ type: 'sent' }));
    await wait(80);
    expect(out()).toHaveLength(1);
    expect(out()[0]).toMatchObject({
      to: [PRIYA, SAM], threadId: CONV, snippet: 'Hi Priya, attaching the revised pilot plan.', source: 'auto',
    });
  });

  it('a new message does not take the conversation the list has selected', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    click(sendButton());
    page.post(sent({ newMail: true }));
    await wait(20);
    expect(out()).toHaveLength(1);
    expect(out()[0]).not.toHaveProperty('threadId');
  });

  it('names only and no request: nothing is guessed', async () => {
    start('outlook/2026-12-compose-en.html');
    namesOnly();
    await wait(5);
    click(sendButton());
    closeCompose();
    await wait(100);
    expect(out()).toEqual([]);
  });

  it('the compose closing confirms after the grace period when no request comes; a late request is the same send', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    click(sendButton());
    closeCompose();
    await wait(15);
    expect(out()).toEqual([]); // still waiting for the request
    await wait(60);
    expect(out()).toMatchObject([{ to: [PRIYA, { email: SAM.email }], subject: 'Pilot proposal: next steps', threadId: CONV }]);
    page.post(sent());
    await wait(20);
    expect(out()).toHaveLength(1);
  });

  it('with the page-world script running, a compose closing without its request (an undone send) logs nothing', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    page.post({ type: 'alive' });
    click(sendButton());
    closeCompose();
    await wait(120);
    expect(out()).toEqual([]);
  });

  it('a send request of an unknown shape: the compose closing confirms the send, and health says so', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    page.post({ type: 'alive' });
    click(sendButton());
    closeCompose();
    page.post({ type: 'unrecognized', action: 'CreateItem' });
    await eventually(() => out().length > 0);
    expect(out()).toMatchObject([{ to: [PRIYA, { email: SAM.email }], subject: 'Pilot proposal: next steps' }]);
    await eventually(() => rec.lastHealth()['sendUnrecognized'] === false);
    expect(rec.lastHealth()).toMatchObject({ sendUnrecognized: false });
  });

  it('a send the server refused is never logged, even though the compose closed', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    click(sendButton());
    closeCompose();
    page.post(sent({ type: 'refused' }));
    await wait(100);
    expect(out()).toEqual([]);
  });

  it('the inline button flags the follow-up on a send confirmed by the network', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(20);
    const host = document.querySelector('[role=toolbar] nudgeline-button')!;
    // After the whole Fluent split button, not between Send and its menu.
    expect(host.previousElementSibling?.classList.contains('fui-SplitButton')).toBe(true);
    buttonOf(host)!.click();
    click(sendButton());
    page.post(sent());
    await wait(20);
    expect(out()).toMatchObject([{ source: 'button', to: [PRIYA, SAM] }]);
  });

  it('Ctrl+Enter in the German compose with its localized labels', async () => {
    const page = start('outlook/2026-12-compose-de.html');
    await wait(5);
    document.querySelector('[aria-multiline="true"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    page.post(sent({ subject: 'Pilotprojekt: nächste Schritte', to: [PRIYA] }));
    await wait(20);
    expect(out()).toMatchObject([{ to: [PRIYA], subject: 'Pilotprojekt: nächste Schritte', threadId: CONV }]);
    // The ribbon's "Neue E-Mail" split button is no Send button: one inline button, in the compose.
    expect(document.querySelectorAll('nudgeline-button')).toHaveLength(1);
    expect(document.querySelector('nudgeline-button')!.closest('[role=toolbar]')).not.toBeNull();
  });

  it('an unknown request shape shows in health as "send requests not recognized", and is not logged', async () => {
    const page = start('outlook/2026-12-compose-en.html');
    await wait(5);
    page.post({ type: 'unrecognized', action: 'CreateItem' });
    page.post({ type: 'sent', to: 'everyone' });
    await wait(60);
    expect(rec.lastHealth()).toMatchObject({ sendUnrecognized: false, compose: true, sendButton: true });
    expect(out()).toEqual([]);
  });
});

const load = (items: unknown[]) => ({ type: 'messages', items });
describe('outlook: replies from conversation loads', () => {
  const msg = (itemId: string, from: typeof PRIYA | { email: string }, iso: string, extra: Record<string, unknown> = {}) =>
    ({ itemId, from, at: Date.parse(iso), convId: CONV, subject: 'RE: Pilot proposal: next steps', ...extra });
  const LOAD = load([
    msg('R2', PRIYA, '2026-11-19T08:05:00Z'),
    msg('OOF', SAM, '2026-11-18T14:41:00Z', { auto: true, subject: 'Abwesend' }),
    msg('R1', PRIYA, '2026-11-18T14:40:00Z'),
    msg('OLD', SAM, '2026-11-10T09:00:00Z'),
    msg('S1', { email: ME }, '2026-11-16T09:12:00Z'),
  ]);

  it('logs each reply after the mailbox\'s last message once, the out-of-office flagged; the page then adds nothing', async () => {
    const page = start('outlook/2026-12-reading-pane-en.html', { tracked: [PRIYA.email, SAM.email] });
    page.post(LOAD);
    await wait(60);
    expect(replies().map((m) => [m.messageId, m.from?.email, m.autoReply ?? false])).toEqual([
      ['R1', PRIYA.email, false], ['OOF', SAM.email, true], ['R2', PRIYA.email, false],
    ]);
    expect(replies()[0]).toMatchObject({ at: Date.parse('2026-11-18T14:40:00Z'), threadId: CONV, account: { email: ME } });
    page.post(LOAD);
    document.querySelector('.ZOM9m')!.append(document.querySelector('.aVla3')!.cloneNode(true));
    await wait(60);
    expect(replies()).toHaveLength(3);
  });

  it('senders nobody tracks are not logged', async () => {
    const page = start('outlook/2026-12-reading-pane-en.html', { tracked: [PRIYA.email] });
    page.post(LOAD);
    await wait(60);
    expect(replies().map((m) => m.messageId)).toEqual(['R1', 'R2']);
  });
});
