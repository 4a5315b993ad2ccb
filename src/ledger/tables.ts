// The tables a write transaction covers. Recompute reads contacts, identities,
// touches, referrals and settings, so every write that recomputes takes them all.
import type { NudgelineDB } from './db';

export const writeTables = (db: NudgelineDB) => [db.contacts, db.identities, db.touches, db.referrals, db.settings];
export const allTables = (db: NudgelineDB) => [...writeTables(db), db.meta];
