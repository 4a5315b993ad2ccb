// The pages' read side: one Dexie connection per page, and settings as the
// ledger stored them (falling back to the defaults before the first save).
import { openDb, type NudgelineDB } from '../ledger/db';
import { loadSettings } from '../ledger/settings-store';

let shared: NudgelineDB | undefined;

export function pageDb(): NudgelineDB {
  shared ??= openDb();
  return shared;
}

/** The same reading as the background's: every invalid or missing field defaulted. */
export const readSettings = (db: NudgelineDB) => loadSettings(db);
