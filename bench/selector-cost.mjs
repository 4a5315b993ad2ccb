// The Gmail adapter's subtree pre-check (bench/selector-entry.ts) timed in
// the Gmail-like page of the browser without the extension: the whole page
// (a start-up or catch-up scan) and one list row (a typical mutation).
const PAGE_URL = 'https://mail.google.com/mail/u/0/#inbox';

/** @param {{ context: import('playwright-core').BrowserContext }} browser @param {string} source the built entry */
export async function selectorCost(browser, source) {
  const page = await browser.context.newPage();
  try {
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    await page.evaluate(source);
    return await page.evaluate(() => globalThis.nudgelineSelectors.selectorCost());
  } finally {
    await page.close();
  }
}
