// While the signed-in account (LinkedIn's member, Outlook's mailbox address)
// is not on the page, each adapter looks for it over the whole document at
// most every 2 s, not on every mutation; once found it is kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinkedinAdapter } from '../../../src/sites/linkedin/adapter';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { readAccount as readLinkedinAccount } from '../../../src/sites/linkedin/page';
import { readAccount as readOutlookAccount } from '../../../src/sites/outlook/page';
import { loadFixture, record, wait, type Recorder } from '../linkedin/harness';

vi.mock('../../../src/sites/linkedin/page', async (importOriginal) => {
  const page = await importOriginal<typeof import('../../../src/sites/linkedin/page')>();
  return { ...page, readAccount: vi.fn<typeof page.readAccount>(page.readAccount) };
});
vi.mock('../../../src/sites/outlook/page', async (importOriginal) => {
  const page = await importOriginal<typeof import('../../../src/sites/outlook/page')>();
  return { ...page, readAccount: vi.fn<typeof page.readAccount>(page.readAccount) };
});

interface Site {
  /** the fixture, loaded without the account, which is handed back to put it on the page later */
  load(): Element;
  start(rec: Recorder): void;
  /** one page change that makes the adapter look again */
  change(): void;
  readAccount: (doc: ParentNode) => unknown;
}

const linkedin: Site = {
  load() {
    loadFixture('linkedin/2026-11-messaging.html', 'https://www.linkedin.com/messaging/thread/2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==/');
    const me = document.querySelector('.global-nav__me')!;
    me.remove();
    return me;
  },
  start: (rec) => createLinkedinAdapter({ settleMs: 60, delayMs: 5, healthCheckMs: 10_000 }).start(rec.ctx),
  // A new message form to visit.
  change() {
    const form = document.querySelector('form.msg-form')!;
    form.parentElement!.append(form.cloneNode(true));
  },
  readAccount: readLinkedinAccount,
};

const outlook: Site = {
  load() {
    loadFixture('outlook/2026-11-compose.html', 'https://outlook.office.com/mail/inbox');
    const manager = document.querySelector('#mectrl_main_body')!;
    manager.remove();
    document.querySelector('[role=tree]')?.remove();
    return manager;
  },
  start: (rec) => createOutlookAdapter({ delayMs: 5, healthCheckMs: 10_000 }).start(rec.ctx),
  change() {
    const compose = document.querySelector('[data-app-section="MailCompose"]')!;
    compose.parentElement!.append(compose.cloneNode(true));
  },
  readAccount: readOutlookAccount,
};

let rec: Recorder;
afterEach(() => {
  rec?.controller.abort();
  vi.restoreAllMocks();
  vi.mocked(readLinkedinAccount).mockClear();
  vi.mocked(readOutlookAccount).mockClear();
});

describe('account lookup', () => {
  it.each([['linkedin', linkedin], ['outlook', outlook]] as const)('%s: retried at most every 2 s while missing, then found and kept', async (_, site) => {
    let now = 1_800_000_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const account = site.load();
    rec = record();
    site.start(rec);
    // A burst of page changes.
    for (let i = 0; i < 5; i++) {
      site.change();
      await wait(15);
    }
    expect(vi.mocked(site.readAccount)).toHaveBeenCalledTimes(1);
    // The account appears; the next look after 2 s finds it, and it is never looked up again.
    document.body.prepend(account);
    now += 2_001;
    site.change();
    await wait(15);
    expect(vi.mocked(site.readAccount)).toHaveBeenCalledTimes(2);
    now += 10_000;
    site.change();
    await wait(15);
    expect(vi.mocked(site.readAccount)).toHaveBeenCalledTimes(2);
    expect(rec.lastHealth()['account']).toBe(true);
  });
});
