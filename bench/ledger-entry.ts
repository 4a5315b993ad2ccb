// Bench-only bundle of the real ledger and import code. Built into a
// temporary folder (never into the shipped extension) and evaluated inside
// an extension page, so it runs on the extension's own IndexedDB.
import { Dexie } from 'dexie';
import { openDb, type NudgelineDB } from '../src/ledger/db';
import { agendaSection, dueCount } from '../src/ledger/queries';
import { recomputeAll } from '../src/ledger/recompute-all';
import { loadSettings } from '../src/ledger/settings-store';
import { readImport } from '../src/data/read-import';
import { ulid } from '../src/core/ulid';
import { openAtVersion } from '../test/unit/ledger/open-at-version';

const deleteDb = (name: string): Promise<void> => Dexie.delete(name);
const settingsOf = (db: NudgelineDB) => db.transaction('r', db.settings, () => loadSettings(db));

(globalThis as { nudgelineLedger?: unknown }).nudgelineLedger = { openDb, deleteDb, settingsOf, agendaSection, dueCount, recomputeAll, readImport, ulid, openAtVersion };
