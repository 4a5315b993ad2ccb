// Launches headless Chromium for the benchmark, with or without the built
// extension. Same flags as test/e2e/harness.ts (which needs vitest's inject,
// so it is not imported here).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';

const BASE_ARGS = [
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-sandbox',
];

/**
 * @param {{ dist?: string }} opts dist: the built extension; absent = a plain browser
 */
export async function launch({ dist } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'nudgeline-bench-'));
  const args = dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...BASE_ARGS] : BASE_ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    env: { ...process.env, TZ: 'Europe/Berlin' },
    args,
  });
  const worker = async () => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
  };
  const id = dist ? new URL((await worker()).url()).host : '';
  let watch;
  return {
    context, id, worker,
    /** open an extension page, e.g. 'src/options/index.html' */
    async page(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    /**
     * Stop the extension's service worker and wait until Chromium reports it
     * 'stopped'; false when it did not within 10 s. As in test/e2e/harness.ts:
     * ServiceWorker.stopAllWorkers from an ordinary page does not reach the
     * extension's worker, so the session lives on an extension page and stops
     * the worker's version by id. One session serves every stop.
     */
    async stopWorker() {
      watch ??= await watchWorkers(context, id);
      return watch.stop();
    },
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function watchWorkers(context, id) {
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
