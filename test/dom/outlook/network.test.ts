// Outlook's service calls as the page-world script sees them, replayed from
// the dated request/response fixtures in test/fixtures/outlook/network/
// (each file's _modelledOn says what it is based on): sends in every shape
// become `sent` with To only, auto-saves and refused sends never do, a draft
// sent unchanged keeps the recipients of its auto-save, conversation loads
// become `messages`, unknown shapes `unrecognized`, and nothing throws or
// carries a body. Then the content script's check of what is posted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { asOutlookReport, type OutlookReport } from '../../../src/sites/outlook/network';
import { watchOutlook } from '../../../src/sites/outlook/page-watch';
import { loadNetFixture, replay, stubNetwork, type NetFixture } from './net-fixtures';

const strip = (r: OutlookReport) => (r.type === 'refused' ? { type: r.type } : { ...r, at: 0 });
const SENDS = readdirSync('test/fixtures/outlook/network').filter((f) => f.includes('item-') && !f.includes('unchanged'));

describe('outlook service calls in the page world', () => {
  let seen: OutlookReport[];
  let restore: () => void;
  beforeEach(() => {
    restore = stubNetwork();
  });
  afterEach(() => restore());
  // Each test's watch posts into its own list (wrappers of earlier tests are gone with the stubs).
  let alive = 0;
  const watch = () => {
    const mine: OutlookReport[] = [];
    seen = mine;
    alive = 0;
    watchOutlook((r) => (r.type === 'alive' ? alive++ : mine.push(r)));
  };

  it('says once that it runs', async () => {
    watch();
    await replay(loadNetFixture('2026-12-createitem-new.json'));
    expect(alive).toBe(1);
  });

  it.each(SENDS)('%s', async (file) => {
    const fx = loadNetFixture(file);
    watch();
    await replay(fx);
    const sends = seen.filter((r) => r.type === 'sent' || r.type === 'refused');
    // Exactly the fixture's expectation (a refused send: whom it was for does not matter).
    expect(sends.map(strip)).toEqual(fx.expect ? [fx.expect.type === 'sent' ? { ...fx.expect, at: 0 } : fx.expect] : []);
    // Cc, Bcc and the body never leave the page world.
    expect(JSON.stringify(seen)).not.toMatch(/lena\.hofmann|body omitted|omitted/);
  });

  it('a draft sent unchanged is sent to the recipients of its last auto-save, once', async () => {
    watch();
    await replay(loadNetFixture('2026-12-createitem-saveonly.json'));
    await replay(loadNetFixture('2026-12-updateitem-saveonly.json'));
    await replay(loadNetFixture('2026-12-updateitem-send-unchanged.json'));
    expect(seen).toEqual([{
      type: 'sent', at: expect.any(Number), subject: 'Budget review', itemId: 'AAMkADAwATMwMAItDRAFT01', newMail: true,
      to: [{ email: 'sam.okafor@fernhill-analytics.example', name: 'Sam Okafor' }, { email: 'priya.v@fernhill-analytics.example', name: 'Priya Venkataraman' }],
    }]);
  });

  it('the same send through XMLHttpRequest', async () => {
    watch();
    await replay(loadNetFixture('2026-12-createitem-new.json'), 'xhr');
    expect(seen).toMatchObject([{ type: 'sent', subject: 'Pilot proposal: next steps' }]);
  });

  it('a send answered with a server error status is refused', async () => {
    watch();
    await replay({ ...loadNetFixture('2026-12-createitem-new.json'), status: 503, response: { error: 'busy' } });
    expect(seen).toMatchObject([{ type: 'refused' }]);
  });

  it('a conversation load gives each message with its sender, time, item id; the out-of-office flagged', async () => {
    watch();
    await replay(loadNetFixture('2026-12-getconversationitems.json'));
    expect(seen).toHaveLength(1);
    const items = (seen[0] as Extract<OutlookReport, { type: 'messages' }>).items;
    expect(items.map((m) => [m.itemId, m.from.email, new Date(m.at).toISOString(), m.auto ?? false])).toEqual([
      ['AAMkADAwATMwMAItREPLY02', 'priya.v@fernhill-analytics.example', '2026-11-19T08:05:00.000Z', false],
      ['AAMkADAwATMwMAItOOF01', 'sam.okafor@fernhill-analytics.example', '2026-11-18T14:41:00.000Z', true],
      ['AAMkADAwATMwMAItREPLY01', 'priya.v@fernhill-analytics.example', '2026-11-18T14:40:00.000Z', false],
      ['AAMkADAwATMwMAItSENT01', 'jordan.reyes@northwind-labs.example', '2026-11-16T09:12:00.000Z', false],
    ]);
    expect(items[0]).toMatchObject({ convId: expect.stringMatching(/^AAQk/), subject: 'RE: Pilot proposal: next steps' });
  });

  it.each<[string, Partial<NetFixture>]>([
    ['a body that is not JSON', { payload: 'Subject=hello', form: 'raw' }],
    ['JSON without a Body', { payload: { Items: [] } }],
    ['a send without Items', { payload: { Body: { MessageDisposition: 'SendAndSaveCopy' } } }],
    ['an answer that is not ResponseMessages', { response: { ok: true } }],
  ])('%s is reported as unrecognized, never thrown', async (_, change) => {
    watch();
    await expect(replay({ ...loadNetFixture('2026-12-createitem-new.json'), ...change })).resolves.toBeDefined();
    expect(seen).toEqual([{ type: 'unrecognized', action: 'CreateItem' }]);
  });

  it('ignores calls that are no mail and other actions', async () => {
    watch();
    const fx = loadNetFixture('2026-12-createitem-new.json');
    await replay({ ...fx, payload: { Body: { Items: [{ __type: 'CalendarItem:#Exchange' }], SendMeetingInvitations: 'SendToAll' } } });
    await replay({ ...fx, url: 'https://outlook.office.com/owa/service.svc?action=FindConversation&app=Mail' });
    expect(seen).toEqual([]);
  });
});

describe('outlook page reports in the content script', () => {
  it.each<[string, unknown, unknown]>([
    ['a send, lowercased, junk dropped',
      { type: 'sent', at: 1, to: [{ email: 'A@B.example', name: 'A' }, 'x', { email: 'no-at' }], subject: 'S', body: 'x' },
      { type: 'sent', at: 1, to: [{ email: 'a@b.example', name: 'A' }], subject: 'S' }],
    ['a send without a time', { type: 'sent', to: [] }, undefined],
    ['an oversized id', { type: 'sent', at: 1, to: [], itemId: 'x'.repeat(300) }, { type: 'sent', at: 1, to: [] }],
    ['messages, the malformed ones dropped',
      { type: 'messages', items: [{ itemId: 'i', from: { email: 'p@q.example' }, at: 5, auto: true }, { itemId: 'j', at: 5 }] },
      { type: 'messages', items: [{ itemId: 'i', from: { email: 'p@q.example' }, at: 5, auto: true }] }],
    ['unrecognized', { type: 'unrecognized', action: 'CreateItem' }, { type: 'unrecognized', action: 'CreateItem' }],
    ['unrecognized with a strange action', { type: 'unrecognized', action: '<script>' }, undefined],
    ['alive', { type: 'alive', extra: 1 }, { type: 'alive' }],
    ['another type', { type: 'account', email: 'x@y.example' }, undefined],
    ['not an object', 'sent', undefined],
  ])('%s', (_, input, want) => {
    expect(asOutlookReport(input)).toEqual(want);
  });
});
