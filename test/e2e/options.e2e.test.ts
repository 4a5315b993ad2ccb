// The options page against the real background: shrinking intervals are
// refused (by the page and by the background), valid settings are saved,
// ultimatum phrases are flagged, detection health is said in plain words,
// and delete everything needs DELETE typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, until, type Ext } from './harness';
import { openPopup, readAll, readRow, seed } from './ui-helpers';
import { overlapsOfSticky, wholePageShot } from './store-shots';

type SettingsRow = { value: { policy: { nudgeIntervals: number[]; attemptsBeforeFinal: number } } };

describe('options page', () => {
  let ext: Ext;
  let page: Page;
  beforeAll(async () => {
    ext = await launch({ time: '2026-11-02 09:00:00' });
    page = await ext.page('src/options/index.html');
    await seed(page, [{ name: 'Dana Smith', email: 'dana@acme.example', touches: [['2026-10-20 10:00', 'out']] }]);
    await page.reload();
    await page.getByLabel('After attempt 3').waitFor();
  });
  afterAll(() => ext.dispose());

  it('refuses an interval shorter than the one before it, and saves nothing', async () => {
    await page.getByLabel('After attempt 3').fill('5');
    await expect(page.getByText('Intervals cannot shrink').count()).resolves.toBe(1);
    await expect(page.getByLabel('After attempt 3').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Save', exact: true }).isDisabled()).resolves.toBe(true);
    // The background refuses it too, whoever sends it.
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({
      type: 'settings.save', settings: { policy: { nudgeIntervals: [3, 7, 5] } },
    }));
    expect(reply).toMatchObject({ ok: false });
    const stored = await readRow<SettingsRow>(page, 'settings', 'settings');
    expect(stored?.value.policy.nudgeIntervals ?? [3, 7, 14]).toEqual([3, 7, 14]);
    await page.getByLabel('After attempt 3').fill('14');
    await expect(page.getByText('Intervals cannot shrink').count()).resolves.toBe(0);
  });

  it('refuses a number out of range with a clear message', async () => {
    await page.getByLabel('Attempts before the final reach-out').fill('0');
    await expect(page.getByText('Enter a number from 1 to 10.').count()).resolves.toBe(1);
    await page.getByLabel('Attempts before the final reach-out').fill('4');
    await expect(page.getByText('Enter a number from 1 to 10.').count()).resolves.toBe(0);
  });

  it('saves valid settings', async () => {
    await page.getByRole('button', { name: 'Add an interval' }).click();
    await page.getByLabel('After attempt 4').fill('21');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await until(async () => (await readRow<SettingsRow>(page, 'settings', 'settings'))?.value.policy.attemptsBeforeFinal === 4, 5_000, 'saved');
    const stored = await readRow<SettingsRow>(page, 'settings', 'settings');
    expect(stored?.value.policy.nudgeIntervals).toEqual([3, 7, 14, 21]);
    await page.getByText('All changes saved.').waitFor();
  });

  it('warns when a template reads like an ultimatum', async () => {
    await page.getByLabel('Final reach-out', { exact: true }).fill('This is your last chance to reply.');
    await expect(page.getByText(/reads like an ultimatum/).textContent()).resolves.toContain('last chance');
    await page.getByRole('button', { name: 'Revert' }).click();
  });

  it('says in plain words when a site is degraded, here and in the popup', async () => {
    await page.evaluate(() => chrome.storage.local.set({
      'health:gmail': { roles: { compose: true, sendButton: false }, at: Date.now() },
      'health:linkedin': { roles: { composer: true }, at: Date.now() },
    }));
    await page.reload();
    const gmail = page.locator('.health li[data-site="gmail"]');
    await gmail.waitFor();
    await expect(gmail.textContent()).resolves.toContain('Automatic logging may miss messages');
    // Plain words, never the adapter's role ids.
    await expect(gmail.textContent()).resolves.toContain('cannot find the Send button');
    await expect(gmail.textContent()).resolves.not.toContain('sendButton');
    await expect(page.locator('.health li[data-site="linkedin"]').textContent()).resolves.toContain('Working');
    await expect(page.locator('.health li[data-site="outlook"]').textContent()).resolves.toContain('Not checked yet');
    const popup = await openPopup(ext);
    await expect(popup.getByRole('alert').textContent()).resolves.toContain('Automatic logging may miss messages on Gmail');
    await popup.close();
  });

  it('shows storage status', async () => {
    const stats = page.locator('#storage dl');
    await stats.waitFor();
    await expect(stats.textContent()).resolves.toMatch(/Contacts\s*1/);
  });

  it('saves a screenshot of the whole page, the save bar under the templates, over no card', async () => {
    const png = await wholePageShot(page, 'docs/screenshots/options.png', 1100);
    expect(png.byteLength).toBeGreaterThan(10_000);
    expect(await overlapsOfSticky(page, '.save-bar')).toEqual([]);
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('deletes everything only after DELETE is typed', async () => {
    const button = page.getByRole('button', { name: 'Delete everything' });
    await expect(button.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('delete');
    await expect(button.isDisabled()).resolves.toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await button.click();
    await until(async () => (await readAll(page, 'contacts')).length === 0, 5_000, 'wiped');
    expect(await readAll(page, 'touches')).toEqual([]);
  });
});
