// The popup queries its groups in order of importance (the first two, then
// the other due ones, then the collapsed ones): one group whose query fails
// must not hold back the groups after it, nor leave the agenda busy.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { ActionsProvider } from '../../../src/ui/actions';
import { App } from '../../../src/popup/App';
import { pageDb } from '../../../src/ui/ledger';
import { NOW, contact, reset } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));
vi.mock('../../../src/ledger/queries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/ledger/queries')>();
  return {
    ...real,
    agendaSection: (...args: Parameters<typeof real.agendaSection>) =>
      args[1] === 'nudge-due' ? Promise.reject(new Error('QuotaExceededError')) : real.agendaSection(...args),
  };
});

beforeEach(reset);
afterEach(cleanup);

it('a failed group counts as empty: the due and collapsed groups after it still load', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await pageDb().contacts.bulkAdd([
    contact('Dana Final', 'final-due'), contact('Nora Nudge', 'nudge-due'), contact('Ray Reply', 'reply-owed'), contact('Lee Gone', 'let-go'),
  ]);
  render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
  expect(await screen.findByText('Ray Reply')).toBeTruthy();
  expect(await screen.findByText('Lee Gone')).toBeTruthy();
  await waitFor(() => expect(document.querySelector('main')!.getAttribute('aria-busy')).toBe('false'));
  expect(screen.getByText('Dana Final')).toBeTruthy();
  expect(screen.queryByText('Nora Nudge')).toBeNull();
  expect(logged).toHaveBeenCalledWith('[nudgeline] agenda query failed', 'nudge-due', expect.any(Error));
  logged.mockRestore();
});
