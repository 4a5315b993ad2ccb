// The Outlook adapter on dated fixtures: roles found, To (never Cc)
// snapshotted at intent, logged on the send call or the compose closing,
// not on a refused send; replies observed once with out-of-office flagged;
// the 2024 markup through fallbacks; the broken page degraded.
import { afterEach, describe, expect, it } from 'vitest';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { fakePage, loadFixture, record, wait, type Recorder } from '../linkedin/harness';
import { eventually } from './helpers';

const CONV = 'AAQkADAwATMwMAItYjc0Ni0xMmQzLTAwAi0wMAoAEABLz0gQ2nH1Rrj7nGmXcP3k';
const URL_MAIL = 'https://outlook.office.com/mail/inbox';
const PRIYA = { email: 'priya.v@fernhill-analytics.example', name: 'Priya Venkataraman' };
const SAM = { email: 'sam.okafor@fernhill-analytics.example', name: 'Sam Okafor' };

let rec: Recorder;
afterEach(() => rec?.controller.abort());

function start(path: string, url = URL_MAIL, tracked: string[] = []): Recorder {
  loadFixture(path, url);
  rec = record();
  tracked.forEach((p) => rec.tracked.add(p));
  createOutlookAdapter({ delayMs: 10, healthCheckMs: 30, graceMs: 10 }).start(rec.ctx);
  return rec;
}
const click = (el: Element | null) => el!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
const sendButton = () => document.querySelector('[role=toolbar] button.ms-Button--primary');
const out = () => rec.observed.filter((m) => m.direction === 'out');

describe('outlook adapter', () => {
  it.each([
    ['outlook/2026-11-compose.html'],
    ['outlook/2024-03-compose-legacy.html'],
  ])('finds the compose roles on %s', async (path) => {
    start(path);
    await wait(60);
    expect(rec.lastHealth()).toEqual({ account: true, compose: true, sendButton: true, recipients: true });
  });

  it('finds the reading-pane roles', async () => {
    start('outlook/2026-11-reading-pane.html');
    await wait(60);
    expect(rec.lastHealth()).toEqual({ account: true, conversation: true, messages: true });
  });

  it('snapshots To (not Cc), subject and conversation at the click; the compose closing confirms', async () => {
    start('outlook/2026-11-compose.html');
    click(sendButton());
    // Edits after the click do not change what was sent.
    (document.querySelector('input[aria-label="Add a subject"]') as HTMLInputElement).value = 'changed';
    document.querySelector('[data-app-section="MailCompose"]')!.remove();
    await eventually(() => rec.observed.length > 0);
    expect(out()).toHaveLength(1);
    expect(out()[0]).toMatchObject({
      site: 'outlook', source: 'auto', subject: 'Pilot proposal: next steps', threadId: CONV,
      threadUrl: `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(CONV)}`,
      to: [PRIYA, SAM], account: { email: 'jordan.reyes@northwind-labs.example' },
    });
  });

  it('logs once when both the send call and the compose closing confirm', async () => {
    loadFixture('outlook/2026-11-compose.html', URL_MAIL);
    const page = fakePage('outlook');
    rec = record();
    createOutlookAdapter({ delayMs: 10, graceMs: 10 }).start(rec.ctx);
    await wait(5);
    document.querySelector('[role="textbox"][aria-multiline="true"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    page.post({ type: 'sent', subject: 'Pilot proposal: next steps', to: [PRIYA, SAM], at: Date.now() });
    document.querySelector('[data-app-section="MailCompose"]')!.remove();
    await eventually(() => rec.observed.length > 0);
    await wait(40); // no second touch from the compose closing
    expect(out()).toHaveLength(1);
    expect(out()[0]!.to.map((p) => p.email)).toEqual([PRIYA.email, SAM.email]);
  });

  it('logs nothing when Outlook refuses the send (error dialog) or nothing confirms', async () => {
    start('outlook/2026-11-compose.html');
    click(sendButton());
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'alertdialog');
    document.body.append(dialog);
    await wait(20);
    dialog.remove();
    // The user gives up: Discard closes the compose. Still not a send.
    click(document.querySelector('button[name="Discard"]'));
    document.querySelector('[data-app-section="MailCompose"]')!.remove();
    await wait(20);
    expect(out()).toEqual([]);
  });

  it('logs nothing for a click on Send that nothing confirms', async () => {
    start('outlook/2026-11-compose.html');
    click(sendButton());
    await wait(60);
    expect(out()).toEqual([]);
  });

  it('works on the 2024 markup: primary button and structural subject, German labels', async () => {
    start('outlook/2024-03-compose-legacy.html');
    click(sendButton());
    document.querySelector('[role=region]')!.remove();
    await eventually(() => rec.observed.length > 0);
    expect(out()).toMatchObject([{
      to: [{ email: 'oskar@lindqvist-consulting.example' }], subject: 'Pilotprojekt', threadId: 'AAQkADLEGACYconv0001',
    }]);
  });

  it('observes replies after the own message once, flags the out-of-office one, skips untracked senders', async () => {
    start('outlook/2026-11-reading-pane.html', URL_MAIL, [PRIYA.email, SAM.email]);
    await wait(60);
    const replies = rec.observed.filter((m) => m.direction === 'in');
    expect(replies.map((m) => [m.messageId, m.from?.email, m.autoReply ?? false])).toEqual([
      ['AAMkADAwATMwMAItREPLY01', PRIYA.email, false],
      ['AAMkADAwATMwMAItOOF01', SAM.email, true],
      ['AAMkADAwATMwMAItREPLY02', PRIYA.email, false],
    ]);
    expect(replies[0]).toMatchObject({ at: Date.parse('2026-11-18T15:40:00+01:00'), subject: 'Pilot proposal: next steps', threadId: CONV });
    const pane = document.querySelector('#ConversationReadingPaneContainer')!;
    pane.append(...Array.from(pane.querySelectorAll('[data-itemid]')));
    await wait(60);
    expect(rec.observed.filter((m) => m.direction === 'in')).toHaveLength(3);
  });

  it('observes nothing from senders nobody tracks', async () => {
    start('outlook/2026-11-reading-pane.html');
    await wait(60);
    expect(rec.observed).toEqual([]);
  });

  it('reports degraded on the broken page (an editor open, no compose found) and never throws', async () => {
    start('outlook/2026-11-broken.html');
    click(document.querySelector('._k9'));
    document.querySelector('._j0')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await wait(80);
    // No conversation is shown: its roles are not expected, so not missing.
    expect(rec.lastHealth()).toEqual({ account: false, compose: false, sendButton: false });
    expect(rec.observed).toEqual([]);
  });

  it('puts the button after Send in the command bar; pressing arms, the send then logs as "button"', async () => {
    start('outlook/2026-11-compose.html', URL_MAIL, [PRIYA.email]);
    await wait(30);
    const host = document.querySelector('[role=toolbar] nudgeline-button')!;
    expect(host.previousElementSibling?.classList.contains('ms-Button--splitContainer')).toBe(true);
    const button = buttonOf(host)!;
    expect(button.dataset['state']).toBe('untracked'); // Sam is not tracked yet
    button.click();
    expect(button.dataset['state']).toBe('armed');
    click(sendButton());
    document.querySelector('[data-app-section="MailCompose"]')!.remove();
    await eventually(() => rec.observed.length > 0);
    expect(out()).toMatchObject([{ source: 'button' }]);
  });

  it('"Track this conversation" imports every message there', async () => {
    start('outlook/2026-11-reading-pane.html');
    await wait(30);
    buttonOf(document.querySelector('[role=heading] + nudgeline-button')!)!.click();
    expect(rec.observed.map((m) => [m.direction, m.source])).toEqual([
      ['out', 'button'], ['in', 'button'], ['in', 'button'], ['in', 'button'],
    ]);
    expect(rec.observed[0]!.to.map((p) => p.email)).toEqual([PRIYA.email, SAM.email]);
  });
});

describe('outlook adapter: what is not a compose', () => {
  it('ignores a primary button outside any compose (the ribbon\'s New mail) while a compose is open', async () => {
    loadFixture('outlook/2024-03-compose-legacy.html', URL_MAIL);
    const ribbon = document.createElement('div');
    ribbon.setAttribute('role', 'toolbar');
    ribbon.innerHTML = '<button type="button" class="ms-Button ms-Button--primary" id="newmail">Neue E-Mail</button>';
    document.querySelector('[role=main]')!.prepend(ribbon);
    rec = record();
    createOutlookAdapter({ delayMs: 10, graceMs: 10 }).start(rec.ctx);
    await wait(5);
    click(document.querySelector('#newmail'));
    // No intent was taken: the compose closing (discarded) logs nothing.
    document.querySelector('[role=region]')!.remove();
    await wait(60);
    expect(rec.observed).toEqual([]);
  });
});
