// Loads a dated fixture into happy-dom at a real site URL and starts an
// adapter with a recording context (observe, health, lookup).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AdapterContext, SiteAdapter } from '../../../src/sites/adapter';
import type { ObservedMessage, Person } from '../../../src/messaging/protocol';

export function loadFixture(path: string, url: string): void {
  const html = readFileSync(resolve('test/fixtures', path), 'utf8');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  // The fixtures' own scripts simulate the site in e2e only.
  document.body.innerHTML = body.replace(/<script[\s\S]*?<\/script>/gi, '');
  document.title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
}

export interface Recorder {
  ctx: AdapterContext;
  controller: AbortController;
  observed: ObservedMessage[];
  health: Record<string, boolean>[];
  lastHealth(): Record<string, boolean>;
  /** people the fake ledger tracks (profile URL or email) */
  tracked: Set<string>;
  /** what ctx.snippets() answers (the user's snippets setting) */
  snippets: { on: boolean };
}

export function record(): Recorder {
  const controller = new AbortController();
  const observed: ObservedMessage[] = [];
  const health: Record<string, boolean>[] = [];
  const tracked = new Set<string>();
  const snippets = { on: false };
  const ctx: AdapterContext = {
    signal: controller.signal,
    observe: (m) => observed.push(...m),
    retract: () => undefined,
    health: (roles) => health.push(roles),
    lookup: async (people: Person[]) => people.map((p) => tracked.has(p.profileUrl ?? p.email ?? '')),
    snippets: () => snippets.on,
  };
  return { ctx, controller, observed, health, tracked, snippets, lastHealth: () => health.at(-1) ?? {} };
}

export function startAdapter(adapter: SiteAdapter, rec: Recorder): void {
  adapter.start(rec.ctx);
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stands in for the page-world script: learns the content script's hello
 * token and sends data on it, on the bridge's own event (see bridge.ts).
 */
export function fakePage(ns: string): { post(payload: unknown): void } {
  let token: string | undefined;
  document.addEventListener('nudgeline-bridge', (e) => {
    const d = JSON.parse((e as CustomEvent<string>).detail) as { ns?: string; kind?: string; token?: string };
    if (d.ns === ns && d.kind === 'hello') token = d.token;
  });
  return {
    post(payload) {
      if (!token) throw new Error('the content script has not said hello');
      document.dispatchEvent(new CustomEvent('nudgeline-bridge', { detail: JSON.stringify({ ns, kind: 'data', token, payload }) }));
    },
  };
}
