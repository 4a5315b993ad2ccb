// While the signed-in member is not on the page, the adapter looks for it
// over the whole document at most every 2 s, not on every mutation.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkedinAdapter } from '../../../src/sites/linkedin/adapter';
import { readAccount } from '../../../src/sites/linkedin/page';
import { loadFixture, record, wait, type Recorder } from './harness';

vi.mock('../../../src/sites/linkedin/page', async (importOriginal) => {
  const page = await importOriginal<typeof import('../../../src/sites/linkedin/page')>();
  return { ...page, readAccount: vi.fn<typeof page.readAccount>(page.readAccount) };
});

const PAGE_URL = 'https://www.linkedin.com/messaging/thread/2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==/';
let rec: Recorder;
afterEach(() => {
  rec?.controller.abort();
  vi.restoreAllMocks();
  vi.mocked(readAccount).mockClear();
});

describe('linkedin account lookup', () => {
  it('is retried at most every 2 s while missing, then found and kept', async () => {
    let now = 1_800_000_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    loadFixture('linkedin/2026-11-messaging.html', PAGE_URL);
    const me = document.querySelector('.global-nav__me')!;
    me.remove();
    rec = record();
    createLinkedinAdapter({ settleMs: 60, delayMs: 5, healthCheckMs: 10_000 }).start(rec.ctx);
    const form = document.querySelector('form.msg-form')!;
    // A burst of page changes (each a new message form to visit).
    for (let i = 0; i < 5; i++) {
      form.parentElement!.append(form.cloneNode(true));
      await wait(15);
    }
    expect(vi.mocked(readAccount)).toHaveBeenCalledTimes(1);
    // The member appears; the next look after 2 s finds it, and it is never looked up again.
    document.body.prepend(me);
    now += 2_001;
    form.parentElement!.append(form.cloneNode(true));
    await wait(15);
    expect(vi.mocked(readAccount)).toHaveBeenCalledTimes(2);
    now += 10_000;
    form.parentElement!.append(form.cloneNode(true));
    await wait(15);
    expect(vi.mocked(readAccount)).toHaveBeenCalledTimes(2);
    expect(rec.lastHealth()['account']).toBe(true);
  });
});
