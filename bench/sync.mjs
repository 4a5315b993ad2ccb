// The sync part of the bench (issue 13). Two fresh profiles are two devices
// against a CouchDB-protocol server on loopback (test/sync/start-couch.mjs,
// the tests' own): A holds the seeded ledger and pushes it, B pulls it; then
// touches logged on A travel to B; the worker's heap is sampled during B's
// first pull; and the sync code's size is read from the build.
import { join } from 'node:path';
import { startCouch } from '../test/sync/start-couch.mjs';
import { seed } from './seed.mjs';
import { syncDevice } from './sync-device.mjs';
import { replicationBaseline } from './sync-baseline.mjs';
import { syncCodeSize } from './sync-size.mjs';
import { sampleWorkerHeap, workerHeap } from './workers.mjs';
import { median } from './stats.mjs';

const PASSPHRASE = 'correct horse battery staple';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The knobs: BENCH_SYNC_SIZE contacts (ten touches each; default `contacts`), BENCH_SYNC_TOUCH_RUNS. */
export const syncOptions = (contacts = 10_000) => ({
  contacts: Number(process.env.BENCH_SYNC_SIZE ?? contacts),
  touchRuns: Number(process.env.BENCH_SYNC_TOUCH_RUNS ?? 5),
});

/**
 * @param {{ open: (opts: object) => Promise<any>, dist: string, work: string, bundle: string, pouchBundle: string,
 *   contentFiles: string[], contacts: number, touchRuns: number, log: (m: string) => void }} o
 */
export async function syncBench({ open, dist, work, bundle, pouchBundle, contentFiles, contacts, touchRuns, log }) {
  const started = Date.now();
  const out = { contacts, touches: contacts * 10 };
  log('sync: the code size, with and without sync');
  out.size = await syncCodeSize(dist, join(work, 'chrome-no-sync'), contentFiles);

  const couch = await startCouch();
  try {
    const server = { url: await couch.dbUrl('bench-sync'), user: couch.user, password: couch.password, passphrase: PASSPHRASE };
    const A = await syncDeviceWith(await open({ dist }), bundle);
    log(`sync: seeding A with ${contacts} contacts / ${out.touches} touches`);
    out.seed_ms = await seed(A.ledgerPage, { from: 1, count: contacts, touchesPerContact: 10, now: Date.now(), materialize: true, gids: true });
    log('sync: A turns sync on and pushes everything');
    let t = Date.now();
    await A.device.turnOn(server);
    out.push_ms = Date.now() - t;
    out.server_docs = (await (await fetch(server.url, { headers: authOf(couch) })).json()).doc_count;

    const bBrowser = await open({ dist });
    const B = await syncDeviceWith(bBrowser, `${bundle};\n${pouchBundle}`);
    log('sync: baseline, plain PouchDB replication of the same documents in a page of B');
    out.baseline = await replicationBaseline(B.ledgerPage, { from: server.url, to: await couch.dbUrl('bench-baseline'), user: couch.user, password: couch.password });
    await fetch(`${couch.origin}/bench-baseline`, { method: 'DELETE', headers: authOf(couch) });

    const cdp = await bBrowser.workerSession();
    out.heap_at_rest_bytes = await workerHeap(cdp, bBrowser.id);
    log('sync: B turns sync on with the same passphrase and pulls everything');
    const sampler = await sampleWorkerHeap(cdp, bBrowser.id);
    t = Date.now();
    await B.device.turnOn(server);
    // the pass is done when its last page is applied: the ledger should hold every contact by then
    while ((await B.device.count('contacts')) < contacts && Date.now() - t < 600_000) await sleep(100);
    out.pull_ms = Date.now() - t;
    const heap = await sampler.stop();
    out.heap_peak_bytes = heap.peak;
    out.heap_samples = heap.samples;
    out.pulled = { contacts: await B.device.count('contacts'), identities: await B.device.count('identities'), touches: await B.device.count('touches') };

    log(`sync: a touch logged on A to B's ledger, ${touchRuns} runs against the two passes alone`);
    Object.assign(out, await touchToOther(A.device, B.device, touchRuns));
  } finally {
    await couch.close();
  }
  out.runtime_s = Math.round((Date.now() - started) / 1000);
  return out;
}

const authOf = (couch) => ({ Authorization: `Basic ${Buffer.from(`${couch.user}:${couch.password}`).toString('base64')}` });

/** A device, plus an extension page with the bench bundle(s) loaded. */
async function syncDeviceWith(browser, script) {
  const ledgerPage = await browser.page('src/options/index.html');
  await ledgerPage.evaluate(script);
  return { ledgerPage, device: await syncDevice(browser) };
}

/** Alternates: the two passes with nothing to do, then a touch on A through both passes to B's ledger. */
async function touchToOther(A, B, runs) {
  const idle = [], carried = [];
  let missing = 0;
  for (let i = 0; i < runs; i++) {
    await A.idle();
    let t = Date.now();
    await A.syncNow();
    await B.syncNow();
    idle.push(Date.now() - t);

    const at = Date.now() - 60_000 - i; // a time no seeded touch has
    t = Date.now();
    await A.logTouch(1 + i, at);
    await A.syncNow();
    await B.syncNow();
    if (!(await B.touchAt(at))) missing++;
    carried.push(Date.now() - t);
    await A.idle();
  }
  return { touch_to_other_ms: median(carried), two_idle_passes_ms: median(idle), touch_runs: runs, touch_missing_on_b: missing, touch_runs_ms: carried, idle_runs_ms: idle };
}
