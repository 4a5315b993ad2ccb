// With sync off (the default) writes reach no network at all: no request
// after the debounce, none on "sync now", and nothing in the change log.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { routeMessage } from '../../../src/background/route';
import { ledgerDb } from '../../../src/background/db-handle';
import { MON, sent } from '../ledger/helpers';

vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: vi.fn<() => Promise<object>>(async () => ({})),
        set: vi.fn<() => Promise<void>>(async () => undefined),
        remove: vi.fn<() => Promise<void>>(async () => undefined),
      },
    },
    alarms: { create: vi.fn<() => void>(), clear: vi.fn<() => Promise<boolean>>(async () => true) },
  },
}));
vi.mock('../../../src/background/changes', () => ({ onLedgerChanged: vi.fn<() => Promise<void>>(async () => undefined) }));

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const fetchSpy = vi.spyOn(globalThis, 'fetch');
afterAll(() => fetchSpy.mockRestore());

describe('sync off', () => {
  it('writes and "sync now" make no network request and log nothing', async () => {
    const gmail = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } };
    const popup = { id: ID, url: `${BASE}src/popup/index.html` };
    expect(await routeMessage({ type: 'observe', messages: [sent()] }, gmail, ID, BASE, MON)).toMatchObject({ ok: true });
    expect(await routeMessage({ type: 'contact.create', name: 'Sam', identities: [] }, popup, ID, BASE, MON)).toMatchObject({ ok: true });
    const now = await routeMessage({ type: 'sync.now' }, popup, ID, BASE, MON);
    expect(now).toMatchObject({ ok: true, value: { server: null, state: { status: 'off' } } });
    // Past the debounce after the last write.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(await ledgerDb().syncLog.count()).toBe(0);
    expect(await ledgerDb().contacts.count()).toBe(2);
  });
});
