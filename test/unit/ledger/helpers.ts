// Shared set-up for ledger tests: a fresh fake-indexeddb database per test,
// and builders for observed messages and settings.
import { afterEach } from 'vitest';
import { openDb, type NudgelineDB } from '../../../src/ledger/db';
import { storeSettings } from '../../../src/ledger/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Settings } from '../../../src/core/types';
import type { ObservedMessage } from '../../../src/messaging/protocol';

let n = 0;
export function freshDb(): NudgelineDB {
  return openDb(`nudgeline-test-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`);
}

/** Monday 2 November 2026, 10:00 local (Europe/Berlin in the unit tier). */
export const MON = new Date(2026, 10, 2, 10, 0).getTime();

export function sent(over: Partial<ObservedMessage> = {}): ObservedMessage {
  return {
    eventId: 'ev-1', site: 'gmail', direction: 'out', messageId: 'msg-1', at: MON,
    to: [{ email: 'dana@example.com', name: 'Dana Reyes' }], source: 'auto', subject: 'Intro',
    ...over,
  };
}

export function received(over: Partial<ObservedMessage> = {}): ObservedMessage {
  return {
    eventId: 'ev-in-1', site: 'gmail', direction: 'in', messageId: 'msg-in-1', at: MON + 3_600_000,
    to: [], from: { email: 'dana@example.com', name: 'Dana Reyes' }, source: 'auto',
    ...over,
  };
}

export async function withSettings(db: NudgelineDB, over: Partial<Settings>): Promise<void> {
  await db.transaction('rw', db.settings, () => storeSettings(db, { ...structuredClone(DEFAULT_SETTINGS), ...over }));
}

/** Every row of every table, for before/after comparisons. */
export async function dump(db: NudgelineDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** A maker of fresh databases for one test file; each is deleted after its test. */
export function dbsPerTest(): () => NudgelineDB {
  const made: NudgelineDB[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => d.delete()));
  });
  return () => {
    const db = freshDb();
    made.push(db);
    return db;
  };
}
