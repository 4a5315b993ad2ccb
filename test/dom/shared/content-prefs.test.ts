// The content side of the snippets setting: boot reads the mirrored prefs
// from the outbox's own storage read (no extra call), follows
// storage.onChanged until its signal aborts, and answers ctx.snippets().
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../../src/content/boot';
import { applyStoredPrefs, parsePrefs, snippetsEnabled } from '../../../src/content/prefs';
import { PREFS_KEY } from '../../../src/messaging/storage-keys';
import type { AdapterContext, SiteAdapter } from '../../../src/sites/adapter';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const g = globalThis as unknown as { chrome: unknown };
const original = g.chrome;
let store: Record<string, unknown>;
let listeners: Set<Listener>;
let gets: number;

beforeEach(() => {
  store = {};
  listeners = new Set();
  gets = 0;
  g.chrome = {
    runtime: { id: 'abc', sendMessage: async () => ({ ok: true, value: null }) },
    storage: {
      local: {
        get: async () => (gets++, { ...store }),
        set: async (items: Record<string, unknown>) => void Object.assign(store, items),
        remove: async (k: string) => void delete store[k],
      },
      onChanged: { addListener: (fn: Listener) => listeners.add(fn), removeListener: (fn: Listener) => listeners.delete(fn) },
    },
  };
});
afterEach(() => {
  g.chrome = original;
  applyStoredPrefs({});
});

const change = (newValue: unknown, area = 'local') => listeners.forEach((fn) => fn({ [PREFS_KEY]: { newValue } }, area));
const tick = () => new Promise((r) => setTimeout(r, 0));

function started(): { ctx: () => AdapterContext; controller: AbortController } {
  let ctx: AdapterContext | undefined;
  const adapter: SiteAdapter = { site: 'gmail', start: (c) => void (ctx = c) };
  const controller = boot(adapter);
  return { ctx: () => ctx!, controller };
}

describe('content prefs', () => {
  it.each([
    [{ snippets: true }, true],
    [{ snippets: false }, false],
    [{ snippets: 'yes' }, false],
    [undefined, false],
    [null, false],
    ['true', false],
  ])('only a stored true turns snippets on (%j)', (value, on) => {
    expect(parsePrefs(value).snippets).toBe(on);
  });

  it('off until the mirrored prefs are read; read from the one storage pass boot makes', async () => {
    store[PREFS_KEY] = { snippets: true };
    const { ctx, controller } = started();
    expect(ctx().snippets()).toBe(false);
    await tick();
    expect(ctx().snippets()).toBe(true);
    expect(gets).toBe(1);
    controller.abort();
  });

  it('follows storage.onChanged, and stops listening on abort', async () => {
    const { ctx, controller } = started();
    await tick();
    expect(ctx().snippets()).toBe(false);
    change({ snippets: true });
    expect(ctx().snippets()).toBe(true);
    change({ snippets: true }, 'sync'); // another area: not ours
    change(undefined); // the key removed: off
    expect(ctx().snippets()).toBe(false);
    expect(listeners.size).toBe(1);
    controller.abort();
    expect(listeners.size).toBe(0);
  });

  it('an orphaned script (no storage API) starts with snippets off and never throws', () => {
    g.chrome = { runtime: { sendMessage: vi.fn<() => Promise<unknown>>() } };
    const { ctx } = started();
    expect(ctx().snippets()).toBe(false);
    expect(snippetsEnabled()).toBe(false);
  });
});
