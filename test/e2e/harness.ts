// Loads the built extension into real headless Chromium. Reused by every
// end-to-end test: launch (optionally at a faked date via libfaketime, which
// moves the whole browser's clock, service worker included), find the
// extension id, open its pages, serve fixture pages at real site URLs, stop
// the service worker, and relaunch on the same profile later.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

export interface LaunchOptions {
  /** local wall-clock start, 'YYYY-MM-DD HH:MM:SS'; the clock runs on from there */
  time?: string;
  /** IANA zone for the browser, default Europe/Berlin */
  tz?: string;
  /** reuse a profile from an earlier launch (to make days pass) */
  profile?: string;
  colorScheme?: 'light' | 'dark';
}

export interface Ext {
  context: BrowserContext;
  id: string;
  profile: string;
  worker(): Promise<Worker>;
  /** open an extension page, e.g. 'src/popup/index.html' */
  page(path: string): Promise<Page>;
  /** serve html at every URL under origin, e.g. 'https://mail.google.com' */
  route(origin: string, html: string): Promise<void>;
  stopWorker(): Promise<void>;
  /** close the browser, keep the profile */
  close(): Promise<void>;
  /** close and delete the profile */
  dispose(): Promise<void>;
}

export const fixture = (path: string) => readFileSync(resolve('test/fixtures', path), 'utf8');

export async function launch(opts: LaunchOptions = {}): Promise<Ext> {
  const dist = inject('dist');
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'nudgeline-e2e-'));
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TZ: opts.tz ?? 'Europe/Berlin' };
  if (opts.time) {
    Object.assign(env, { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${opts.time}`, FAKETIME_DONT_RESET: '1' });
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    headless: true,
    env,
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
      '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-sandbox',
    ],
  });
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
  };
  const id = new URL((await worker()).url()).host;
  const ext: Ext = {
    context, id, profile, worker,
    async page(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async route(origin, html) {
      await context.route(`${origin}/**`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    },
    async stopWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return ext;
}

/** Poll until fn returns a truthy value (or throw after timeout). */
export async function until<T>(fn: () => Promise<T> | T, timeoutMs = 10_000, label = 'condition'): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${label}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
