// When passes run: a "sync now" (or a change) that arrives while a pass is
// under way must not be answered by that pass, which may have read the
// ledger before the change; one more pass follows, shared by all who asked
// meanwhile.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';

const store: Record<string, unknown> = {};
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: vi.fn<(k: string) => Promise<object>>(async (k) => (k in store ? { [k]: store[k] } : {})),
        set: vi.fn<(o: object) => Promise<void>>(async (o) => { Object.assign(store, o); }),
        remove: vi.fn<() => Promise<void>>(async () => undefined),
      },
    },
    alarms: { create: vi.fn<() => Promise<void>>(async () => undefined) },
  },
}));

/** Each pass started, and a way to end it (or make it fail). */
const passes: Array<{ end: () => void; fail: (err: unknown) => void; opts: { deletions?: string } }> = [];
vi.mock('../../../src/sync/engine', () => ({
  syncPass: vi.fn<(d: { deletions?: string }) => Promise<object>>((d) => new Promise((end, fail) => {
    passes.push({ end: () => end({ pushed: 0, pulled: 0, applied: 0, quarantined: [] }), fail, opts: { deletions: d.deletions } });
  })),
}));
vi.mock('../../../src/sync/crypto', () => ({ importKeys: vi.fn<() => Promise<object>>(async () => ({})) }));
vi.mock('../../../src/sync/pouch', () => ({ localPouch: vi.fn<() => object>(() => ({})), remotePouch: vi.fn<() => object>(() => ({})) }));
vi.mock('../../../src/ledger/sync-io', () => ({ pendingCount: vi.fn<() => Promise<number>>(async () => 0) }));

const { runSync, syncSoon } = await import('../../../src/sync/runner');
const browser = (await import('webextension-polyfill')).default;
const { pendingCount } = await import('../../../src/ledger/sync-io');
const db = {} as NudgelineDB;
const settle = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  passes.length = 0;
  for (const k of Object.keys(store)) delete store[k];
  store.syncConfig = { url: 'http://127.0.0.1:5984/db', user: 'u', password: 'p', keys: { enc: '', mac: '' } };
});

describe('runSync', () => {
  it('a request during a pass gets a fresh pass after it; requests meanwhile share that one', async () => {
    const first = runSync(db);
    await settle();
    expect(passes).toHaveLength(1);
    const second = runSync(db);
    const third = runSync(db, { deletions: 'apply' });
    await settle();
    // Nothing new starts while the first pass runs.
    expect(passes).toHaveLength(1);
    let secondDone = false;
    void second.then(() => { secondDone = true; });
    passes[0]!.end();
    await first;
    await settle();
    expect(secondDone).toBe(false);
    expect(passes).toHaveLength(2);
    // The shared follow-up pass carries the choice made meanwhile.
    expect(passes[1]!.opts.deletions).toBe('apply');
    passes[1]!.end();
    expect(await second).toMatchObject({ status: 'ok' });
    expect(await third).toBe(await second);
    expect(passes).toHaveLength(2);
  });

  it('syncSoon: one pass two seconds after the last of a burst of changes, then the badge and digest follow', async () => {
    vi.useFakeTimers();
    try {
      const after = vi.fn<() => Promise<void>>(async () => undefined);
      for (let i = 0; i < 3; i++) {
        syncSoon(db, after);
        await vi.advanceTimersByTimeAsync(1_000);
      }
      expect(passes).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1_100);
      expect(passes).toHaveLength(1);
      expect(after).not.toHaveBeenCalled();
      passes[0]!.end();
      await vi.advanceTimersByTimeAsync(10);
      expect(after).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('three failed passes in a row with changes waiting say "no progress", waiting longer each time; a pass that works clears it', async () => {
    vi.mocked(pendingCount).mockResolvedValue(4);
    const alarms = vi.mocked(browser.alarms.create);
    alarms.mockClear();
    try {
      for (let failures = 1; failures <= 3; failures++) {
        const pass = runSync(db);
        await settle();
        passes.at(-1)!.fail({ status: 503 });
        expect(await pass).toMatchObject({ status: 'error', error: 'server', failures, pending: 4, stalled: failures === 3 });
        // Backoff 1, 2, 4 minutes, each times 0.5–1.5 (and never under half a minute).
        const delay = (alarms.mock.calls.at(-1) as unknown as [string, { delayInMinutes: number }])[1].delayInMinutes;
        expect(delay).toBeGreaterThanOrEqual(Math.max(0.5, 0.5 * 2 ** (failures - 1)));
        expect(delay).toBeLessThanOrEqual(1.5 * 2 ** (failures - 1));
      }
      const ok = runSync(db);
      await settle();
      passes.at(-1)!.end();
      expect(await ok).toMatchObject({ status: 'ok', failures: 0, stalled: false });
    } finally {
      vi.mocked(pendingCount).mockResolvedValue(0);
    }
  });

  it('with nothing running, a request starts one pass at once', async () => {
    const one = runSync(db);
    await settle();
    expect(passes).toHaveLength(1);
    passes[0]!.end();
    expect(await one).toMatchObject({ status: 'ok', failures: 0 });
  });
});
