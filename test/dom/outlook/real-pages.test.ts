// The real Outlook excerpts in ../shared/real-pages/outlook/ (mailvelope's
// trimmed captures of One Outlook, 2025-11; see its MANIFEST.md), read from
// there, never copied, each loaded as the MANIFEST suggests inside a
// minimal document at an Outlook URL: health reports nothing missing, no
// stray inline button, "Track this conversation" above the messages, the
// German sender read from its "Von: …" label, the mailbox from the folder root.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { buttonOf } from '../../../src/sites/shared/inline-button';
import { fakePage, record, wait, type Recorder } from '../linkedin/harness';

const REAL = resolve('../shared/real-pages/outlook');
const real = (name: string) => readFileSync(resolve(REAL, `2025-11-mailvelope-${name}.html`), 'utf8');
const CONV = 'AQQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7';

const REAL_PAGES = {
  de: { lang: 'de', parts: ['userMailbox', 'composeToolbar', 'readingPaneWithActions'] },
  en: { lang: 'en', parts: ['userMailbox', 'messageWithAttachment'] },
  ribbon: { lang: 'de', parts: ['userMailbox', 'composeToolbar'] },
} as const;

let rec: Recorder;
afterEach(() => rec?.controller.abort());

function load(which: keyof typeof REAL_PAGES, tracked: string[] = []) {
  const { lang, parts } = REAL_PAGES[which];
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://outlook.office.com/mail/inbox');
  document.documentElement.lang = lang;
  document.body.innerHTML = `<div id="app">${parts.map(real).join('\n')}</div>`;
  const page = fakePage('outlook');
  rec = record();
  tracked.forEach((t) => rec.tracked.add(t));
  createOutlookAdapter({ delayMs: 10, healthCheckMs: 40, graceMs: 10 }).start(rec.ctx);
  return page;
}
const track = () => document.querySelector('nudgeline-button');

describe('the real ribbon and folder tree, no compose and no conversation open', () => {
  it('misses nothing: neither Send nor messages are expected; its "Neue E-Mail" split button gets no button', async () => {
    load('ribbon');
    await wait(80);
    expect(rec.lastHealth()).toEqual({ account: true });
    expect(document.querySelectorAll('nudgeline-button')).toHaveLength(0);
  });
});

describe.each(['de', 'en'] as const)('the real %s Outlook page', (which) => {
  it('reports no role missing, places no stray button, offers "Track this conversation" above the messages', async () => {
    load(which);
    await wait(80);
    expect(rec.lastHealth()).toEqual({ account: true, conversation: true, messages: true });
    expect(document.querySelectorAll('nudgeline-button')).toHaveLength(1);
    expect(track()!.nextElementSibling?.classList.contains('aVla3')).toBe(true);
    expect(buttonOf(track()!)!.textContent).toContain('Track this conversation');
  });
});

describe('the real German reading pane', () => {
  it('logs the reply of a tracked sender read from its "Von: …" label, for the mailbox of the folder root', async () => {
    load('de', ['sender@example.com']);
    await wait(60);
    expect(rec.observed).toMatchObject([{
      direction: 'in', source: 'auto', from: { email: 'sender@example.com' }, threadId: CONV,
      account: { email: 'toberndo@outlook.com' }, eventId: expect.stringMatching(/^outlook-m-/),
    }]);
  });

  it('"Track this conversation" puts its message in the ledger', async () => {
    load('de');
    await wait(30);
    buttonOf(track()!)!.click();
    expect(rec.observed).toMatchObject([{ direction: 'in', source: 'button', from: { email: 'sender@example.com' } }]);
    expect(buttonOf(track()!)!.dataset['state']).toBe('logged');
  });
});

describe('the real English reading pane (its excerpt shows no sender)', () => {
  it('"Track this conversation" guesses nothing from the page, and takes the messages of the conversation\'s load', async () => {
    const page = load('en');
    await wait(30);
    buttonOf(track()!)!.click();
    expect(rec.observed).toEqual([]);
    expect(buttonOf(track()!)!.dataset['state']).toBe('error');
    page.post({ type: 'messages', items: [{ itemId: 'AAMkREAL1', convId: CONV, from: { email: 'sender@example.com', name: 'Sender' }, at: 1_763_000_000_000, subject: 'See attached' }] });
    await wait(20);
    buttonOf(track()!)!.click();
    expect(rec.observed).toMatchObject([{ direction: 'in', source: 'button', messageId: 'AAMkREAL1', from: { email: 'sender@example.com' }, threadId: CONV }]);
  });
});
