// The store images: 1280×800 screenshots of the popup (framed on a page of
// its own, since the popup itself is 400×600), the dashboard and the options
// page, in the browser's language, and the 440×280 promotional tile.
// Used by the store and locale end-to-end tests.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import type { Ext } from './harness';
import { agendaLoaded, openPopup, seed, type SeedContact } from './ui-helpers';

// Monday 2 November 2026, 09:00 in Berlin; business days, default cadence.
export const STORE_NOW = '2026-11-02 09:00:00';
/** A believable ledger: something in every agenda group, a referral chain, reply rates. */
export const STORE_PEOPLE: SeedContact[] = [
  { name: 'Dana Whitfield', email: 'dana@northwind.example', touches: [['2026-09-01 10:00', 'out'], ['2026-09-04 10:00', 'out'], ['2026-09-15 10:00', 'out']] },
  { name: 'Nora Lindqvist', email: 'nora@fjord.example', touches: [['2026-10-20 10:00', 'out']] },
  { name: 'Malik Osei', email: 'malik@kente.example', touches: [['2026-10-19 09:30', 'out']] },
  { name: 'Ray Fontaine', email: 'ray@lumen.example', touches: [['2026-10-26 10:00', 'out'], ['2026-10-29 10:00', 'in']] },
  { name: 'Rita Alvarez', email: 'rita@sierra.example', touches: [['2026-10-12 10:00', 'out'], ['2026-10-22 10:00', 'in', 'rejection']] },
  { name: 'Ben Okafor', email: 'ben@delta.example', touches: [['2026-09-01 10:00', 'out'], ['2026-09-04 10:00', 'out'], ['2026-09-05 10:00', 'in']] },
  { name: 'Ann Kowalski', email: 'ann@vistula.example', touches: [['2026-09-01 10:00', 'out'], ['2026-09-02 10:00', 'in']] },
  { name: 'Wes Tanaka', email: 'wes@kumo.example', touches: [['2026-11-02 08:00', 'out']] },
];

/** Seeds STORE_PEOPLE and a referral from Rita to Malik, through the real messages. */
export async function seedStore(ext: Ext): Promise<void> {
  const page = await ext.page('src/options/index.html');
  const ids = await seed(page, STORE_PEOPLE);
  await page.evaluate(async ([a, b]) => {
    await chrome.runtime.sendMessage({ type: 'referral.save', referrerId: a, refereeId: b, mayUseName: true, status: 'contacted' });
  }, [ids[4]!, ids[2]!]);
  await page.close();
}

const write = (path: string) => { mkdirSync(dirname(path), { recursive: true }); return path; };

/** Fails when an element matching `floating` covers any `.card`: a sticky bar must sit where it belongs. */
export async function overlapsOfSticky(page: Page, floating: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const bar = document.querySelector(sel)?.getBoundingClientRect();
    if (!bar) return [`${sel} not found`];
    return [...document.querySelectorAll('.card')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > bar.top + 1 && r.top < bar.bottom - 1 && r.right > bar.left && r.left < bar.right;
    }).map((c) => c.id || c.className);
  }, floating);
}

/** The viewport made as tall as the page: every sticky element sits in its own place. */
async function layOutWhole(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
  await page.setViewportSize({ width, height });
  await page.evaluate(() => new Promise(requestAnimationFrame));
}

/**
 * The whole page in one shot. Not `fullPage: true`: that captures beyond a
 * short viewport, and a sticky bar is drawn where the viewport ended, over a card.
 */
export async function wholePageShot(page: Page, path: string, width: number): Promise<Buffer> {
  await layOutWhole(page, width);
  return page.screenshot({ path: write(path) });
}

/**
 * 1280×800 of an extension page. With `top`, the first 800 pixels of the page
 * laid out whole (viewport as tall as the page), so a sticky bar stays in its
 * own place further down instead of floating over the first cards.
 */
export async function storeShot(page: Page, path: string, opts: { top?: boolean } = {}): Promise<Buffer> {
  if (!opts.top) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    return page.screenshot({ path: write(path) });
  }
  await layOutWhole(page, 1280);
  return page.screenshot({ path: write(path), clip: { x: 0, y: 0, width: 1280, height: 800 } });
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The popup at its toolbar size, framed on a 1280×800 page with the extension's name and description. */
export async function popupStoreShot(ext: Ext, path: string, words: { name: string; description: string; lang: string }): Promise<Buffer> {
  const popup = await openPopup(ext);
  await popup.locator('section[data-group="final-due"]').waitFor();
  await agendaLoaded(popup);
  await popup.waitForTimeout(300);
  const shot = (await popup.screenshot()).toString('base64');
  await popup.close();
  const frame = await ext.context.newPage();
  try {
    await frame.setViewportSize({ width: 1280, height: 800 });
    const icon = readFileSync('icons/icon-128.png').toString('base64');
    await frame.setContent(`<!doctype html><html lang="${esc(words.lang)}"><body style="margin:0;width:1280px;height:800px;display:flex;align-items:center;gap:72px;padding:0 96px;box-sizing:border-box;background:linear-gradient(135deg,#eef2ff,#e4e0fb);font-family:system-ui,sans-serif;color:#1a1d29">
      <div style="flex:1"><img src="data:image/png;base64,${icon}" width="72" height="72" alt="">
        <h1 style="font-size:52px;margin:18px 0 16px;letter-spacing:-0.5px">${esc(words.name)}</h1>
        <p style="font-size:24px;line-height:1.45;margin:0;color:#5b6275">${esc(words.description)}</p></div>
      <img src="data:image/png;base64,${shot}" width="400" height="600" alt="" style="border-radius:12px;box-shadow:0 18px 48px rgba(31,41,51,.22)">
    </body></html>`);
    return await frame.screenshot({ path: write(path) });
  } finally {
    await frame.close();
  }
}
