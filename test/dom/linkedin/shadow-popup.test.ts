// The 2026 messaging pop-up inside the open shadow root of #interop-outlet
// (test/fixtures/linkedin/2026-03-profile-popup-shadow.html): found when the
// root appears (the page script says so, or the host is added), observed on
// its own, its sends and replies detected; a replaced host is found again.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkedinAdapter } from '../../../src/sites/linkedin/adapter';
import { parseCreateMessage } from '../../../src/sites/linkedin/network';
import { parseMessengerData } from '../../../src/sites/linkedin/messenger-data';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { fakePage, loadFixture, record, wait, type Recorder } from './harness';

const PAGE = 'linkedin/2026-03-profile-popup-shadow.html';
const URL = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const PRIYA = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const net = (name: string): string => readFileSync(`test/fixtures/linkedin/network/${name}`, 'utf8');
const sent = () => parseCreateMessage(net('2026-03-createMessage-request.json'), net('2026-03-createMessage-response.json'), Date.now());

let rec: Recorder;
afterEach(() => rec?.controller.abort());

function start(tracked: string[] = []) {
  loadFixture(PAGE, URL);
  const bridge = fakePage('linkedin');
  rec = record();
  tracked.forEach((p) => rec.tracked.add(p));
  createLinkedinAdapter({ settleMs: 60, delayMs: 10, healthCheckMs: 40 }).start(rec.ctx);
  return bridge;
}

/** Plays the site: the host gets its shadow root, then the pop-up renders in it. */
function openPopup(host = document.getElementById('interop-outlet')!): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.append((document.getElementById('fixture-popup') as HTMLTemplateElement).content.cloneNode(true));
  return root;
}

describe('linkedin pop-up in a shadow root', () => {
  it('is found when the page script says the root was attached, and gets its buttons', async () => {
    const bridge = start();
    await wait(20);
    const root = openPopup();
    bridge.post({ type: 'shadow' });
    await vi.waitFor(() => expect(root.querySelector('.msg-form nudgeline-button')).not.toBeNull());
    expect(root.querySelector('.msg-overlay-bubble-header nudgeline-button')).not.toBeNull();
    // Outside the pop-up nothing was placed: no stray button on the profile page.
    expect(document.querySelectorAll('nudgeline-button')).toHaveLength(0);
  });

  it('logs a send made in the pop-up, for the participant its header names', async () => {
    const bridge = start();
    const root = openPopup();
    bridge.post({ type: 'shadow' });
    await wait(30);
    root.querySelector('[role=textbox]')!.textContent = 'Checking in';
    const send = root.querySelector('.msg-form__send-button')!;
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    bridge.post(sent());
    await wait(120);
    const out = rec.observed.filter((m) => m.direction === 'out');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ to: [{ profileUrl: PRIYA, name: 'Priya Venkataraman' }], threadId: THREAD, source: 'auto' });
  });

  it('logs a reply shown in the pop-up once, from the page when the network said nothing', async () => {
    const bridge = start([PRIYA]);
    openPopup();
    bridge.post({ type: 'shadow' });
    await vi.waitFor(() => expect(rec.observed.filter((m) => m.direction === 'in')).toHaveLength(1));
    expect(rec.observed[0]).toMatchObject({
      from: { profileUrl: PRIYA }, threadId: THREAD,
      messageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-UE9QVVAtUkVQTFktMQ==)',
    });
  });

  it('still reads a reply that arrives after the messages query, when the page gives its id', async () => {
    const bridge = start([PRIYA]);
    bridge.post(parseMessengerData(net('2026-messengerMessages-response.json'), 'https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerMessages.x'));
    await vi.waitFor(() => expect(rec.observed.filter((m) => m.direction === 'in')).toHaveLength(2));
    // The pop-up opens on the same thread: its reply (not in the query) comes from the page.
    openPopup();
    bridge.post({ type: 'shadow' });
    await vi.waitFor(() => expect(rec.observed.filter((m) => m.direction === 'in')).toHaveLength(3));
    expect(rec.observed.at(-1)!.messageId).toBe('urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-UE9QVVAtUkVQTFktMQ==)');
  });

  it('finds the root on the user\'s first click when no signal came, and a replaced host again', async () => {
    start();
    const first = openPopup();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => expect(first.querySelector('nudgeline-button')).not.toBeNull());
    // The site replaces the host: the new one's root is watched, the old one dropped.
    const host = document.createElement('div');
    host.id = 'interop-outlet';
    host.setAttribute('data-testid', 'interop-shadowdom');
    const second = openPopup(host);
    document.getElementById('interop-outlet')!.replaceWith(host);
    await vi.waitFor(() => expect(second.querySelector('.msg-form nudgeline-button')).not.toBeNull());
    // Later changes inside the new root are seen without any look at the document.
    const spy = vi.spyOn(document, 'querySelectorAll');
    const form = second.querySelector('.msg-form')!;
    form.parentElement!.append(form.cloneNode(true));
    await vi.waitFor(() => expect(second.querySelectorAll('.msg-form nudgeline-button')).toHaveLength(2));
    expect(spy).not.toHaveBeenCalled();
  });

  it('reports no missing role while the pop-up is open, and the account once the network names it', async () => {
    const bridge = start();
    openPopup();
    bridge.post({ type: 'shadow' });
    bridge.post(sent());
    await vi.waitFor(() => expect(rec.lastHealth()).toMatchObject({ account: true, messageBox: true, participant: true, adapter: true }));
    expect(Object.entries(rec.lastHealth()).filter(([, ok]) => !ok)).toEqual([]);
    const root = document.getElementById('interop-outlet')!.shadowRoot!;
    expect(buttonOf(root.querySelector('.msg-form nudgeline-button')!)?.dataset['state']).toBe('untracked');
  });
});
