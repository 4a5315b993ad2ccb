// The Gmail adapter's health, inline button and teardown on dated fixtures.
import { afterEach, describe, expect, it } from 'vitest';
import { startGmail } from '../../../src/sites/gmail/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { loadFixture } from '../shared/fixture-page';
import { click, fakeCtx, networkSend, settle, wait, type FakeCtx } from './harness';

let ctx: FakeCtx;
afterEach(() => ctx?.controller.abort());

const hosts = () => [...document.querySelectorAll('nudgeline-button')];
const lastHealth = () => ctx.healthReports.at(-1);

describe('gmail adapter', () => {
  it.each([
    ['gmail/2026-11-compose.html', { adapter: true, account: true, compose: true, sendButton: true, recipients: true, subject: true }],
    ['gmail/2026-11-thread.html', { adapter: true, account: true, thread: true, messages: true }],
    ['gmail/2022-09-compose-legacy.html', { adapter: true, account: true, compose: true, sendButton: true, recipients: true, subject: true, thread: true, messages: true }],
  ])('reports the roles it finds on %s, once', async (fixture, roles) => {
    loadFixture(fixture);
    ctx = fakeCtx();
    startGmail(ctx);
    await wait(700);
    expect(ctx.healthReports).toEqual([roles]);
  });

  it('started before the page was parsed (document_start): the first-frame scan finds the compose and the account', async () => {
    document.title = '';
    document.body.innerHTML = '';
    ctx = fakeCtx();
    startGmail(ctx);
    // The page arrives before its first frame, with nobody active: no mutation records.
    loadFixture('gmail/2026-11-compose.html');
    await wait(700);
    expect(hosts()).toHaveLength(2);
    expect(lastHealth()).toMatchObject({ adapter: true, account: true, compose: true, sendButton: true });
  });

  it('reports degraded roles on a broken page and never throws', async () => {
    loadFixture('gmail/2026-11-broken.html');
    ctx = fakeCtx();
    expect(() => startGmail(ctx)).not.toThrow();
    // Clicks and keys on the broken markup are harmless too.
    click(document.querySelector('.x12'));
    document.querySelector('.x10')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    document.body.insertAdjacentHTML('beforeend', '<div role="alert"><span id="link_undo">?</span></div>');
    await wait(700);
    expect(lastHealth()).toMatchObject({ adapter: true, account: false, sendButton: false });
    expect(ctx.observed).toEqual([]);
  });

  it('puts one button next to Send in each compose, showing whether the recipients are tracked', async () => {
    loadFixture('gmail/2026-11-compose.html');
    ctx = fakeCtx((p) => p.email === 'linus@example.com');
    startGmail(ctx);
    await wait(500);
    expect(hosts()).toHaveLength(2);
    const [first, second] = hosts().map((h) => buttonOf(h)!);
    expect(first!.textContent).toBe('Log as follow-up');
    expect(first!.dataset['state']).toBe('untracked');
    expect(second!.dataset['state']).toBe('tracked');
    expect(second!.getAttribute('aria-label')).toBe('Log as follow-up: Tracked');
    expect(ctx.lookups).toContainEqual([{ email: 'linus@example.com', name: 'Linus Example' }]);
    // Re-checked when a chip is added to To (the user typed an address).
    document.querySelector('[name=to] input')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    document.querySelector('[name=to] [role=listbox]')!.insertAdjacentHTML('beforeend',
      '<div role="option" data-name="Linus" data-hovercard-id="linus@example.com"></div>');
    await wait(500);
    expect(ctx.lookups.at(-1)?.map((p) => p.email)).toEqual(['ada@example.org', 'grace.hopper@example.net', 'linus@example.com']);
    // …and when chips are removed: only Linus is left, who is tracked.
    for (const chip of document.querySelectorAll('[aria-label="New Message"] [name=to] [role=option]:not([data-hovercard-id="linus@example.com"])')) chip.remove();
    await wait(500);
    expect(ctx.lookups.at(-1)?.map((p) => p.email)).toEqual(['linus@example.com']);
    expect(first!.dataset['state']).toBe('tracked');
  });

  it('does not ask again when Gmail re-renders the To field without changing it', async () => {
    loadFixture('gmail/2026-11-compose.html');
    ctx = fakeCtx();
    startGmail(ctx);
    await wait(500);
    const asked = ctx.lookups.length;
    expect(asked).toBeGreaterThan(0);
    const listbox = document.querySelector('[aria-label="New Message"] [name=to] [role=listbox]')!;
    // A chip re-rendered in place, then one added and taken away in the same task.
    const chip = listbox.firstElementChild!;
    chip.replaceWith(chip.cloneNode(true));
    const guest = document.createElement('div');
    guest.setAttribute('role', 'option');
    guest.dataset['hovercardId'] = 'guest@example.com';
    listbox.append(guest);
    guest.remove();
    await wait(500);
    expect(ctx.lookups).toHaveLength(asked);
  });

  it('pressing the button logs the next confirmed send from that compose as a follow-up', async () => {
    loadFixture('gmail/2026-11-compose.html');
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    const button = buttonOf(hosts()[0]!)!;
    click(button);
    expect(button.dataset['state']).toBe('armed');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    // The send button click of the other compose is not a follow-up.
    click(document.querySelectorAll('div[role=button].T-I-atl[tabindex="1"]:not([aria-haspopup])')[1]!);
    click(document.querySelectorAll('div[role=button].T-I-atl[tabindex="1"]:not([aria-haspopup])')[0]!);
    networkSend({ messageId: 'msg-a:r8190137112111191537' });
    networkSend({ messageId: 'msg-a:r-329565169840451245' });
    await settle();
    expect(ctx.observed.map((m) => [m.messageId, m.source])).toEqual([
      ['msg-a:r8190137112111191537', 'auto'], ['msg-a:r-329565169840451245', 'button'],
    ]);
    expect(button.dataset['state']).toBe('logged');
  });

  it('a click on our own button is never taken for Send', async () => {
    loadFixture('gmail/2026-11-compose.html');
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    // Our host sits inside the Send button's cell and carries no Gmail classes.
    click(buttonOf(hosts()[0]!));
    networkSend({ messageId: 'msg-a:r-329565169840451245', to: [{ email: 'x@example.com' }] });
    await settle();
    expect(ctx.observed).toEqual([expect.objectContaining({ source: 'auto', eventId: 'gmail-m-msg-a:r-329565169840451245' })]);
  });

  it('tears everything down on abort', async () => {
    loadFixture('gmail/2026-11-thread.html');
    ctx = fakeCtx();
    startGmail(ctx);
    await settle();
    expect(hosts()).toHaveLength(1);
    ctx.controller.abort();
    expect(hosts()).toHaveLength(0);
    const before = ctx.observed.length;
    document.querySelector('[role=list]')!.insertAdjacentHTML('beforeend',
      '<div class="adn" data-message-id="#msg-f:1883374218117121999" data-legacy-message-id="1a2316df7200052f"><h3><span email="new@example.com" class="gD"></span></h3></div>');
    await settle();
    expect(ctx.observed).toHaveLength(before);
  });
});
