// LinkedIn: snippets of the message box (read at Send) and of logged replies
// only when the setting is on; and an own message appearing re-reads its
// conversation only when a send from it is pending.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkedinAdapter } from '../../../src/sites/linkedin/adapter';
import { readMessages } from '../../../src/sites/linkedin/page';
import { watchBodyReads } from '../shared/body-reads';
import { loadFixture, record, wait, type Recorder } from './harness';

vi.mock('../../../src/sites/linkedin/page', async (importOriginal) => {
  const page = await importOriginal<typeof import('../../../src/sites/linkedin/page')>();
  return { ...page, readMessages: vi.fn<typeof page.readMessages>(page.readMessages) };
});

const PRIYA = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const PAGE_URL = `https://www.linkedin.com/messaging/thread/${THREAD}/`;
const TYPED = 'Hi Priya,   following up on the pilot.';

let rec: Recorder;
afterEach(() => {
  rec?.controller.abort();
  vi.restoreAllMocks();
  vi.mocked(readMessages).mockClear();
});

function start(snippets: boolean, tracked: string[] = [], delayMs = 10): Recorder {
  loadFixture('linkedin/2026-11-messaging.html', PAGE_URL);
  rec = record();
  rec.snippets.on = snippets;
  tracked.forEach((p) => rec.tracked.add(p));
  createLinkedinAdapter({ settleMs: 60, delayMs, healthCheckMs: 30 }).start(rec.ctx);
  return rec;
}

const box = () => document.querySelector('.msg-form [role=textbox]')!;
const list = () => document.querySelector('.msg-s-message-list-content')!;
function clickSend(): void {
  const b = document.querySelector<HTMLButtonElement>('.msg-form__send-button')!;
  b.disabled = false;
  b.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
}
function appendOwnMessage(urn: string): void {
  const li = document.createElement('li');
  li.innerHTML = `<div class="msg-s-event-listitem" data-event-urn="${urn}"><div class="msg-s-message-group">` +
    '<a class="msg-s-message-group__profile-link" href="/in/jordan-reyes-7a1b2c/"><img alt="Jordan Reyes"></a><p class="msg-s-event-listitem__body">x</p></div></div>';
  list().appendChild(li);
}

describe('linkedin snippets', () => {
  it.each([
    [true, 'Hi Priya, following up on the pilot.'],
    [false, undefined],
  ])('a send with snippets %s', async (on, expected) => {
    start(on);
    box().innerHTML = `<p>${TYPED}</p>`;
    const bodies = watchBodyReads([box()]);
    clickSend();
    box().innerHTML = '<p><br></p>'; // LinkedIn empties the box once sent
    appendOwnMessage('urn:li:msg_message:(x,2-SNIP)');
    await wait(100);
    expect(rec.observed.filter((m) => m.direction === 'out')).toEqual([expect.objectContaining({ messageId: 'urn:li:msg_message:(x,2-SNIP)' })]);
    expect(rec.observed[0]?.snippet).toBe(expected);
    expect(bodies.reads() > 0).toBe(on);
  });

  it.each([
    [true, ['Hi Jordan! Next week is busy, could we do the week after?', 'Tuesday the 1st would be ideal.']],
    [false, [undefined, undefined]],
  ])('replies from a tracked participant with snippets %s', async (on, expected) => {
    loadFixture('linkedin/2026-11-messaging.html', PAGE_URL);
    const bodies = watchBodyReads([...document.querySelectorAll('.msg-s-event-listitem__body')]);
    rec = record();
    rec.snippets.on = on;
    rec.tracked.add(PRIYA);
    createLinkedinAdapter({ settleMs: 60, delayMs: 10, healthCheckMs: 30 }).start(rec.ctx);
    await wait(60);
    const replies = rec.observed.filter((m) => m.direction === 'in');
    expect(replies.map((m) => m.snippet)).toEqual(expected);
    expect(bodies.reads() > 0).toBe(on);
    // The account's own message is not a reply: its body is never sent.
    expect(JSON.stringify(rec.observed)).not.toMatch(/Lisbon summit/);
  });

  it('untracked senders: snippets on, still no body read', async () => {
    loadFixture('linkedin/2026-11-messaging.html', PAGE_URL);
    const bodies = watchBodyReads([...document.querySelectorAll('.msg-s-event-listitem__body')]);
    rec = record();
    rec.snippets.on = true;
    createLinkedinAdapter({ settleMs: 60, delayMs: 10, healthCheckMs: 30 }).start(rec.ctx);
    await wait(60);
    expect(rec.observed).toEqual([]);
    expect(bodies.reads()).toBe(0);
  });
});

// Reply scans are debounced far past these tests, so every readMessages call is the own-message path.
const ownPathReads = () => vi.mocked(readMessages).mock.calls.length;

describe('linkedin: own messages re-read the conversation only for a pending send', () => {
  it('no send pending: new own messages (another device, a re-render) do not re-read it', async () => {
    start(false, [], 60_000);
    await wait(20);
    vi.mocked(readMessages).mockClear();
    for (let i = 0; i < 5; i++) appendOwnMessage(`urn:li:msg_message:(x,2-OTHER${i})`);
    await wait(20);
    expect(ownPathReads()).toBe(0);
    expect(rec.observed).toEqual([]);
  });

  it('a send pending: its message is matched (one read) and logged once', async () => {
    start(false, [], 60_000);
    await wait(20);
    vi.mocked(readMessages).mockClear();
    clickSend();
    appendOwnMessage('urn:li:msg_message:(x,2-MINE)');
    await wait(20);
    expect(ownPathReads()).toBe(1);
    expect(rec.observed).toEqual([expect.objectContaining({ direction: 'out', messageId: 'urn:li:msg_message:(x,2-MINE)', to: [expect.objectContaining({ profileUrl: PRIYA })] })]);
    // Logged: nothing pending any more, the next own message is not re-read.
    appendOwnMessage('urn:li:msg_message:(x,2-LATER)');
    await wait(20);
    expect(ownPathReads()).toBe(1);
  });
});
