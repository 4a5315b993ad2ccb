// While the mailbox's address is not on the page, the adapter looks for it
// over the whole document at most every 2 s, not on every mutation.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { readAccount } from '../../../src/sites/outlook/page';
import { loadFixture, record, wait, type Recorder } from '../linkedin/harness';

vi.mock('../../../src/sites/outlook/page', async (importOriginal) => {
  const page = await importOriginal<typeof import('../../../src/sites/outlook/page')>();
  return { ...page, readAccount: vi.fn<typeof page.readAccount>(page.readAccount) };
});

let rec: Recorder;
afterEach(() => {
  rec?.controller.abort();
  vi.restoreAllMocks();
  vi.mocked(readAccount).mockClear();
});

describe('outlook account lookup', () => {
  it('is retried at most every 2 s while missing, then found and kept', async () => {
    let now = 1_800_000_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    loadFixture('outlook/2026-11-compose.html', 'https://outlook.office.com/mail/inbox');
    const manager = document.querySelector('#mectrl_main_body')!;
    manager.remove();
    document.querySelector('[role=tree]')?.remove();
    rec = record();
    createOutlookAdapter({ delayMs: 5, healthCheckMs: 10_000 }).start(rec.ctx);
    const compose = document.querySelector('[data-app-section="MailCompose"]')!;
    const host = compose.parentElement!;
    for (let i = 0; i < 5; i++) {
      host.append(compose.cloneNode(true));
      await wait(15);
    }
    expect(vi.mocked(readAccount)).toHaveBeenCalledTimes(1);
    document.body.prepend(manager);
    now += 2_001;
    host.append(compose.cloneNode(true));
    await wait(15);
    expect(vi.mocked(readAccount)).toHaveBeenCalledTimes(2);
    now += 10_000;
    host.append(compose.cloneNode(true));
    await wait(15);
    expect(vi.mocked(readAccount)).toHaveBeenCalledTimes(2);
    expect(rec.lastHealth()['account']).toBe(true);
  });
});
