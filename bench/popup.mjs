// Popup time to first section: from the popup page's navigation start
// (performance.now() is relative to it) until the first agenda heading with
// at least one row is in the document, seen by a MutationObserver installed
// before any popup script runs. A 'nudgeline:first-section' performance mark,
// if the popup sets one, is read as well.

const WATCH = `(() => {
  const seen = () => {
    for (const h of document.querySelectorAll('main h2')) {
      const section = h.closest('section') ?? h.parentElement;
      if (section && section.querySelector('li')) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (window.benchFirstSection === undefined && seen()) { window.benchFirstSection = performance.now(); mo.disconnect(); }
  });
  mo.observe(document, { childList: true, subtree: true });
})();`;

/** @returns {Promise<{ ms: number[], marks: number[], firstOpen: number }>} */
export async function popupTimings(browser, runs) {
  const ms = [], marks = [];
  let firstOpen = NaN;
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.addInitScript(WATCH);
    await page.goto(`chrome-extension://${browser.id}/src/popup/index.html`);
    await page.waitForFunction(() => window.benchFirstSection !== undefined, null, { timeout: 15_000 });
    const r = await page.evaluate(() => ({
      first: window.benchFirstSection,
      mark: performance.getEntriesByName('nudgeline:first-section')[0]?.startTime,
    }));
    await page.close();
    // the first open also reads the bundle from disk: reported on its own
    if (i === 0) { firstOpen = r.first; continue; }
    ms.push(r.first);
    if (r.mark !== undefined) marks.push(r.mark);
  }
  return { ms, marks, firstOpen };
}
