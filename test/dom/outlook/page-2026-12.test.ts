// The reading of the 2026-12 fixtures (modelled on the real 2025-11
// markup), when no request was seen: chips whose visible text is the
// address, the name or "Name <address>"; replies in the reading pane with
// localized "From:"/"Von:" labels and plain-text dates in each locale's
// format; dates read by their digits, never by their words.
import { afterEach, describe, expect, it } from 'vitest';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { personIn, readTo } from '../../../src/sites/outlook/page';
import { parseShownDate } from '../../../src/sites/outlook/shown-date';
import { loadFixture, record, wait, type Recorder } from '../linkedin/harness';
import { chips } from './helpers';

const PRIYA = 'priya.v@fernhill-analytics.example';
const CONV = 'AAQkADAwATMwMAItYjc0Ni0xMmQzLTAwAi0wMAoAEABLz0gQ2nH1Rrj7nGmXcP3k';

let rec: Recorder;
afterEach(() => rec?.controller.abort());

describe('outlook chips and senders as text', () => {
  it.each([
    ['Priya Venkataraman <Priya.V@fernhill-analytics.example>', { email: PRIYA, name: 'Priya Venkataraman' }],
    ['priya.v@fernhill-analytics.example', { email: PRIYA }],
    ['Priya Venkataraman', { name: 'Priya Venkataraman' }],
    ['"Venkataraman, Priya" <priya.v@fernhill-analytics.example>', { email: PRIYA, name: 'Venkataraman, Priya' }],
  ])('%s', (text, want) => {
    const el = document.createElement('span');
    el.textContent = text;
    expect(personIn(el)).toEqual(want);
  });

  it('takes the address from a localized label when the text shows only the name', () => {
    const el = document.createElement('span');
    el.setAttribute('aria-label', 'Von: priya.v@fernhill-analytics.example');
    el.textContent = 'Priya Venkataraman';
    expect(personIn(el)).toEqual({ email: PRIYA, name: 'Priya Venkataraman' });
  });

  it.each(['en', 'de'])('reads the To chips of the %s compose, never Cc', (lang) => {
    loadFixture(`outlook/2026-12-compose-${lang}.html`, 'https://outlook.office.com/mail/inbox');
    chips(['Priya Venkataraman <priya.v@fernhill-analytics.example>', 'sam.okafor@fernhill-analytics.example', 'Alex Kim']);
    expect(readTo(document.querySelector('.dMm6A')!)).toEqual([
      { email: PRIYA, name: 'Priya Venkataraman' }, { email: 'sam.okafor@fernhill-analytics.example' }, { name: 'Alex Kim' },
    ]);
  });
});

describe('outlook replies from the 2026-12 reading pane', () => {
  it.each(['en', 'de'])('%s: the replies after our message, once, at the times shown', async (lang) => {
    loadFixture(`outlook/2026-12-reading-pane-${lang}.html`, 'https://outlook.office.com/mail/inbox');
    document.documentElement.lang = lang;
    rec = record();
    rec.tracked.add(PRIYA);
    createOutlookAdapter({ delayMs: 10, healthCheckMs: 30 }).start(rec.ctx);
    await wait(80);
    expect(rec.lastHealth()).toEqual({ account: true, conversation: true, messages: true });
    const replies = rec.observed.filter((m) => m.direction === 'in');
    expect(replies.map((m) => [m.from?.email, new Date(m.at).toISOString(), m.threadId])).toEqual([
      [PRIYA, '2026-11-18T14:40:00.000Z', CONV], [PRIYA, '2026-11-19T08:05:00.000Z', CONV],
    ]);
    expect(replies[0]!.subject).toBe(lang === 'en' ? 'Pilot proposal: next steps' : 'Pilotprojekt: nächste Schritte');
    const list = document.querySelector('.ZOM9m')!;
    list.append(list.firstElementChild!.cloneNode(true));
    await wait(60);
    expect(rec.observed.filter((m) => m.direction === 'in')).toHaveLength(2);
  });
});

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
describe('dates as Outlook shows them', () => {
  it.each<[string, string, number | undefined]>([
    ['Wed 11/18/2026 3:40 PM', 'en-US', local(2026, 11, 18, 15, 40)],
    ['Wed 11/18/2026 12:05 AM', 'en', local(2026, 11, 18, 0, 5)],
    ['18/11/2026 15:40', 'en-GB', local(2026, 11, 18, 15, 40)],
    ['05/11/2026 15:40', 'fr', local(2026, 11, 5, 15, 40)],
    ['05/11/2026', 'en-US', local(2026, 5, 11)],
    ['Mi 18.11.2026 15:40', 'de', local(2026, 11, 18, 15, 40)],
    ['ons 2026-11-18 15:40', 'sv', local(2026, 11, 18, 15, 40)],
    ['Mon 11/16/2026', 'en', local(2026, 11, 16)],
    ['Antworten', 'de', undefined],
    ['42.13.2026', 'de', undefined],
    ['Version 15.2.1258', 'en', undefined],
  ])('%s (%s)', (text, lang, want) => {
    expect(parseShownDate(text, lang)).toBe(want);
  });
});
