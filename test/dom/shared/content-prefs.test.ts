// The content side of the mirrored prefs: boot reads them from the outbox's
// own storage read (no extra call), follows storage.onChanged until its
// signal aborts, and answers ctx.snippets(). Every outbox flush reads them
// again; the inline buttons are redrawn only when the words really change.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot } from '../../../src/content/boot';
import { applyStoredPrefs, parsePrefs, snippetsEnabled } from '../../../src/content/prefs';
import { CONTENT_WORD_KEYS, PREFS_KEY } from '../../../src/messaging/storage-keys';
import type { AdapterContext, SiteAdapter } from '../../../src/sites/adapter';
import { buttonOf, mountLogButton } from '../../../src/sites/shared/inline-button';

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
        // a fresh copy per read, as the browser's structured clone gives
        get: async () => (gets++, structuredClone(store)),
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

function started(start?: (c: AdapterContext) => void): { ctx: () => AdapterContext; controller: AbortController } {
  let ctx: AdapterContext | undefined;
  const adapter: SiteAdapter = { site: 'gmail', start: (c) => void ((ctx = c), start?.(c)) };
  const controller = boot(adapter);
  return { ctx: () => ctx!, controller };
}

const wordsOf = (lang: string) => {
  const catalog = JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(CONTENT_WORD_KEYS.map((k) => [k, catalog[k]!.message]));
};

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

  it('write the inline button\'s words once when they arrive, not again on each outbox flush, and again when storage.onChanged brings new words', async () => {
    const de = wordsOf('de');
    store[PREFS_KEY] = { snippets: false, words: de };
    document.body.innerHTML = '<div id="send" role="button">Send</div>';
    const { ctx, controller } = started((c) => {
      mountLogButton(document.getElementById('send')!, { signal: c.signal, label: 'logAsFollowUp', onPress: () => undefined });
    });
    const button = buttonOf(document.querySelector('nudgeline-button')!)!;
    expect(button.textContent).toBe(wordsOf('en')['logAsFollowUp']);
    await tick(); // boot's flush: the first read brings the German words
    expect(button.textContent).toBe(de['logAsFollowUp']);
    expect(button.getAttribute('aria-label')).toBe(`${de['logAsFollowUp']}: ${de['untrackedState']}`);

    const writes: MutationRecord[] = [];
    const seen = new MutationObserver((records) => writes.push(...records));
    seen.observe(button, { subtree: true, childList: true, characterData: true, attributes: true });
    // what was rewritten, e.g. 'childList SPAN', 'attributes aria-label'
    const taken = () => [...writes.splice(0), ...seen.takeRecords()].map((r) => `${r.type} ${r.attributeName ?? r.target.nodeName}`);
    const before = gets;
    ctx().retract('one'); // each logged send (and each retry) is one more flush and read
    await tick();
    ctx().retract('two');
    await tick();
    expect(gets).toBeGreaterThan(before);
    expect(taken()).toEqual([]);

    // the snippets setting still follows every read
    store[PREFS_KEY] = { snippets: true, words: de };
    ctx().retract('three');
    await tick();
    expect(snippetsEnabled()).toBe(true);
    expect(taken()).toEqual([]);

    // the browser's language changed: the background mirrors other words
    const fr = wordsOf('fr');
    change({ snippets: true, words: fr });
    expect(taken().length).toBeGreaterThan(0);
    expect(button.textContent).toBe(fr['logAsFollowUp']);
    expect(button.title).toBe(fr['untrackedState']);
    seen.disconnect();
    controller.abort();
  });
});
