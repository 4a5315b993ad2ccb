// The LinkedIn adapter on dated fixtures: roles found, sends snapshotted at
// intent and logged only on confirmation, replies observed once, overlays
// kept apart, the legacy markup through fallbacks, the broken page degraded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkedinAdapter } from '../../../src/sites/linkedin/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { fakePage, loadFixture, record, wait, type Recorder } from './harness';

const PRIYA = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const PAGE_URL = `https://www.linkedin.com/messaging/thread/${THREAD}/`;
const adapter = () => createLinkedinAdapter({ settleMs: 60, delayMs: 10, healthCheckMs: 30 });

let rec: Recorder;
afterEach(() => rec?.controller.abort());

function start(path: string, url: string, tracked: string[] = []): Recorder {
  loadFixture(path, url);
  rec = record();
  tracked.forEach((p) => rec.tracked.add(p));
  adapter().start(rec.ctx);
  return rec;
}

function appendOwnMessage(list: Element, urn?: string): void {
  const li = document.createElement('li');
  li.className = 'msg-s-message-list__event';
  li.innerHTML = `<div class="msg-s-event-listitem" ${urn ? `data-event-urn="${urn}"` : ''}><div class="msg-s-message-group">` +
    '<a class="msg-s-message-group__profile-link" href="/in/jordan-reyes-7a1b2c/"><img alt="Jordan Reyes"></a><p class="msg-s-event-listitem__body">x</p></div></div>';
  list.appendChild(li);
}

// LinkedIn enables Send once something is typed.
function sendButton(): Element {
  const b = document.querySelector<HTMLButtonElement>('.msg-form__send-button')!;
  b.disabled = false;
  return b;
}

const click = (el: Element | null) => el!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

describe('linkedin adapter', () => {
  it.each([
    ['linkedin/2026-11-messaging.html'],
    ['linkedin/2024-06-messaging-legacy.html'],
  ])('finds every role on %s', async (path) => {
    start(path, PAGE_URL);
    await wait(60);
    expect(rec.lastHealth()).toEqual({
      account: true, messageBox: true, sendButton: true, conversation: true, participant: true, messages: true, adapter: true,
    });
  });

  it('logs a send once, with the participant snapshotted at the click, when the new message appears', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL);
    click(sendButton());
    // The header changes after the click: the snapshot must not follow it.
    document.querySelector('.msg-thread__link-to-profile')!.setAttribute('href', '/in/someone-else/');
    appendOwnMessage(document.querySelector('.msg-s-message-list-content')!, 'urn:li:msg_message:(x,2-NEW)');
    await wait(100);
    expect(rec.observed).toHaveLength(1);
    expect(rec.observed[0]).toMatchObject({
      site: 'linkedin', direction: 'out', source: 'auto', messageId: 'urn:li:msg_message:(x,2-NEW)',
      to: [{ profileUrl: PRIYA, name: 'Priya Venkataraman' }], threadId: THREAD, threadUrl: PAGE_URL,
      account: { profileUrl: 'https://www.linkedin.com/in/jordan-reyes-7a1b2c/', name: 'Jordan Reyes' },
    });
  });

  it('logs a send confirmed by createMessage from the page world, once', async () => {
    loadFixture('linkedin/2026-11-messaging.html', PAGE_URL);
    const bridge = fakePage('linkedin');
    rec = record();
    adapter().start(rec.ctx);
    await wait(10);
    click(sendButton());
    bridge.post({ type: 'sent', threadId: THREAD, at: Date.now() });
    await wait(30);
    // The message then appears: it brings the urn, still one touch.
    appendOwnMessage(document.querySelector('.msg-s-message-list-content')!, 'urn:li:msg_message:(x,2-NET)');
    await wait(120);
    expect(rec.observed).toHaveLength(1);
    expect(rec.observed[0]).toMatchObject({ direction: 'out', threadId: THREAD, messageId: 'urn:li:msg_message:(x,2-NET)' });
  });

  it('logs nothing for an intent that is never confirmed', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL);
    document.querySelector('[role=textbox]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await wait(150);
    expect(rec.observed.filter((m) => m.direction === 'out')).toEqual([]);
  });

  it('observes replies newer than the last own message once, only for a tracked participant', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL, [PRIYA]);
    await wait(60);
    const replies = rec.observed.filter((m) => m.direction === 'in');
    expect(replies.map((m) => m.messageId)).toEqual([
      'urn:li:msg_message:(urn:li:fsd_profile:ACoAAC9pRiYaVENK,2-MTczMTkyMTIwMDAwMGE5ODc2NQ==)',
      'urn:li:msg_message:(urn:li:fsd_profile:ACoAAC9pRiYaVENK,2-MTczMTkyMTI2MDAwMGE5ODc2Ng==)',
    ]);
    // The grouped follow-on message inherits Priya as its sender.
    expect(replies.every((m) => m.from?.profileUrl === PRIYA)).toBe(true);
    expect(replies[0]!.at).toBe(Date.parse('2026-11-18T14:40:00.000Z'));
    // Re-rendering the list does not observe them again.
    const list = document.querySelector('.msg-s-message-list-content')!;
    list.append(...Array.from(list.children));
    await wait(60);
    expect(rec.observed.filter((m) => m.direction === 'in')).toHaveLength(2);
  });

  it('observes no replies from an untracked participant', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL);
    await wait(60);
    expect(rec.observed).toEqual([]);
  });

  it('keeps two overlay bubbles apart: each send goes to its own participant', async () => {
    loadFixture('linkedin/2026-11-overlay.html', 'https://www.linkedin.com/feed/');
    const bridge = fakePage('linkedin');
    rec = record();
    adapter().start(rec.ctx);
    await wait(10);
    const [tomas, keiko] = Array.from(document.querySelectorAll('.msg-overlay-conversation-bubble'));
    click(tomas!.querySelector('.msg-form__send-button'));
    click(keiko!.querySelector('.msg-form__send-button'));
    bridge.post({ type: 'sent', threadId: '2-Y2E3ZjEwNjQtOGQ1Yi00ZjBlLTk2NjEtMDJiODFiM2QxZTQ3XzAxMA==', at: Date.now() });
    await wait(150);
    const out = rec.observed.filter((m) => m.direction === 'out');
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toEqual([{ profileUrl: 'https://www.linkedin.com/in/tomas-almeida-d3e9/', name: 'Tomás Almeida' }]);
    appendOwnMessage(keiko!.querySelector('.msg-s-message-list-content')!, 'urn:li:msg_message:(x,2-K)');
    await wait(150);
    const second = rec.observed.filter((m) => m.direction === 'out')[1];
    expect(second?.to[0]?.profileUrl).toBe('https://www.linkedin.com/in/keiko-tanaka-81f0/');
    expect(second?.threadId).toBe('2-NGQ2YjBlYjctMjFkYS00MzY1LWJlZjItNzQ0NTI0ZDc3YjFmXzAxMA==');
  });

  it('observes an overlay reply with no own message before it', async () => {
    start('linkedin/2026-11-overlay.html', 'https://www.linkedin.com/feed/', ['https://www.linkedin.com/in/tomas-almeida-d3e9/']);
    await wait(60);
    expect(rec.observed).toHaveLength(1);
    expect(rec.observed[0]).toMatchObject({ direction: 'in', from: { name: 'Tomás Almeida' } });
  });

  it('works on the 2024 markup: Enter sends, the account is known by name, replies get fallback keys', async () => {
    start('linkedin/2024-06-messaging-legacy.html', 'https://www.linkedin.com/messaging/thread/2-TEGACY/', ['https://www.linkedin.com/in/oskar-lindqvist-55c2/']);
    await wait(60);
    const replies = rec.observed.filter((m) => m.direction === 'in');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.messageId).toBeUndefined();
    expect(replies[0]!.eventId).toMatch(/^linkedin-m-2-TEGACY\|/);
    document.querySelector('.msg-form__contenteditable')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    appendOwnMessage(document.querySelector('.msg-s-message-list-content')!);
    await wait(150);
    const out = rec.observed.filter((m) => m.direction === 'out');
    expect(out).toHaveLength(1);
    expect(out[0]!.to).toEqual([{ profileUrl: 'https://www.linkedin.com/in/oskar-lindqvist-55c2/', name: 'Oskar Lindqvist' }]);
  });

  it('reports degraded on the broken page and never throws', async () => {
    start('linkedin/2026-11-broken.html', 'https://www.linkedin.com/messaging/thread/2-X/');
    click(document.querySelector('button'));
    document.querySelector('[contenteditable]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.querySelector('ul')!.append(document.createElement('li'));
    await wait(120);
    expect(rec.lastHealth()).toMatchObject({ messageBox: false, sendButton: false, conversation: false, messages: false });
    expect(rec.observed).toEqual([]);
  });

  it('puts a keyboard-reachable button in a shadow root before Send, showing the tracked state', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL, [PRIYA]);
    await vi.waitFor(() => expect(document.querySelector('.msg-form nudgeline-button')).not.toBeNull());
    const host = document.querySelector('.msg-form nudgeline-button')!;
    expect(host.nextElementSibling?.classList.contains('msg-form__send-button')).toBe(true);
    const button = buttonOf(host)!;
    // The lookup's answer is drawn in the next frame (slow on a loaded machine).
    await vi.waitFor(() => expect(button.dataset['state']).toBe('tracked'));
    button.click();
    expect(button.dataset['state']).toBe('armed');
    click(sendButton());
    appendOwnMessage(document.querySelector('.msg-s-message-list-content')!, 'urn:li:msg_message:(x,2-BTN)');
    await wait(30);
    expect(rec.observed.filter((m) => m.direction === 'out')).toMatchObject([{ source: 'button', messageId: 'urn:li:msg_message:(x,2-BTN)' }]);
    expect(button.dataset['state']).toBe('logged');
  });

  it('"Track this conversation" imports the messages there, both directions', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL);
    await wait(30);
    const host = document.querySelector('.msg-title-bar nudgeline-button')!;
    buttonOf(host)!.click();
    expect(rec.observed.map((m) => [m.direction, m.source])).toEqual([['out', 'button'], ['in', 'button'], ['in', 'button']]);
    expect(rec.observed[0]!.to[0]!.profileUrl).toBe(PRIYA);
  });

  it('tears down on abort: no button left, no more observations', async () => {
    start('linkedin/2026-11-messaging.html', PAGE_URL, [PRIYA]);
    rec.controller.abort();
    await wait(60);
    expect(document.querySelector('nudgeline-button')).toBeNull();
    expect(rec.observed).toEqual([]);
  });
});
