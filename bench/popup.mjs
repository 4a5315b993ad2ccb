// Popup time to first section, against an empty extension page with the
// same stylesheets (bench-empty.html, written beside the built popup),
// opened alternately in the same browser. Both sides are timed the same way:
// from navigation start (performance.now() is relative to it) to the
// animation frame after the content is there, which is the frame that paints
// it. The popup's content is the first agenda heading with a row, seen by a
// MutationObserver installed before any popup script runs; the empty page's
// is the parsed document with its stylesheets loaded (its load event).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const POPUP = 'src/popup/index.html', EMPTY = 'src/popup/bench-empty.html';

/** The built popup page without its scripts: same stylesheets, same empty #app. */
export function writeEmptyPage(dist) {
  const html = readFileSync(join(dist, POPUP), 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  writeFileSync(join(dist, EMPTY), html);
}

const WATCH = `(() => {
  const painted = () => requestAnimationFrame(() => { window.benchPainted ??= performance.now(); });
  if (location.pathname.endsWith('/bench-empty.html')) { addEventListener('load', painted, { once: true }); return; }
  const seen = () => {
    for (const h of document.querySelectorAll('main h2')) {
      const section = h.closest('section') ?? h.parentElement;
      if (section && section.querySelector('li')) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => { if (seen()) { mo.disconnect(); painted(); } });
  mo.observe(document, { childList: true, subtree: true });
})();`;

async function openOnce(browser, path) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(WATCH);
  await page.goto(`chrome-extension://${browser.id}/${path}`);
  await page.waitForFunction(() => window.benchPainted !== undefined, null, { timeout: 15_000 });
  const r = await page.evaluate(() => ({
    ms: window.benchPainted,
    mark: performance.getEntriesByName('nudgeline:first-section')[0]?.startTime,
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime,
  }));
  await page.close();
  return r;
}

/**
 * First open (the first of each page in this browser at this size) and warm
 * opens, alternating which page goes first.
 * @returns {Promise<{ popup: { first: number, warm: number[], marks: number[] }, empty: { first: number, warm: number[], firstPaint: number[] } }>}
 */
export async function popupTimings(browser, runs) {
  const popup = { first: NaN, warm: [], marks: [] }, empty = { first: NaN, warm: [], firstPaint: [] };
  // the empty page first: it pays for reading the shared stylesheets from disk
  empty.first = (await openOnce(browser, EMPTY)).ms;
  popup.first = (await openOnce(browser, POPUP)).ms;
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [EMPTY, POPUP] : [POPUP, EMPTY];
    for (const path of order) {
      const r = await openOnce(browser, path);
      if (path === POPUP) { popup.warm.push(r.ms); if (r.mark !== undefined) popup.marks.push(r.mark); }
      else { empty.warm.push(r.ms); if (r.firstPaint !== undefined) empty.firstPaint.push(r.firstPaint); }
    }
  }
  return { popup, empty };
}
