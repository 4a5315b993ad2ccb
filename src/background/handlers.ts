// Routes each accepted request to the ledger. Replies only after the write
// commits; a refusal or failure writes nothing and answers { ok: false }.
import browser from 'webextension-polyfill';
import type { ContentRequest, PageRequest, Reply } from '../messaging/protocol';
import { DUE_SECTIONS, type Site } from '../core/types';
import * as ledger from '../ledger/index';
import { ledgerDb } from './db-handle';
import { onLedgerChanged } from './changes';
import { catchUpToday, scheduleDayBoundary } from './day-boundary';
import { mirrorContentPrefs } from './content-prefs';
import { handleSync, isSyncRequest } from './sync-handlers';
import { syncSoon } from '../sync/runner';
import { healthKey, type HealthReport } from '../messaging/storage-keys';

const ok = <T>(value: T): Reply<T> => ({ ok: true, value });

/** After a write that can change settings: content scripts see the new prefs before the reply. */
async function withPrefs<T>(value: T): Promise<T> {
  await mirrorContentPrefs().catch((err: unknown) => console.debug('[nudgeline] content prefs failed', err));
  return value;
}

/** A write: answer once it commits; the badge follows without delaying the reply. */
async function wrote<T>(work: Promise<T>): Promise<Reply<T>> {
  const value = await work;
  void onLedgerChanged().catch((err: unknown) => console.debug('[nudgeline] onLedgerChanged failed', err));
  // With sync on, the change goes to the server a moment later (debounced).
  syncSoon(ledgerDb(), onLedgerChanged);
  // A write may bring the next stage change closer (a snooze ending today); not worth delaying the reply.
  void scheduleDayBoundary().catch((err: unknown) => console.debug('[nudgeline] day alarm failed', err));
  return ok(value);
}

export async function handleContent(req: ContentRequest, site: Site, now = Date.now()): Promise<Reply> {
  const db = ledgerDb();
  switch (req.type) {
    case 'ping':
      return ok({ pong: req.nonce, site });
    case 'health':
      await browser.storage.local.set({ [healthKey(site)]: { roles: req.roles, at: now } satisfies HealthReport });
      return ok(null);
    case 'observe':
      return wrote(ledger.observe(db, req.messages, now));
    case 'retract':
      return wrote(ledger.retract(db, site, req.eventId, now));
    case 'lookup':
      return ok(await ledger.lookup(db, req.people));
  }
}

export async function handlePage(req: PageRequest, now = Date.now()): Promise<Reply> {
  if (isSyncRequest(req)) return handleSync(req);
  const db = ledgerDb();
  switch (req.type) {
    case 'ping':
      return ok({ pong: req.nonce });
    case 'touch.log':
      return wrote(ledger.logManualTouch(db, req, now));
    case 'contact.create':
      return wrote(ledger.createContact(db, req, now));
    case 'contact.update':
      return wrote(ledger.updateContact(db, req.contactId, req.patch, now));
    case 'contact.action':
      return wrote(ledger.contactAction(db, req.contactId, req.action, req.until, now));
    case 'contact.merge':
      return wrote(ledger.mergeContacts(db, req.intoId, req.fromId, now));
    case 'contact.unmerge':
      return wrote(ledger.unmergeContact(db, req.contactId, now));
    case 'ignore.add':
      return wrote(ledger.addIgnore(db, req.value, req.contactId, now));
    case 'referral.save':
      return wrote(ledger.saveReferral(db, req, now));
    case 'settings.save':
      return wrote(ledger.saveSettings(db, req.settings, now).then(withPrefs));
    case 'agenda.refresh':
      return ok(await catchUpToday(now));
    case 'agenda.snoozeAll':
      return wrote(ledger.snoozeAllDue(db, DUE_SECTIONS, req.until, now));
    case 'ledger.wipe':
      return wrote(ledger.wipeLedger(db).then(withPrefs));
    case 'backup.import':
      return wrote(ledger.restoreBackupJson(db, req.json, now).then(withPrefs));
    case 'import.apply':
      return wrote(ledger.importPeople(db, req.people, now));
    case 'backup.recorded':
      return wrote(ledger.recordBackup(db, req.at));
  }
}
