// The ledger's public API for the background, the only writer: every write
// is one transaction and resolves after it commits; a LedgerError means
// nothing changed. Pages read through queries.ts and never write.
export { openDb, DB_NAME, SCHEMA_V1, type NudgelineDB } from './db';
export { LedgerError } from './errors';
export { dedupeKeyOf, manualKey, messageKey } from './dedupe';
export { observe, lookup, targetsOf, type ObserveResult } from './observe';
export { retract } from './retract';
export { createContact, updateContact, logManualTouch, contactAction, snoozeAllDue } from './contacts';
export { mergeContacts, unmergeContact } from './merge';
export { keepContacts } from './sync-keep';
export { saveReferral } from './referrals';
export { saveSettings, addIgnore, recordBackup, wipeLedger } from './settings-ops';
export { importPeople, type ImportResult } from './import';
export { restoreBackupJson, type RestoreResult } from './restore';
export { loadSettings } from './settings-store';
export { claimDigestDay, lastDigestDay, recordDigest, type DigestRecord } from './digest-log';
export { recomputeAll, lastRecomputeDay } from './recompute-all';
export { recomputeStale } from './recompute-stale';
export { nextStageChangeAt } from './next-change';
export { recomputeContacts } from './recompute';
export { localDay, nextLocalMidnight } from './day';
export * from './queries';
