import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ActionsProvider } from '../../../src/ui/actions';
import { App } from '../../../src/popup/App';
import { pageDb } from '../../../src/ui/ledger';
import { request } from '../../../src/messaging/client';
import { DAY_MS } from '../../../src/core/types';
import { NOW, contact, reset, touch } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));
const sent = vi.mocked(request);

beforeEach(async () => {
  await reset();
  sent.mockClear();
  (globalThis as { chrome: Record<string, unknown> }).chrome.storage = undefined;
});
afterEach(cleanup);

async function openDana() {
  const dana = contact('Dana Smith', 'nudge-due', { notes: 'Met at the fair', tags: ['investor'] });
  const other = contact('D. Smith (LinkedIn)', 'waiting');
  await pageDb().contacts.bulkAdd([dana, other]);
  await pageDb().identities.bulkAdd([
    { contactId: dana.id!, kind: 'email', value: 'dana@acme.example' },
    { contactId: dana.id!, kind: 'linkedin', value: 'https://www.linkedin.com/in/dana/', originContactId: 77 },
  ]);
  await pageDb().touches.bulkAdd([
    touch(dana.id!, { at: NOW - 9 * DAY_MS, subject: '<b>Intro</b>' }),
    touch(dana.id!, { at: NOW - 2 * DAY_MS, direction: 'in', autoReply: true, channel: 'linkedin' }),
  ]);
  render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
  fireEvent.click(await screen.findByRole('button', { name: 'Dana Smith' }));
  await screen.findByRole('heading', { name: 'Timeline' });
  return { dana, other };
}

async function openDanaWithReferral() {
  await reset();
  const out = await openDana();
  cleanup();
  await pageDb().referrals.add({ id: 5, referrerId: out.dana.id!, refereeId: out.other.id!, mayUseName: false, status: 'named', createdAt: NOW, dutyDueAt: NOW + DAY_MS });
  render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
  fireEvent.click(await screen.findByRole('button', { name: 'Dana Smith' }));
  await screen.findByText('Referred you to D. Smith (LinkedIn)');
  return out;
}

describe('contact view', () => {
  it('shows the whole timeline, newest first, subjects as text', async () => {
    await openDana();
    const items = document.querySelectorAll('.timeline li');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('auto-reply');
    expect(within(items[1] as HTMLElement).getByText('<b>Intro</b>')).toBeTruthy();
  });

  it('saves notes, tags and the per-contact cadence', async () => {
    const { dana } = await openDana();
    fireEvent.input(screen.getByLabelText('Notes', { exact: true }), { target: { value: 'Prefers calls' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'investor, warm' } });
    fireEvent.input(screen.getByLabelText(/Nudge intervals/), { target: { value: '5, 10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith({
      type: 'contact.update', contactId: dana.id,
      patch: { notes: 'Prefers calls', tags: ['investor', 'warm'], cadence: { nudgeIntervals: [5, 10] }, checkInEveryDays: null },
    }));
  });

  it('refuses a shrinking per-contact cadence', async () => {
    await openDana();
    fireEvent.input(screen.getByLabelText(/Nudge intervals/), { target: { value: '7, 3' } });
    expect(await screen.findByText(/Intervals cannot shrink/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('merges another contact into this one, and undoes an earlier merge', async () => {
    const { dana, other } = await openDana();
    fireEvent.input(screen.getByLabelText('Merge another contact into this one'), { target: { value: 'linkedin' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Merge into this contact' }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'contact.merge', intoId: dana.id, fromId: other.id }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo merge' }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'contact.unmerge', contactId: 77 }));
  });

  it('records a referral from this contact, with permission to use the name', async () => {
    const { dana, other } = await openDana();
    fireEvent.click(screen.getByLabelText('You may mention their name'));
    fireEvent.input(screen.getByLabelText(/Record a referral from Dana Smith/), { target: { value: 'linkedin' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Referred me' }));
    await waitFor(() => expect(sent).toHaveBeenCalledWith(expect.objectContaining({
      type: 'referral.save', referrerId: dana.id, refereeId: other.id, mayUseName: true, status: 'named',
    })));
  });

  it('moves a referral along: a deal is recorded on the referral', async () => {
    cleanup();
    const { dana } = await openDanaWithReferral();
    fireEvent.change(screen.getByLabelText('Referral status'), { target: { value: 'deal' } });
    await waitFor(() => expect(sent).toHaveBeenCalledWith(expect.objectContaining({ type: 'referral.save', id: 5, referrerId: dana.id, status: 'deal' })));
  });

  it('goes back to the agenda', async () => {
    await openDana();
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(await screen.findByRole('heading', { name: /Nudge due/ })).toBeTruthy();
  });
});

describe('search and health', () => {
  it('finds contacts by name across the ledger', async () => {
    await pageDb().contacts.bulkAdd([contact('Dana Smith', 'let-go'), contact('Ray Jones', 'waiting')]);
    render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
    fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'dana' } });
    const results = await screen.findByRole('heading', { name: 'Search results' });
    await waitFor(() => expect(within(results.closest('section')!).getByText('Dana Smith')).toBeTruthy());
    expect(within(results.closest('section')!).queryByText('Ray Jones')).toBeNull();
  });

  it('says in plain words which site is degraded', async () => {
    (globalThis as { chrome: Record<string, unknown> }).chrome.storage = {
      local: {
        get: async () => ({
          'health:gmail': { roles: { compose: true }, at: NOW },
          'health:outlook': { roles: { compose: true, sendButton: false }, at: NOW },
        }),
      },
    };
    render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Automatic logging may miss messages on Outlook');
    expect(alert.textContent).not.toContain('Gmail');
  });
});
