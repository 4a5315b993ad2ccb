// A burst of ledger writes refreshes the badge once, after the burst.
import { describe, expect, it, vi } from 'vitest';

const updateBadge = vi.fn<() => Promise<number>>(async () => 0);
const scheduleDigest = vi.fn<() => Promise<void>>(async () => undefined);
const { afterLedgerChanges, onLedgerChanged } = await import('../../../src/background/changes');
afterLedgerChanges(updateBadge, scheduleDigest);

describe('onLedgerChanged', () => {
  it('coalesces a burst into one badge refresh, and refreshes again for a later change', async () => {
    await Promise.all(Array.from({ length: 50 }, () => onLedgerChanged()));
    expect(updateBadge).toHaveBeenCalledTimes(1);
    expect(scheduleDigest).toHaveBeenCalledTimes(1);
    await onLedgerChanged();
    expect(updateBadge).toHaveBeenCalledTimes(2);
  });
});
