// Logging one touch by hand, the popup's path: an extension page sends
// 'touch.log' to the service worker, which validates it, writes it in one
// transaction, updates the badge and answers after the commit. Warm: the
// worker is running. Cold: the worker is stopped through the DevTools
// protocol before each write (and seen 'stopped'), so the write includes
// starting the worker again. Baselines, alternated with each write: a
// message round trip to the bench-only worker that only answers (bench/
// min-ext), warm, and a cold start of that worker answering one message.
// Writes are spaced by GAP_MS, as a person logs them: each write's follow-up
// work (the badge refresh 50 ms after it, the day alarm) is then its own and
// not a tail added to the next write's figure.

const timedSend = (page, msg) => page.evaluate(async (m) => {
  const t = performance.now();
  const reply = await chrome.runtime.sendMessage({ ...m, ...(m.type === 'touch.log' && { at: Date.now() }) });
  return { ms: performance.now() - t, ok: reply?.ok === true, error: reply?.error };
}, msg);

const GAP_MS = 150;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ping = (i) => ({ type: 'ping', nonce: `bench-${i}` });

/**
 * @param {object} browser from launch({ dist, minExt })
 * @param {import('playwright-core').Page} page an extension page of the built extension
 * @param {import('playwright-core').Page} barePage a page of the minimal extension
 */
export async function logTouchTimings(browser, page, barePage, { warmRuns = 40, coldRuns = 12, contactIds }) {
  const warm = [], cold = [], bareWarm = [], bareCold = [];
  const errors = new Set();
  let stopped = 0, bareStopped = 0;
  const touch = (i) => ({ type: 'touch.log', contactId: contactIds[i % contactIds.length], kind: 'call', direction: 'out' });
  const keep = (list, r) => { if (r.ok) list.push(r.ms); else errors.add(r.error); };
  await timedSend(page, touch(0)); // wakes the worker and opens its database
  await timedSend(barePage, ping(0));
  for (let i = 0; i < warmRuns; i++) {
    keep(warm, await timedSend(page, touch(i + 1)));
    keep(bareWarm, await timedSend(barePage, ping(i + 1)));
    await sleep(GAP_MS);
  }
  for (let i = 0; i < coldRuns; i++) {
    if (await browser.stopWorker()) stopped++;
    keep(cold, await timedSend(page, touch(i + 7)));
    if (await browser.stopWorker(browser.minId)) bareStopped++;
    keep(bareCold, await timedSend(barePage, ping(i)));
  }
  return { warm, cold, bareWarm, bareCold, stopped, bareStopped, coldRuns, errors: [...errors] };
}
