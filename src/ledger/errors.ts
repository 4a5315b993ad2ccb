// A refusal the user can act on. Thrown inside a transaction, it aborts it:
// nothing is written, and the background answers { ok: false, error }.
export class LedgerError extends Error {
  override name = 'LedgerError';
}

export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new LedgerError(`not found: ${what}`);
  return value;
}

/** Dexie types auto-increment ids as optional; a committed add always has one. */
export function newId(id: number | undefined): number {
  if (id === undefined) throw new Error('add() returned no id');
  return id;
}
