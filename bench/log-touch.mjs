// Logging one touch by hand, the popup's path: an extension page sends
// 'touch.log' to the service worker, which validates it, writes it in one
// transaction, updates the badge and answers after the commit. Warm: the
// worker is running. Cold: the worker is stopped through the DevTools
// protocol before each write (and seen 'stopped'), so the write includes
// starting the worker again.

const send = (page, contactId) => page.evaluate(async (id) => {
  const t = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'touch.log', contactId: id, kind: 'call', direction: 'out', at: Date.now() });
  return { ms: performance.now() - t, ok: reply?.ok === true, error: reply?.error };
}, contactId);

/** @param {{ page: import('playwright-core').Page }} o */
export async function logTouchTimings(browser, page, { warmRuns = 40, coldRuns = 12, contactIds }) {
  const warm = [], cold = [];
  const errors = new Set();
  let stopped = 0;
  await send(page, contactIds[0]); // wakes the worker and opens its database
  for (let i = 0; i < warmRuns; i++) {
    const r = await send(page, contactIds[(i + 1) % contactIds.length]);
    if (r.ok) warm.push(r.ms); else errors.add(r.error);
  }
  for (let i = 0; i < coldRuns; i++) {
    if (await browser.stopWorker()) stopped++;
    const r = await send(page, contactIds[(i + 7) % contactIds.length]);
    if (r.ok) cold.push(r.ms); else errors.add(r.error);
  }
  return { warm, cold, stopped, coldRuns, errors: [...errors] };
}
