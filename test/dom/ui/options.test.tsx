import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ActionsProvider } from '../../../src/ui/actions';
import { App } from '../../../src/options/App';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { pageDb } from '../../../src/ui/ledger';
import { request } from '../../../src/messaging/client';
import { reset } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));
const sent = vi.mocked(request);

beforeEach(async () => {
  await reset();
  sent.mockClear();
  render(<ActionsProvider><App /></ActionsProvider>);
  await screen.findByLabelText('After attempt 3');
});
afterEach(cleanup);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label, { exact: typeof label === 'string' ? true : undefined }), { target: { value } });
const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
const saveSent = () => sent.mock.calls.filter(([m]) => m.type === 'settings.save');

describe('options page', () => {
  it('starts from the defaults and saves nothing until something changes', () => {
    expect((screen.getByLabelText('After attempt 2', { exact: true }) as HTMLInputElement).value).toBe('7');
    expect(saveButton().disabled).toBe(true);
  });

  it.each([
    ['a shrinking interval', 'After attempt 3', '5', /Intervals cannot shrink/],
    ['a zero interval', 'After attempt 1', '0', /Enter a number from 1 to 365/],
    ['a blank field', 'Attempts before the final reach-out', '', /Enter a whole number/],
    ['too many attempts', 'Attempts before the final reach-out', '11', /Enter a number from 1 to 10/],
    ['a let-go wait of zero', 'Days to wait after the final reach-out', '0', /Enter a number from 1 to 365/],
    ['a malformed holiday', 'Holidays', '2026-13-45', /^Write each date as YYYY-MM-DD/],
    ['an ignore entry that is not an address', 'Never track', 'not an address', /^Enter an email address, a domain/],
  ])('refuses %s with a clear message and never saves it', async (_what, label, value, message) => {
    type(label, value);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    fireEvent.submit(saveButton().closest('form')!);
    expect(saveSent()).toEqual([]);
  });

  it('saves valid settings through the background', async () => {
    type('Attempts before the final reach-out', '4');
    fireEvent.click(screen.getByRole('button', { name: 'Add an interval' }));
    type('After attempt 4', '30');
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());
    await waitFor(() => expect(saveSent()).toHaveLength(1));
    const saved = (saveSent()[0]![0] as { settings: typeof DEFAULT_SETTINGS }).settings;
    expect(saved.policy.attemptsBeforeFinal).toBe(4);
    expect(saved.policy.nudgeIntervals).toEqual([3, 7, 14, 30]);
    expect(await screen.findByText('All changes saved.')).toBeTruthy();
  });

  it('shows the background refusal and keeps the change unsaved', async () => {
    // Other cards (sync status) talk to the background too: refuse the save itself.
    const answer = sent.getMockImplementation()!;
    sent.mockImplementation(async (m) => ((m as { type: string }).type === 'settings.save' ? { ok: false, code: 'ledger', error: 'invalid settings' } : answer(m)));
    try {
      type('Attempts before the final reach-out', '4');
      fireEvent.click(saveButton());
      expect(await screen.findByText('Not saved: invalid settings')).toBeTruthy();
      expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
    } finally {
      sent.mockImplementation(answer);
    }
  });

  it('reads the stored settings', async () => {
    cleanup();
    await pageDb().settings.put({ key: 'settings', value: { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy, nudgeIntervals: [2, 5] } } });
    render(<ActionsProvider><App /></ActionsProvider>);
    expect(((await screen.findByLabelText('After attempt 2', { exact: true })) as HTMLInputElement).value).toBe('5');
    expect(screen.queryByLabelText('After attempt 3', { exact: true })).toBeNull();
  });

  it('warns when a template reads like an ultimatum', async () => {
    type('Final reach-out', 'Consider this your final notice.');
    expect((await screen.findByText(/reads like an ultimatum/)).textContent).toContain('final notice');
  });

  it('deletes everything only after DELETE is typed', async () => {
    const button = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    type('Type DELETE to confirm', 'DELETE');
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ type: 'ledger.wipe', confirm: 'DELETE' }));
  });
});
