// The pages' one Dexie connection; they read through ledger/queries.ts.
import { openDb, type NudgelineDB } from '../ledger/db';

let shared: NudgelineDB | undefined;

export function pageDb(): NudgelineDB {
  shared ??= openDb();
  return shared;
}
