// Called after every committed ledger change (a touch, an edit, a recompute).
// The badge and reminder code hook in here; failures never undo the write.
import { updateBadge } from './badge';
import { scheduleDigest } from './reminders';

const SETTLE_MS = 50;
let pending: Promise<void> | undefined;

/**
 * The badge counts what is due now; the digest alarm follows a changed digest
 * time. A burst of writes (200 sends from three tabs) is answered by one
 * refresh after it settles; the refresh always reads the committed ledger.
 */
export function onLedgerChanged(): Promise<void> {
  pending ??= new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => {
    pending = undefined;
    return Promise.all([updateBadge(), scheduleDigest()]).then(() => undefined);
  });
  return pending;
}
