// axe-core on the three pages, with data (and both alerts) in them, in the light and the dark
// theme (the system's color scheme): no serious or critical violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Ext } from './harness';
import { axeProblems, agendaLoaded, openPopup, seed } from './ui-helpers';

describe.each(['light', 'dark'] as const)('accessibility, %s theme', (colorScheme) => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch({ time: '2026-11-02 09:00:00', colorScheme });
    const page = await ext.page('src/options/index.html');
    const [dana] = await seed(page, [
      { name: 'Dana Final', email: 'dana@acme.example', touches: [['2026-09-01 10:00', 'out'], ['2026-09-04 10:00', 'out'], ['2026-09-15 10:00', 'out']] },
      { name: 'Nora Nudge', email: 'nora@beta.example', touches: [['2026-10-20 10:00', 'out']] },
      { name: 'Rita Reject', email: 'rita@eps.example', touches: [['2026-10-20 10:00', 'out'], ['2026-10-22 10:00', 'in', 'rejection']] },
      { name: 'Wes Waiting', touches: [['2026-11-02 08:00', 'out']] },
    ]);
    await page.evaluate((id) => chrome.storage.local.set({
      'health:gmail': { roles: { sendButton: false }, at: Date.now() },
      storageError: { message: 'QuotaExceededError: The quota has been exceeded.', at: Date.now() },
    }).then(() =>
      chrome.runtime.sendMessage({ type: 'contact.update', contactId: id, patch: { tags: ['investor'] } })), dana!);
    await page.close();
  });
  afterAll(() => ext.dispose());

  it('popup: agenda, an open menu, and a contact view', async () => {
    const popup = await openPopup(ext);
    await popup.locator('section[data-group="final-due"]').waitFor();
    await agendaLoaded(popup);
    // The theme really is the one under test.
    await expect(popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(colorScheme === 'dark');
    await popup.locator('section[data-group="waiting"] summary').click();
    expect(await axeProblems(popup)).toEqual([]);
    await popup.locator('li.row', { hasText: 'Nora Nudge' }).getByRole('button', { name: 'Snooze' }).click();
    expect(await axeProblems(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
    await popup.locator('li.row', { hasText: 'Dana Final' }).locator('.name').click();
    await popup.locator('.contact-view').waitFor();
    expect(await axeProblems(popup)).toEqual([]);
  });

  it.each(['src/options/index.html', 'src/dashboard/index.html'])('%s', async (path) => {
    const page = await ext.page(path);
    await page.locator('main h2').first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });
});
