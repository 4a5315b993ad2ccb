// The service worker's JS heap against the bench-only worker that only
// registers its listeners (bench/min-ext), both in the same browser, each
// read after a forced GC over the DevTools protocol (workers.mjs).
// After recompute: the worker has just recomputed every contact (a policy
// change saved through 'settings.save', as the options page does). At rest:
// both workers stopped, woken by one message each, and left to finish their
// start-up work.
import { workerHeap } from './workers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const ping = (page) => page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', nonce: 'bench-rest' }));

// An idle worker stops after 30 s: the bare one is woken just before its reading.
const heaps = async (browser, barePage) => {
  const worker = await workerHeap(await browser.workerSession(), browser.id);
  await ping(barePage);
  return { worker, bare: await workerHeap(await browser.workerSession(browser.minId), browser.minId) };
};

/** Toggles one policy field and saves: the worker recomputes every stage before it answers. */
const saveChangedPolicy = (page) => page.evaluate(async () => {
  const L = globalThis.nudgelineLedger;
  const db = L.openDb();
  const settings = await L.settingsOf(db);
  db.close();
  settings.policy.businessDaysOnly = !settings.policy.businessDaysOnly;
  const t = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'settings.save', settings });
  return { ms: performance.now() - t, ok: reply?.ok === true, error: reply?.error };
});

/**
 * @param {object} browser from launch({ dist, minExt })
 * @param {import('playwright-core').Page} page an extension page with the bench bundle
 * @param {import('playwright-core').Page} barePage a page of the minimal extension
 */
export async function workerMemory(browser, page, barePage) {
  const save = await saveChangedPolicy(page);
  const afterRecompute = await heaps(browser, barePage);
  await browser.stopWorker();
  await browser.stopWorker(browser.minId);
  await ping(page);
  await ping(barePage);
  await sleep(2_000); // start-up work (badge, alarms, content prefs) finishes
  const atRest = await heaps(browser, barePage);
  return { save, afterRecompute, atRest };
}
