// A storage failure recorded by the background shows at the top of the popup,
// above the health banner, with the advice to export and a link to the export.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ActionsProvider } from '../../../src/ui/actions';
import { App } from '../../../src/popup/App';
import { NOW, reset } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));

type Chrome = { chrome: Record<string, unknown> };
let stored: Record<string, unknown>;

beforeEach(async () => {
  await reset();
  stored = {};
  (globalThis as Chrome).chrome.storage = {
    local: {
      get: async (keys: string | string[]) =>
        Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in stored).map((k) => [k, stored[k]])),
      remove: async (key: string) => {
        delete stored[key];
      },
    },
  };
});
afterEach(() => {
  cleanup();
  (globalThis as Chrome).chrome.storage = undefined;
});

const renderPopup = () => render(<ActionsProvider><App now={NOW} /></ActionsProvider>);

describe('popup storage alert', () => {
  it('shows the error first, above the health banner, with the advice and a link to the export', async () => {
    stored = {
      storageError: { message: 'QuotaExceededError: quota exceeded', at: NOW },
      'health:gmail': { roles: { sendButton: false }, at: NOW },
    };
    renderPopup();
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [first, second] = screen.getAllByRole('alert');
    expect(first!.textContent).toContain('QuotaExceededError: quota exceeded');
    expect(first!.textContent).toContain('Download a backup now');
    expect(second!.textContent).toContain('Automatic logging may miss messages on Gmail');
    const link = screen.getByRole('link', { name: 'Export a backup' });
    expect(link.getAttribute('href')).toBe('../options/index.html#data');
    expect(document.querySelector('main')!.firstElementChild).toBe(first);
  });

  it('can be dismissed, which forgets the error', async () => {
    stored = { storageError: { message: 'UnknownError: backing store', at: NOW } };
    renderPopup();
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(stored).toEqual({});
  });

  it('shows nothing when no error was recorded', async () => {
    renderPopup();
    await screen.findByText('Start your follow-up ledger');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
