// Launches headless Chromium for the benchmark, with or without the built
// extension, and optionally the bench-only minimal extension beside it
// (bench/min-ext). Same flags as test/e2e/harness.ts (which needs vitest's
// inject, so it is not imported here).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { watchWorkers } from './workers.mjs';

const BASE_ARGS = [
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-sandbox',
];
const MIN_WORKER = 'bench-worker.js';
const isMin = (url) => url.endsWith(`/${MIN_WORKER}`);

/**
 * @param {{ dist?: string, minExt?: string }} opts dist: the built extension;
 *   minExt: the minimal extension's folder; neither = a plain browser
 */
export async function launch({ dist, minExt } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'nudgeline-bench-'));
  const exts = [dist, minExt].filter(Boolean);
  const args = exts.length ? [`--disable-extensions-except=${exts.join(',')}`, `--load-extension=${exts.join(',')}`, ...BASE_ARGS] : BASE_ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    env: { ...process.env, TZ: 'Europe/Berlin' },
    args,
  });
  // every extension's worker registers at install: wait until each is seen once
  const workerUrls = async () => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const urls = context.serviceWorkers().map((w) => w.url()).filter((u) => u.startsWith('chrome-extension://'));
      if (urls.length >= exts.length || Date.now() > deadline) return urls;
      await context.waitForEvent('serviceworker', { timeout: Math.max(1, deadline - Date.now()) }).catch(() => undefined);
    }
  };
  const urls = exts.length ? await workerUrls() : [];
  const hostOf = (pick) => { const u = urls.find(pick); return u ? new URL(u).host : ''; };
  const id = dist ? hostOf((u) => !isMin(u)) : '';
  const minId = minExt ? hostOf(isMin) : '';
  const watches = new Map();
  return {
    context, id, minId,
    /** open a page of the extension (default: the built one), e.g. 'src/options/index.html' */
    async page(path, extId = id) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extId}/${path}`);
      return page;
    },
    /** Stop that extension's service worker; see workers.mjs. */
    async stopWorker(extId = id) {
      if (!watches.has(extId)) watches.set(extId, await watchWorkers(context, extId));
      return watches.get(extId).stop();
    },
    /** The DevTools session the worker watch lives on (one per extension). */
    async workerSession(extId = id) {
      if (!watches.has(extId)) watches.set(extId, await watchWorkers(context, extId));
      return watches.get(extId).cdp;
    },
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
