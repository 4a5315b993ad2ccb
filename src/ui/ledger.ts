// The pages' read side: one Dexie connection per page, and settings as the
// ledger stored them (falling back to the defaults before the first save).
import { openDb, type NudgelineDB } from '../ledger/db';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Settings } from '../core/types';

let shared: NudgelineDB | undefined;

export function pageDb(): NudgelineDB {
  shared ??= openDb();
  return shared;
}

export async function readSettings(db: NudgelineDB): Promise<Settings> {
  const row = await db.settings.get('settings');
  // Fields added after the row was stored come from the defaults.
  return row ? { ...structuredClone(DEFAULT_SETTINGS), ...row.value } : structuredClone(DEFAULT_SETTINGS);
}
