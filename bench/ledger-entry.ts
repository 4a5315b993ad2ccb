// Bench-only bundle of the real ledger and import code. Built into a
// temporary folder (never into the shipped extension) and evaluated inside
// an extension page, so it runs on the extension's own IndexedDB.
import { openDb } from '../src/ledger/db';
import { agendaSection, dueCount } from '../src/ledger/queries';
import { recomputeAll } from '../src/ledger/recompute-all';
import { readImport } from '../src/data/read-import';

(globalThis as { nudgelineLedger?: unknown }).nudgelineLedger = { openDb, agendaSection, dueCount, recomputeAll, readImport };
