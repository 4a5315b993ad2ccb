// The popup never shows yesterday's agenda: when the ledger was last
// recomputed on another day, it asks the background to catch up first.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureTodaysStages } from '../../../src/popup/fresh';
import { request } from '../../../src/messaging/client';
import { pageDb } from '../../../src/ui/ledger';
import { localDay } from '../../../src/ledger/day';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: true })) }));

const NOW = new Date(2026, 10, 5, 9, 0).getTime();

beforeEach(async () => {
  vi.mocked(request).mockClear();
  await pageDb().meta.clear();
});

describe('ensureTodaysStages', () => {
  it('asks the background to recompute when the last recompute was yesterday', async () => {
    await pageDb().meta.put({ key: 'lastRecomputeDay', value: localDay(NOW - 86_400_000) });
    // The popup re-reads what it read before the catch-up.
    expect(await ensureTodaysStages(NOW)).toBe(true);
    expect(request).toHaveBeenCalledWith({ type: 'agenda.refresh' });
  });

  it('asks nothing when the stages are already today’s', async () => {
    await pageDb().meta.put({ key: 'lastRecomputeDay', value: localDay(NOW) });
    expect(await ensureTodaysStages(NOW)).toBe(false);
    expect(request).not.toHaveBeenCalled();
  });
});
