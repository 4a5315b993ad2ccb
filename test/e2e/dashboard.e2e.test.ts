// The dashboard against the real ledger: the reply-rate chart follows the
// replies logged, the table sorts and filters, referral chains show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, type Ext } from './harness';
import { seed } from './ui-helpers';

const rates = (page: Page) =>
  page.locator('.chart-svg g.bar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-rate'))));

describe('dashboard', () => {
  let ext: Ext;
  let page: Page;
  let ids: number[];
  beforeAll(async () => {
    ext = await launch({ time: '2026-11-02 09:00:00' });
    page = await ext.page('src/dashboard/index.html');
    ids = await seed(page, [
      // answered after the first message
      { name: 'Ann First', email: 'ann@a.example', touches: [['2026-09-01 10:00', 'out'], ['2026-09-02 10:00', 'in']] },
      // answered after nudge 1
      { name: 'Ben Nudge', email: 'ben@b.example', touches: [['2026-09-01 10:00', 'out'], ['2026-09-04 10:00', 'out'], ['2026-09-05 10:00', 'in']] },
      // four attempts, the last a final reach-out, unanswered so far
      { name: 'Cleo Final', email: 'cleo@c.example', touches: [
        ['2026-09-01 10:00', 'out'], ['2026-09-04 10:00', 'out'], ['2026-09-15 10:00', 'out'], ['2026-10-05 10:00', 'out']] },
    ]);
    await page.evaluate(async ([a, b]) => {
      await chrome.runtime.sendMessage({ type: 'referral.save', referrerId: a, refereeId: b, mayUseName: true, status: 'named' });
    }, [ids[0]!, ids[1]!]);
    await page.reload();
    await page.locator('.chart-svg').waitFor();
  });
  afterAll(() => ext.dispose());

  it('charts the reply rate by attempt number from the touches logged', async () => {
    const [first, nudge1, nudge2, final] = await rates(page);
    expect(first).toBeCloseTo(1 / 3, 3);
    expect(nudge1).toBeCloseTo(1 / 2, 3);
    expect(nudge2).toBe(0);
    expect(final).toBe(0);
    await expect(page.locator('.chart-svg').textContent()).resolves.toContain('Final reach-out');
  });

  it('follows a reply logged to the final reach-out', async () => {
    await page.evaluate((id) => chrome.runtime.sendMessage({
      type: 'touch.log', contactId: id, kind: 'message', direction: 'in', at: new Date('2026-10-07T10:00:00').getTime(),
    }), ids[2]!);
    await page.reload();
    await page.locator('.chart-svg').waitFor();
    const [, , , final] = await rates(page);
    expect(final).toBe(1);
  });

  it('lists every contact; sorts by name and filters by stage', async () => {
    const names = () => page.locator('table.contacts tbody .name-cell').allTextContents();
    expect((await names()).sort()).toEqual(['Ann First', 'Ben Nudge', 'Cleo Final']);
    await page.getByRole('button', { name: /^Name/ }).click();
    expect(await names()).toEqual(['Ann First', 'Ben Nudge', 'Cleo Final']);
    await page.getByRole('button', { name: /^Name/ }).click();
    expect(await names()).toEqual(['Cleo Final', 'Ben Nudge', 'Ann First']);
    // Every one of them wrote last by now.
    await page.getByLabel('Stage').selectOption('reply-owed');
    expect(await names()).toHaveLength(3);
    await page.getByLabel('Stage').selectOption('let-go');
    expect(await names()).toEqual([]);
    await expect(page.getByText('No contact matches these filters.').count()).resolves.toBe(1);
    await page.getByLabel('Stage').selectOption('');
  });

  it('shows referral chains with the permission to use the name', async () => {
    const chains = page.locator('.chains');
    await expect(chains.textContent()).resolves.toContain('Ann First');
    await expect(chains.textContent()).resolves.toContain('Ben Nudge');
    await expect(chains.textContent()).resolves.toContain('may use their name');
  });

  it('saves a screenshot', async () => {
    mkdirSync('docs/screenshots', { recursive: true });
    await page.setViewportSize({ width: 1100, height: 900 });
    const png = await page.screenshot({ path: 'docs/screenshots/dashboard.png', fullPage: true });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});
