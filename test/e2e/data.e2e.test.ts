// Import and export through the options page (DataPanel): a LinkedIn export
// is previewed then written; a refused file writes nothing; a backup
// downloaded, wiped and restored downloads again identical.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, ledgerCounts, ledgerDump, until, type Ext } from './harness';

/** A backup without the moment it was made. */
const strip = (s: string) => ({ ...JSON.parse(s), exportedAt: 0 });
const file = (name: string) => ({ name, mimeType: 'text/plain', buffer: readFileSync(`test/fixtures/import/${name}`) });

describe('import and export on the options page', () => {
  let ext: Ext;
  let options: Page;
  beforeAll(async () => {
    ext = await launch();
    options = await ext.page('src/options/index.html');
    await options.locator('#import-file').waitFor();
  });
  afterAll(() => ext.dispose());

  const count = async (store: string) => (await ledgerCounts(ext))[store] ?? 0;

  it('previews a LinkedIn Connections.csv, then writes it', async () => {
    await options.locator('#import-file').setInputFiles(file('linkedin-connections.csv'));
    const preview = options.getByTestId('import-preview');
    await preview.waitFor();
    expect(await options.getByTestId('preview-add').textContent()).toBe('5');
    expect(await options.getByTestId('preview-merge').textContent()).toBe('0');
    expect(await options.getByTestId('preview-skip').textContent()).toBe('2');
    // Nothing is written by the preview.
    expect(await count('contacts')).toBe(0);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/Imported: 5 added, 0 merged into existing contacts, 2 skipped/).waitFor();
    const dump = await ledgerDump(ext);
    expect((dump.contacts as { name: string }[]).map((c) => c.name).sort()).toEqual(
      ['Dana Whitfield', "Renée O'Connor", 'Sam "The Closer" Lee', 'Олена Коваленко', '张 伟'].sort());
  });

  it('previews the same people again as merges', async () => {
    await options.locator('#import-file').setInputFiles(file('apple-contacts.vcf'));
    await options.getByTestId('import-preview').waitFor();
    expect(await options.getByTestId('preview-add').textContent()).toBe('3');
    await options.getByRole('button', { name: 'Cancel' }).click();
    await options.locator('#import-file').setInputFiles(file('linkedin-connections.csv'));
    await until(async () => (await options.getByTestId('preview-merge').textContent()) === '5', 10_000, 'merge count');
    expect(await options.getByTestId('preview-add').textContent()).toBe('0');
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('refuses a truncated file with the line, writing nothing', async () => {
    const before = await count('contacts');
    await options.locator('#import-file').setInputFiles(file('truncated-connections.csv'));
    await options.getByRole('alert').filter({ hasText: 'Line 6' }).waitFor();
    expect(await options.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await count('contacts')).toBe(before);
  });

  it('refuses a message with hostile people directly at the background', async () => {
    const reply = await options.evaluate(() => chrome.runtime.sendMessage({
      type: 'import.apply', people: [{ line: 1, name: 'x', emails: ['NOT AN ADDRESS'], __proto__: { admin: true } }],
    }));
    expect(reply).toMatchObject({ ok: false });
  });

  it('downloads a backup, restores it into an emptied ledger, and downloads the same backup again', async () => {
    const download = async () => {
      const [dl] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
      const path = await dl.path();
      return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
    };
    const first = await download();
    expect(first.name).toMatch(/^nudgeline-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await options.getByTestId('backup-status').filter({ hasText: 'Last backup' }).waitFor();
    const wiped = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ledger.wipe', confirm: 'DELETE' }));
    expect(wiped).toMatchObject({ ok: true });
    expect(await count('contacts')).toBe(0);

    await options.locator('#import-file').setInputFiles({ name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
    await options.getByTestId('import-preview').filter({ hasText: '5 contacts' }).waitFor();
    await options.getByRole('button', { name: 'Restore this backup' }).click();
    await options.getByText('Backup restored: 5 contacts.').waitFor();

    const second = await download();
    expect(strip(second.text)).toEqual(strip(first.text));
  });

  it('imports 50,000 rows with a progress bar, the page staying responsive', async () => {
    const rows = ['Notes:', '"generated"', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 50_000; i++) rows.push(`Big${i},"Row, ${i}",https://www.linkedin.com/in/big-${i},,Co,Role,01 Jan 2024`);
    const before = await count('contacts');
    // A timer in the page samples the progress bar: a page frozen by the parse could
    // neither run it nor show values between 0 and 1.
    await options.evaluate(() => {
      const w = window as unknown as { seen: Set<number> };
      w.seen = new Set();
      setInterval(() => {
        const bar = document.querySelector('progress');
        if (bar) w.seen.add(bar.value);
      }, 15);
    });
    await options.locator('#import-file').setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
    await options.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    expect(await options.getByTestId('preview-add').textContent()).toBe((50_000).toLocaleString('en-US'));
    const seen = await options.evaluate(() => [...(window as unknown as { seen: Set<number> }).seen]);
    expect(seen.filter((x) => x > 0 && x < 1).length).toBeGreaterThanOrEqual(3);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/Imported: 50,000 added/).waitFor({ timeout: 60_000 });
    expect(await count('contacts')).toBe(before + 50_000);
  });

  it('downloads a CSV of contacts with stage, last touch and next due', async () => {
    const [dl] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download contacts (CSV)' }).click()]);
    const text = readFileSync(await dl.path(), 'utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('name,emails,linkedin,stage,attempt,last_touch,next_due,tags,notes');
    expect(lines).toHaveLength(50_006);
    expect(text).toContain('Dana Whitfield,,https://www.linkedin.com/in/dana-whitfield-4a1b2c/,new,0,,,');
  });
});
