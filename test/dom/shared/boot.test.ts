// The content-script boot: an adapter runs on an AbortSignal, and a script
// orphaned by an extension reload or update detaches instead of retrying.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../../src/content/boot';
import type { AdapterContext, SiteAdapter } from '../../../src/sites/adapter';

type Chrome = { runtime: { id?: string; sendMessage: ReturnType<typeof vi.fn> }; storage: unknown; i18n?: unknown };
const g = globalThis as unknown as { chrome: Chrome };
const original = g.chrome;
let sent: unknown[];

beforeEach(() => {
  sent = [];
  const store = new Map<string, unknown>();
  g.chrome = {
    ...original,
    runtime: { id: 'abc', sendMessage: vi.fn<(m: unknown) => Promise<unknown>>(async (m) => (sent.push(m), { ok: true, value: [true] })) },
    storage: {
      local: {
        get: async () => Object.fromEntries(store),
        set: async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) store.set(k, v); },
        remove: async (k: string) => void store.delete(k),
      },
    },
  };
});
afterEach(() => {
  g.chrome = original;
});

/** A stand-in adapter that watches the page until its signal aborts. */
function watchingAdapter(): { adapter: SiteAdapter; ctx: () => AdapterContext; mutations: () => number } {
  let ctx: AdapterContext | undefined;
  let seen = 0;
  const adapter: SiteAdapter = {
    site: 'gmail',
    start(c) {
      ctx = c;
      const observer = new MutationObserver(() => void seen++);
      observer.observe(document.body, { childList: true });
      c.signal.addEventListener('abort', () => observer.disconnect());
    },
  };
  return { adapter, ctx: () => ctx!, mutations: () => seen };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('boot', () => {
  it('passes observations, health and lookups to the background while the extension is there', async () => {
    const { adapter, ctx } = watchingAdapter();
    boot(adapter);
    ctx().health({ compose: true });
    expect(await ctx().lookup([{ email: 'a@example.com' }])).toEqual([true]);
    await tick();
    expect(sent.map((m) => (m as { type: string }).type)).toEqual(['health', 'lookup']);
  });

  it('detaches everything once the extension was reloaded under it, and sends nothing more', async () => {
    const { adapter, ctx, mutations } = watchingAdapter();
    const controller = boot(adapter);
    document.body.append(document.createElement('div'));
    await tick();
    expect(mutations()).toBe(1);
    delete g.chrome.runtime.id; // what Chrome does to an orphaned content script
    ctx().health({ compose: true });
    expect(controller.signal.aborted).toBe(true);
    expect(await ctx().lookup([{ email: 'a@example.com' }])).toEqual([false]);
    document.body.append(document.createElement('div'));
    await tick();
    expect(mutations()).toBe(1);
    expect(sent).toEqual([]);
  });

  it('stays attached when the page goes into the back/forward cache', () => {
    const { adapter } = watchingAdapter();
    const controller = boot(adapter);
    dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true }));
    expect(controller.signal.aborted).toBe(false);
  });

  it('when the page is destroyed, tears nothing down and only stops sending; what is queued stays stored', async () => {
    const { adapter, ctx } = watchingAdapter();
    const controller = boot(adapter);
    let teardowns = 0;
    controller.signal.addEventListener('abort', () => void teardowns++);
    await tick();
    sent.length = 0;
    dispatchEvent(Object.assign(new Event('pagehide'), { persisted: false }));
    expect(teardowns).toBe(0);
    const message = { eventId: 'gmail:send:1', kind: 'send', channel: 'gmail', at: 1, people: [{ email: 'a@example.com' }] };
    ctx().observe([message as never]);
    await tick();
    await tick();
    expect(sent).toEqual([]);
    const stored = await (g.chrome.storage as { local: { get(k: null): Promise<Record<string, unknown>> } }).local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('outbox:gmail:'))).toHaveLength(1);
  });
});
