// One Dexie handle per worker life. A stopped worker loses it and the next
// call opens it again: nothing here that cannot be rebuilt.
import { openDb, type NudgelineDB } from '../ledger/index';

let cached: NudgelineDB | undefined;

export function ledgerDb(): NudgelineDB {
  cached ??= openDb();
  return cached;
}
