// Loads the built extension into real headless Chromium. Reused by every
// end-to-end test: launch (optionally at a faked date via libfaketime, which
// moves the whole browser's clock, service worker included), find the
// extension id, open its pages, serve fixture pages at real site URLs, stop
// the service worker, and relaunch on the same profile later.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
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
  /**
   * the browser's language, default 'en-US' (whatever the machine's locale):
   * Chromium on Linux takes it from LANGUAGE/LANG (--lang is ignored there),
   * and needs Debian's chromium-l10n for any language but en-US
   */
  lang?: string;
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
    if (!existsSync(FAKETIME_LIB)) throw new Error(`libfaketime not found at ${FAKETIME_LIB}: install it (Debian/Ubuntu: sudo apt-get install -y faketime)`);
    Object.assign(env, { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${opts.time}`, FAKETIME_DONT_RESET: '1' });
  }
  const lang = opts.lang ?? 'en-US';
  Object.assign(env, { LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8`, LC_ALL: '', LC_MESSAGES: '' });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    headless: true,
    env,
    colorScheme: opts.colorScheme ?? 'light',
    locale: lang,
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
      // ServiceWorker.stopAllWorkers from an ordinary page leaves the extension's
      // worker running (it only reaches the session page's origin), so: a session
      // on an extension page, the worker's version from ServiceWorker events,
      // stopWorker on it, and wait until Chromium reports it 'stopped'.
      // (Playwright keeps its Worker handle; evaluate() on it reaches the next worker.)
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      const status = new Map<string, string>();
      // A page may wake the worker again at once: 'stopped' seen once is what counts.
      const stopped = new Set<string>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.startsWith(`chrome-extension://${id}/`)) continue;
          status.set(v.versionId, v.runningStatus);
          if (v.runningStatus === 'stopped') stopped.add(v.versionId);
        }
      });
      try {
        await cdp.send('ServiceWorker.enable');
        await until(() => status.size > 0, 10_000, 'the extension worker version');
        stopped.clear();
        for (const [versionId, s] of status) {
          if (s === 'stopped') stopped.add(versionId);
          else await cdp.send('ServiceWorker.stopWorker', { versionId });
        }
        await until(() => [...status.keys()].every((v) => stopped.has(v)), 10_000, 'the service worker to stop');
      } finally {
        await cdp.detach().catch(() => undefined);
        await page.close();
      }
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
export async function until<T>(fn: () => Promise<T> | T, timeoutMs = 10_000, label = 'condition'): Promise<NonNullable<T>> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${label}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every row of every object store of an extension IndexedDB database (the
 * ledger by default), read raw from an extension page: no message to the
 * worker, so it neither wakes nor keeps it alive. {} when the database does not exist.
 */
export const ledgerDump = (ext: Ext, dbName = 'nudgeline') => readStores<unknown[]>(ext, dbName, 'rows');

/** How many rows each object store holds, read as ledgerDump reads (a dump of 100k rows takes many seconds). */
export const ledgerCounts = (ext: Ext, dbName = 'nudgeline') => readStores<number>(ext, dbName, 'count');

async function readStores<T>(ext: Ext, dbName: string, what: 'rows' | 'count'): Promise<Record<string, T>> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.id}/manifest.json`);
    return (await page.evaluate(async ([name, kind]) => {
      // Defined here: this function runs inside the page, not in Node.
      // oxlint-disable-next-line unicorn/consistent-function-scoping
      const req = <R>(r: IDBRequest<R>) => new Promise<R>((ok, fail) => {
        r.addEventListener('success', () => ok(r.result));
        r.addEventListener('error', () => fail(r.error));
      });
      // Opening a missing database would create it: look first.
      if (!(await indexedDB.databases()).some((d) => d.name === name)) return {};
      const db = await req(indexedDB.open(name));
      try {
        const out: Record<string, unknown> = {};
        for (const store of Array.from(db.objectStoreNames)) {
          const os = db.transaction(store, 'readonly').objectStore(store);
          out[store] = await (kind === 'count' ? req(os.count()) : req(os.getAll()));
        }
        return out;
      } finally {
        db.close();
      }
    }, [dbName, what] as const)) as Record<string, T>;
  } finally {
    await page.close();
  }
}

/** A tab at `url`, and a way to run code in Nudgeline's content-script world there (through CDP). */
export async function openInContentWorld(ext: Ext, url: string): Promise<{ tab: Page; run(expression: string): Promise<unknown> }> {
  const tab = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(tab);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  await tab.goto(url);
  const world = await until(() => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(ext.id)), 10_000, 'the content-script world');
  return {
    tab,
    async run(expression) {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    },
  };
}
