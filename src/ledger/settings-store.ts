// The settings row. Read inside the caller's transaction (Dexie zones carry it).
import type { Settings } from '../core/types';
import { DEFAULT_SETTINGS, migrateSettings } from '../core/settings';
import type { NudgelineDB } from './db';

export async function loadSettings(db: NudgelineDB): Promise<Settings> {
  const row = await db.settings.get('settings');
  // Stored settings of an older version keep every valid field; the rest get defaults.
  return row ? migrateSettings(row.value) : structuredClone(DEFAULT_SETTINGS);
}

export async function storeSettings(db: NudgelineDB, value: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value });
}
