import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ActionsProvider } from '../../../src/ui/actions';
import { App } from '../../../src/popup/App';
import { pageDb } from '../../../src/ui/ledger';
import { request } from '../../../src/messaging/client';
import { NOW, contact, reset, touch } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));
const sent = vi.mocked(request);

const renderPopup = () => render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
const group = (id: string) => document.querySelector<HTMLElement>(`section[data-group="${id}"]`);

beforeEach(async () => {
  await reset();
  sent.mockClear();
});
afterEach(cleanup);

describe('popup agenda', () => {
  it('shows what a sync pass brought from another browser while it is open', async () => {
    type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;
    const listeners: Listener[] = [];
    const chrome = (globalThis as unknown as { chrome: Record<string, unknown> }).chrome;
    chrome.storage = {
      local: { get: async () => ({}) },
      onChanged: { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined },
    };
    try {
      await pageDb().contacts.add(contact('Nora Nudge', 'nudge-due'));
      renderPopup();
      await screen.findByText('Nora Nudge');
      // The worker applies another browser's contact, then records the pass.
      await pageDb().contacts.add(contact('Grace From Laptop', 'nudge-due'));
      const state = { status: 'ok', pending: 0, failures: 0, quarantined: 0, lastSyncedAt: NOW, appliedAt: NOW };
      for (const l of listeners) l({ syncState: { newValue: state, oldValue: { ...state, appliedAt: undefined } } }, 'local');
      expect(await screen.findByText('Grace From Laptop')).toBeTruthy();
    } finally {
      delete chrome.storage;
    }
  });

  it('shows each section under its own heading, due ones first, later ones collapsed', async () => {
    await pageDb().contacts.bulkAdd([
      contact('Wes Waiting', 'waiting'), contact('Nora Nudge', 'nudge-due'), contact('Dana Final', 'final-due'),
      contact('Ray Reply', 'reply-owed'), contact('Cam Back', 'came-back'), contact('Rita Reject', 'referral-ask-due'),
      contact('Chet Checkin', 'check-in-due'), contact('Lee Gone', 'let-go'), contact('Sam Snooze', 'snoozed'),
    ]);
    renderPopup();
    await screen.findByText('Lee Gone');
    await waitFor(() => expect(document.querySelectorAll('main h2')).toHaveLength(9));
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent?.replace(/\s*\d+$/, ''));
    expect(headings).toEqual([
      'Final reach-out due', 'Nudge due', 'You owe a reply', 'Came back', 'Referral duties', 'Check in',
      'Waiting', 'Snoozed', 'Let go',
    ]);
    expect(within(group('final-due')!).getByText('Dana Final')).toBeTruthy();
    expect(within(group('final-due')!).getByText('final reach-out')).toBeTruthy();
    expect(within(group('nudge-due')!).getByText('nudge 1 of 2')).toBeTruthy();
    expect(group('let-go')!.querySelector('details')!.open).toBe(false);
    expect(within(group('let-go')!).getByText('Lee Gone')).toBeTruthy();
  });

  it('says it is busy until every group has answered, not only the first', async () => {
    await pageDb().contacts.bulkAdd([contact('Dana Final', 'final-due'), contact('Ray Reply', 'reply-owed'), contact('Lee Gone', 'let-go')]);
    renderPopup();
    expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('false'));
    expect(within(group('final-due')!).getByText('Dana Final')).toBeTruthy();
    expect(within(group('reply-owed')!).getByText('Ray Reply')).toBeTruthy();
    expect(within(group('let-go')!).getByText('Lee Gone')).toBeTruthy();
  });

  it('keeps "Show more" while rows remain, past the heading\'s count cap', async () => {
    await pageDb().contacts.bulkAdd(Array.from({ length: 130 }, (_, i) => contact(`Person ${i}`, 'nudge-due', { dueAt: NOW - 1_000 + i })));
    renderPopup();
    await screen.findByText('Person 0');
    expect(within(group('nudge-due')!).getByText('100+')).toBeTruthy();
    for (let shown = 10; shown < 130; shown += 20) {
      fireEvent.click(within(group('nudge-due')!).getByRole('button', { name: /^Show \d+ more$/ }));
      await waitFor(() => expect(group('nudge-due')!.querySelectorAll('li.row')).toHaveLength(Math.min(130, shown + 20)));
    }
    expect(within(group('nudge-due')!).queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    expect(within(group('nudge-due')!).getByText('130')).toBeTruthy();
  });

  it('renders a name made of markup as text', async () => {
    await pageDb().contacts.add(contact('<img src=x onerror=alert(1)>', 'nudge-due'));
    renderPopup();
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('main img')).toBeNull();
  });

  it('shows 10 rows of a long section first, then 20 more per "Show more"', async () => {
    await pageDb().contacts.bulkAdd(Array.from({ length: 45 }, (_, i) => contact(`Person ${i}`, 'nudge-due', { dueAt: NOW - i })));
    renderPopup();
    await screen.findByText('Person 44');
    expect(group('nudge-due')!.querySelectorAll('li.row')).toHaveLength(10);
    fireEvent.click(within(group('nudge-due')!).getByRole('button', { name: 'Show 20 more' }));
    await waitFor(() => expect(group('nudge-due')!.querySelectorAll('li.row')).toHaveLength(30));
    expect(within(group('nudge-due')!).getByText('45')).toBeTruthy();
  });

  it('tells a new user how to begin', async () => {
    renderPopup();
    expect(await screen.findByText('Start your follow-up ledger')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import contacts' })).toBeTruthy();
  });

  it('says all caught up when contacts exist but nothing is due', async () => {
    await pageDb().contacts.add(contact('Wes Waiting', 'waiting'));
    renderPopup();
    expect(await screen.findByText(/All caught up/)).toBeTruthy();
  });

  it('links to the latest thread only when it is an https link', async () => {
    const [a, b] = [contact('Has Link', 'nudge-due'), contact('Bad Link', 'nudge-due')];
    await pageDb().contacts.bulkAdd([a, b]);
    await pageDb().touches.bulkAdd([
      touch(a.id!, { threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc' }),
      touch(b.id!, { threadUrl: 'javascript:alert(1)' }),
    ]);
    renderPopup();
    const row = (await screen.findByText('Has Link')).closest('li')!;
    await waitFor(() => expect(within(row).getByRole('link', { name: 'Open conversation' }).getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#inbox/abc'));
    const bad = screen.getByText('Bad Link').closest('li')!;
    expect(within(bad).queryByRole('link', { name: 'Open conversation' })).toBeNull();
  });
});

const openRow = async (name: string) => (await screen.findByText(name)).closest('li')!;

describe('row actions', () => {
  it.each([
    ['Mark replied', { type: 'contact.action', action: 'mark-replied' }],
    ['Let go now', { type: 'contact.action', action: 'let-go' }],
    ['Keep warm', { type: 'contact.action', action: 'keep-warm' }],
    ['Never track this person', { type: 'ignore.add', value: 'nora@beta.example' }],
    ['Never track @beta.example', { type: 'ignore.add', value: '@beta.example' }],
  ])('"%s" sends the matching request', async (label, msg) => {
    const c = contact('Nora Nudge', 'nudge-due');
    await pageDb().contacts.add(c);
    await pageDb().identities.add({ contactId: c.id!, kind: 'email', value: 'nora@beta.example' });
    renderPopup();
    const row = await openRow('Nora Nudge');
    await waitFor(() => within(row).getByText('nora@beta.example'));
    fireEvent.click(within(row).getByRole('button', { name: 'More actions' }));
    fireEvent.click(within(row).getByRole('button', { name: label }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith(expect.objectContaining({ ...msg, contactId: c.id })));
  });

  it.each([
    ['Call', 'out'], ['Meeting', 'in'], ['Text message', 'out'], ['Article shared', 'out'], ['Cancellation', 'in'],
    ['Reschedule', 'in'], ['Rejection', 'in'], ['Referral given', 'in'], ['Deal', 'in'],
  ])('logs a %s by hand', async (label, direction) => {
    const c = contact('Nora Nudge', 'nudge-due');
    await pageDb().contacts.add(c);
    renderPopup();
    const row = await openRow('Nora Nudge');
    fireEvent.click(within(row).getByRole('button', { name: 'Log…' }));
    fireEvent.click(within(row).getByRole('button', { name: label }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith(expect.objectContaining({ type: 'touch.log', contactId: c.id, direction })));
  });

  it('snoozes until the start of the chosen day', async () => {
    const c = contact('Nora Nudge', 'nudge-due');
    await pageDb().contacts.add(c);
    renderPopup();
    const row = await openRow('Nora Nudge');
    fireEvent.click(within(row).getByRole('button', { name: 'Snooze' }));
    fireEvent.click(within(row).getByRole('button', { name: 'For 3 days' }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith({
      type: 'contact.action', contactId: c.id, action: 'snooze', until: new Date(2026, 10, 5).getTime(),
    }));
  });

  it('re-queries after a write: the view follows the ledger', async () => {
    const c = contact('Nora Nudge', 'nudge-due');
    await pageDb().contacts.add(c);
    // The background would move the contact; here the mock does.
    sent.mockImplementationOnce(async () => {
      await pageDb().contacts.update(c.id!, { section: 'let-go', stage: 'let-go' });
      return { ok: true, value: null };
    });
    renderPopup();
    const row = await openRow('Nora Nudge');
    fireEvent.click(within(row).getByRole('button', { name: 'More actions' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Let go now' }));
    await waitFor(() => expect(within(group('let-go')!).getByText('Nora Nudge')).toBeTruthy());
    expect(group('nudge-due')).toBeNull();
  });

  it('shows the error when the background refuses', async () => {
    await pageDb().contacts.add(contact('Nora Nudge', 'nudge-due'));
    sent.mockResolvedValueOnce({ ok: false, code: 'ledger', error: 'contact 1 not found' });
    renderPopup();
    const row = await openRow('Nora Nudge');
    fireEvent.click(within(row).getByRole('button', { name: 'More actions' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Mark replied' }));
    expect(await screen.findByText('That did not work: contact 1 not found')).toBeTruthy();
  });

  it('closes a menu with Escape and gives focus back to its button', async () => {
    await pageDb().contacts.add(contact('Nora Nudge', 'nudge-due'));
    renderPopup();
    const row = await openRow('Nora Nudge');
    const button = within(row).getByRole('button', { name: 'Log…' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(within(row).getByRole('button', { name: 'Call' }), { key: 'Escape' });
    await waitFor(() => expect(within(row).queryByRole('button', { name: 'Call' })).toBeNull());
    expect(document.activeElement).toBe(button);
  });
});
