// The background's boundary: wrong senders and wrong shapes are refused and
// write nothing; accepted requests reach the ledger and reply after commit.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { routeMessage } from '../../../src/background/route';
import { onLedgerChanged } from '../../../src/background/changes';
import { ledgerDb } from '../../../src/background/db-handle';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { MON, dump, received, sent } from '../ledger/helpers';

vi.mock('webextension-polyfill', () => ({
  default: { storage: { local: { set: vi.fn<() => Promise<void>>(async () => undefined) } }, alarms: { create: vi.fn<() => void>() } },
}));
vi.mock('../../../src/background/changes', () => ({ onLedgerChanged: vi.fn<() => Promise<void>>(async () => undefined) }));

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const gmailTab = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } };
const linkedinTab = { id: ID, url: 'https://www.linkedin.com/messaging/', tab: { id: 4 } };
const popup = { id: ID, url: `${BASE}src/popup/index.html` };
const route = (raw: unknown, sender: object) => routeMessage(raw, sender, ID, BASE, MON);
const db = ledgerDb();

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('refused before anything is written', () => {
  const observeMsg = { type: 'observe', messages: [sent()] };
  it.each([
    ['another extension', observeMsg, { ...gmailTab, id: 'x'.repeat(32) }, /^refused/, 'refused'],
    ['a page on an unsupported host', observeMsg, { id: ID, url: 'https://evil.example/', tab: { id: 1 } }, /^refused/, 'refused'],
    ['a supported host without a tab', observeMsg, { id: ID, url: 'https://mail.google.com/' }, /^refused/, 'refused'],
    ['a content script speaking for another site', observeMsg, linkedinTab, /^refused: site mismatch/, 'refused'],
    ['a content script editing the ledger', { type: 'contact.create', name: 'X', identities: [] }, gmailTab, /^invalid/, 'invalid'],
    ['a page sending a content message', observeMsg, popup, /^invalid/, 'invalid'],
    ['a malformed observation', { type: 'observe', messages: [{ ...sent(), to: 'dana' }] }, gmailTab, /^invalid/, 'invalid'],
    ['an extra field', { type: 'observe', messages: [{ ...sent(), body: 'the whole email' }] }, gmailTab, /^invalid/, 'invalid'],
    ['invalid settings', { type: 'settings.save', settings: { ...DEFAULT_SETTINGS, snippets: 'yes' } }, popup, /invalid settings/, 'ledger'],
    ['an action on a missing contact', { type: 'contact.action', contactId: 42, action: 'archive' }, popup, /not found/, 'ledger'],
    ['a wipe without confirmation', { type: 'ledger.wipe', confirm: 'yes' }, popup, /^invalid/, 'invalid'],
    ['a per-contact cadence whose intervals shrink', { type: 'contact.update', contactId: 1, patch: { cadence: { nudgeIntervals: [14, 3] } } }, popup, /^invalid message: patch\.cadence\.nudgeIntervals: intervals never shrink/, 'invalid'],
  ])('%s', async (_, raw, sender, error, code) => {
    await route({ type: 'observe', messages: [sent({ eventId: 'seed', messageId: 'seed' })] }, gmailTab);
    const before = await dump(db);
    vi.mocked(onLedgerChanged).mockClear();
    const reply = await route(raw, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error), code });
    expect(await dump(db)).toEqual(before);
    expect(onLedgerChanged).not.toHaveBeenCalled();
  });
});

const dana = async () => (await db.contacts.toArray())[0]!;

describe('agenda.refresh', () => {
  // A popup opened on a new day before the worker's catch-up committed.
  it('brings stages up to today once, and only when the last recompute was on another day', async () => {
    const DAY = 86_400_000;
    await route({ type: 'observe', messages: [sent()] }, gmailTab);
    expect((await dana()).section).toBe('waiting');
    const later = MON + 7 * DAY;
    expect(await routeMessage({ type: 'agenda.refresh' }, popup, ID, BASE, later)).toEqual({ ok: true, value: true });
    expect((await dana()).section).toBe('nudge-due');
    expect(await routeMessage({ type: 'agenda.refresh' }, popup, ID, BASE, later + 60_000)).toEqual({ ok: true, value: false });
    expect(await routeMessage({ type: 'agenda.refresh' }, gmailTab, ID, BASE, later)).toMatchObject({ ok: false });
  });
});

describe('accepted requests', () => {
  it('observe from the gmail tab is stored before the reply, once however often it is sent', async () => {
    const msg = { type: 'observe', messages: [sent(), received()] };
    vi.mocked(onLedgerChanged).mockClear();
    const replies = await Promise.all([route(msg, gmailTab), route(msg, gmailTab), route(msg, gmailTab)]);
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(await db.touches.count()).toBe(2);
    expect(onLedgerChanged).toHaveBeenCalledTimes(3);
  });

  it('lookup, retract, and page actions reach the ledger', async () => {
    await route({ type: 'observe', messages: [sent()] }, gmailTab);
    expect(await route({ type: 'lookup', site: 'gmail', people: [{ email: 'dana@example.com' }, { email: 'x@y.example' }] }, gmailTab))
      .toEqual({ ok: true, value: [true, false] });
    const created = await route({ type: 'contact.create', name: 'Lee', identities: [{ email: 'lee@example.com' }] }, popup);
    expect(created).toMatchObject({ ok: true, value: expect.any(Number) });
    const logged = await route({ type: 'touch.log', contactId: (created as { value: number }).value, kind: 'call', direction: 'out', at: MON }, popup);
    expect(logged.ok).toBe(true);
    expect(await route({ type: 'retract', site: 'gmail', eventId: 'ev-1' }, gmailTab)).toEqual({ ok: true, value: 1 });
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Lee']);
  });

  it('a settings save hands the snippets preference to content scripts before it replies; a touch does not', async () => {
    const set = vi.mocked(browser.storage.local.set);
    set.mockClear();
    await route({ type: 'observe', messages: [sent()] }, gmailTab);
    expect(set).not.toHaveBeenCalled();
    expect(await route({ type: 'settings.save', settings: { ...DEFAULT_SETTINGS, snippets: true } }, popup)).toMatchObject({ ok: true });
    expect(set).toHaveBeenLastCalledWith({ prefs: { snippets: true } });
    await route({ type: 'settings.save', settings: { ...DEFAULT_SETTINGS, snippets: false } }, popup);
    expect(set).toHaveBeenLastCalledWith({ prefs: { snippets: false } });
  });
});
