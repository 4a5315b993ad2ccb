// The LinkedIn adapter on the 2026 pages: the real signed-in profile page
// (../shared/real-pages/linkedin/, read directly), the hashed messaging page
// in English and German, and the pop-up inside #interop-outlet's shadow root.
// What the page script would post is built from the network fixtures by the
// real parsers, so the tests run the whole path from response to touch.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkedinAdapter } from '../../../src/sites/linkedin/adapter';
import { parseCreateMessage } from '../../../src/sites/linkedin/network';
import { parseMessengerData } from '../../../src/sites/linkedin/messenger-data';
import { fakePage, loadFixture, record, wait, type Recorder } from './harness';

const REAL = '../shared/real-pages/linkedin/2026-03-profile-message-popup.anon.html';
const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const THREAD_URL = `https://www.linkedin.com/messaging/thread/${THREAD}/`;
const PRIYA = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const GQL = 'https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerMessages.x';
const net = (name: string): string => readFileSync(`test/fixtures/linkedin/network/${name}`, 'utf8');
const data = (name: string, url = GQL) => parseMessengerData(net(name), url);
const sent = () => parseCreateMessage(net('2026-03-createMessage-request.json'), net('2026-03-createMessage-response.json'), Date.now());
const click = (el: Element | null | undefined) => el!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const out = (r: Recorder) => r.observed.filter((m) => m.direction === 'out');
const replies = (r: Recorder) => r.observed.filter((m) => m.direction === 'in');

let rec: Recorder;
afterEach(() => rec?.controller.abort());

function start(html: string, url: string, tracked: string[] = [], prepare = () => {}) {
  if (html.endsWith('.anon.html')) {
    // The real page, read where it lies; its iframes are left out (happy-dom does not load frames).
    loadFixture('linkedin/2026-11-broken.html', url);
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFileSync(html, 'utf8'))![1]!.replace(/<iframe[\s\S]*?<\/iframe>/gi, '');
  } else loadFixture(html, url);
  prepare();
  const bridge = fakePage('linkedin');
  rec = record();
  tracked.forEach((p) => rec.tracked.add(p));
  createLinkedinAdapter({ settleMs: 60, delayMs: 10, healthCheckMs: 40 }).start(rec.ctx);
  return bridge;
}

describe('the real 2026-03 profile page', () => {
  it('reports nothing missing and places no button, with or without the pop-up host\'s root', async () => {
    const bridge = start(REAL, 'https://www.linkedin.com/in/member-9/');
    await vi.waitFor(() => expect(rec.lastHealth()).toEqual({ adapter: true }), { timeout: 5_000 });
    document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    bridge.post({ type: 'shadow' });
    await wait(80);
    expect(rec.lastHealth()).toEqual({ adapter: true });
    expect(document.querySelector('nudgeline-button')).toBeNull();
    expect(rec.observed).toEqual([]);
  });
});

describe.each([
  ['English', 'linkedin/2026-12-messaging-hashed.html'],
  ['German', 'linkedin/2026-12-messaging-hashed-de.html'],
])('the hashed messaging page (%s)', (_lang, page) => {
  it('finds every role a conversation needs', async () => {
    const bridge = start(page, THREAD_URL);
    bridge.post(data('2026-messengerMessages-response.json'));
    await vi.waitFor(() => expect(rec.lastHealth()).toEqual({
      messageBox: true, sendButton: true, conversation: true, participant: true, messages: true, account: true, adapter: true,
    }));
    expect(document.querySelector('main form nudgeline-button')).not.toBeNull();
  });

  it('expects no participant or messages while a new message is written (compose)', async () => {
    start(page, 'https://www.linkedin.com/messaging/compose/', [], () => {
      for (const sel of ['main header', 'main ul[aria-label]', 'main section']) document.querySelector(sel)!.remove();
    });
    await vi.waitFor(() => expect(rec.lastHealth()).toMatchObject({ messageBox: true, adapter: true }));
    expect(Object.entries(rec.lastHealth()).filter(([, ok]) => !ok)).toEqual([]);
  });

  it('logs a send seen only in the network, once, for the thread\'s member', async () => {
    const bridge = start(page, THREAD_URL);
    bridge.post(data('2026-messengerConversations-response.json'));
    bridge.post(sent());
    bridge.post(sent());
    await wait(80);
    expect(out(rec)).toHaveLength(1);
    expect(out(rec)[0]).toMatchObject({
      source: 'auto', to: [{ profileUrl: PRIYA, name: 'Priya Venkataraman' }], threadId: THREAD, threadUrl: THREAD_URL,
      messageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-MTc3NDM1MjM2OTM2MWI1NTUwMC0wMDMmZTk5NjMxYjY=)',
    });
  });

  it('says "send requests not recognized" for an accepted send of unknown shape, and logs nothing', async () => {
    const bridge = start(page, THREAD_URL);
    bridge.post({ type: 'unrecognized' });
    bridge.post({ type: 'sent', at: 'yesterday', text: 'x' });
    await vi.waitFor(() => expect(rec.lastHealth()).toMatchObject({ sendUnrecognized: false }));
    expect(rec.observed).toEqual([]);
  });

  it('a click on Send plus the request is still one touch, with the participant from the page', async () => {
    const bridge = start(page, THREAD_URL);
    await wait(20);
    click(document.querySelector('main form button[type=submit]'));
    bridge.post(sent());
    await wait(120);
    expect(out(rec)).toHaveLength(1);
    expect(out(rec)[0]!.to).toEqual([{ profileUrl: PRIYA, name: 'Priya Venkataraman' }]);
  });

  it('logs the replies a messages query loaded, once each, never the account\'s own', async () => {
    const bridge = start(page, THREAD_URL, [PRIYA]);
    bridge.post(data('2026-messengerMessages-response.json'));
    bridge.post(data('2026-messengerMessages-response.json'));
    await wait(80);
    expect(replies(rec).map((m) => [m.messageId, m.at])).toEqual([
      ['urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-TUVTU0FHRS03=)', 1774200000000],
      ['urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-TUVTU0FHRS04=)', 1774300000000],
    ]);
    expect(replies(rec).every((m) => m.from?.profileUrl === PRIYA && m.threadId === THREAD)).toBe(true);
  });
});
