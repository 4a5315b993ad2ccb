// The ledger's public API: the only code that writes. Every write is one
// transaction and resolves after it commits; a LedgerError means nothing changed.
export { openDb, DB_NAME, SCHEMA_V1, type NudgelineDB } from './db';
export { LedgerError } from './errors';
export { dedupeKeyOf, manualKey, messageKey } from './dedupe';
export { observe, lookup, targetsOf, type ObserveResult } from './observe';
export { retract } from './retract';
export { createContact, updateContact, logManualTouch, contactAction, snoozeAllDue, type ContactAction } from './contacts';
export { mergeContacts, unmergeContact } from './merge';
export { saveReferral } from './referrals';
export { saveSettings, addIgnore, wipeLedger } from './settings-ops';
export { loadSettings } from './settings-store';
export { recomputeAll, lastRecomputeDay } from './recompute-all';
export { recomputeStale } from './recompute-stale';
export { nextStageChangeAt } from './next-change';
export { recomputeContacts, searchTextOf } from './recompute';
export { localDay, nextLocalMidnight } from './day';
export * from './queries';
