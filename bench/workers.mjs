// Stopping an extension's service worker, and reading a worker's JS heap,
// through the DevTools protocol. As in test/e2e/harness.ts:
// ServiceWorker.stopAllWorkers from an ordinary page does not reach the
// extension's worker, so the session lives on an extension page and stops
// the worker's version by id. One session serves every stop.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @param {import('playwright-core').BrowserContext} context @param {string} id extension id */
export async function watchWorkers(context, id) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  const status = new Map();
  const stopped = new Set();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${id}/`)) continue;
      status.set(v.versionId, v.runningStatus);
      if (v.runningStatus === 'stopped') stopped.add(v.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable');
  for (let t = 0; status.size === 0 && t < 100; t++) await sleep(50);
  return {
    cdp,
    /** true once Chromium reported every version of the worker 'stopped' (10 s at most) */
    async stop() {
      stopped.clear();
      for (const [versionId, s] of status) {
        if (s === 'stopped') stopped.add(versionId);
        else await cdp.send('ServiceWorker.stopWorker', { versionId });
      }
      // a page may wake the worker again at once: 'stopped' seen once is what counts
      for (let t = 0; t < 400; t++) {
        if (status.size > 0 && [...status.keys()].every((v) => stopped.has(v))) return true;
        await sleep(25);
      }
      return false;
    },
  };
}

/**
 * A DevTools channel to the extension's worker target. Playwright opens
 * sessions on pages only, so the worker is reached from a page session
 * through Target.attachToTarget without flattening (messages wrapped in
 * Target.sendMessageToTarget). Null when no worker runs.
 * @param {import('playwright-core').CDPSession} cdp a session on an extension page
 * @param {string} id extension id
 */
async function attachWorker(cdp, id) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`));
  if (!target) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const pending = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    if (pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const call = (method, params = {}) => new Promise((resolve, reject) => {
    const msgId = ++next;
    pending.set(msgId, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: msgId, method, params }) }).catch(reject);
  });
  const detach = async () => {
    cdp.off('Target.receivedMessageFromTarget', onMessage);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  };
  return { call, detach };
}

/**
 * The worker's JS heap after a forced GC (HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage), in bytes.
 * @param {import('playwright-core').CDPSession} cdp a session on an extension page
 * @param {string} id extension id
 */
export async function workerHeap(cdp, id) {
  const w = await attachWorker(cdp, id);
  if (!w) return null;
  try {
    return await gcThenHeap(w.call);
  } finally {
    await w.detach();
  }
}

/**
 * Samples the worker's used JS heap as it is (no forced GC: the peak is what
 * the worker really held) every `everyMs` until stop(), which answers the
 * largest sample and how many were taken.
 */
export async function sampleWorkerHeap(cdp, id, everyMs = 200) {
  const w = await attachWorker(cdp, id);
  const s = { on: w !== null, peak: null, samples: 0 };
  const loop = (async () => {
    while (s.on) {
      // a worker that went away answers nothing: the sample is skipped, not awaited forever
      const used = await Promise.race([w.call('Runtime.getHeapUsage').then((u) => u.usedSize, () => null), sleep(2_000).then(() => null)]);
      if (used !== null) { s.peak = Math.max(s.peak ?? 0, used); s.samples++; }
      await sleep(everyMs);
    }
  })();
  return {
    async stop() {
      s.on = false;
      await loop;
      await w?.detach();
      return { peak: s.peak, samples: s.samples };
    },
  };
}

/** Two forced collections (the second frees what finalizers released), then the used heap in bytes. */
export async function gcThenHeap(call) {
  await call('HeapProfiler.collectGarbage');
  await call('HeapProfiler.collectGarbage');
  return (await call('Runtime.getHeapUsage')).usedSize;
}
