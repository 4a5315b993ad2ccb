// Called after every committed ledger change (a touch, an edit, a recompute).
// What follows a change (the badge, the digest alarm) is wired in index.ts,
// so this file depends on nothing; failures never undo the write.
const SETTLE_MS = 50;
type Listener = () => Promise<unknown>;
const listeners: Listener[] = [];
let pending: Promise<void> | undefined;

/** Run these after each settled burst of changes (registered once per worker start). */
export function afterLedgerChanges(...fns: Listener[]): void {
  listeners.push(...fns);
}

/**
 * The badge counts what is due now; the digest alarm follows a changed digest
 * time. A burst of writes (200 sends from three tabs) is answered by one
 * refresh after it settles; the refresh always reads the committed ledger.
 */
export function onLedgerChanged(): Promise<void> {
  pending ??= new Promise<void>((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => {
    pending = undefined;
    return Promise.all(listeners.map((fn) => fn())).then(() => undefined);
  });
  return pending;
}
