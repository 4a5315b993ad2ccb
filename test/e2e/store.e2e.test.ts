// The store images, rendered by real Chromium into docs/store/: 1280×800
// screenshots of the popup, the dashboard and the options page (English;
// the locale test adds German, French and Spanish), and the 440×280
// promotional tile drawn from docs/store/tile.html.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launch, type Ext } from './harness';
import { STORE_NOW, overlapsOfSticky, popupStoreShot, seedStore, storeShot } from './store-shots';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('store images', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch({ time: STORE_NOW });
    await seedStore(ext);
  });
  afterAll(() => ext.dispose());

  it('frames the popup on a 1280×800 page with the name and description', async () => {
    const words = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    const png = await popupStoreShot(ext, 'docs/store/en/popup.png', { lang: 'en', name: words.extName!.message, description: words.extDescription!.message });
    expect(pngSize(png)).toEqual([1280, 800]);
    expect(png.byteLength).toBeGreaterThan(30_000);
  });

  it('shows the dashboard at 1280×800 with its chart and contacts', async () => {
    const page = await ext.page('src/dashboard/index.html');
    await page.locator('.chart-svg g.bar').first().waitFor();
    await page.getByText('Dana Whitfield').first().waitFor();
    const png = await storeShot(page, 'docs/store/en/dashboard.png');
    expect(pngSize(png)).toEqual([1280, 800]);
    await page.close();
  });

  it('shows the top of the options page at 1280×800, the save bar in its own place, over no card', async () => {
    const page = await ext.page('src/options/index.html');
    await page.getByLabel('After attempt 3').waitFor();
    const png = await storeShot(page, 'docs/store/en/options.png', { top: true });
    expect(pngSize(png)).toEqual([1280, 800]);
    expect(await overlapsOfSticky(page, '.save-bar')).toEqual([]);
    await page.close();
  });

  it('renders the 440×280 promotional tile, its content inside the tile', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 440, height: 280 });
    await page.goto(pathToFileURL(resolve('docs/store/tile.html')).href);
    await page.locator('header img').evaluate((img: HTMLImageElement) => img.decode());
    const fits = await page.evaluate(() => {
      const b = document.body;
      const steps = document.querySelector('.steps')!;
      const last = steps.getBoundingClientRect();
      return b.scrollWidth <= 440 && b.scrollHeight <= 280 && last.bottom <= 280 && steps.scrollWidth <= steps.clientWidth;
    });
    expect(fits).toBe(true);
    const png = await page.screenshot({ path: 'docs/store/promo-tile-440x280.png' });
    expect(pngSize(png)).toEqual([440, 280]);
    await page.close();
  });
});
