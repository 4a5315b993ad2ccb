// One sync pass: push the ledger's changes into the local sync database,
// replicate it with the server (CouchDB protocol, checkpoints on both
// sides), then apply what changed there to the ledger. Every step can be
// cut short by a stopped worker and redone: pushes merge, the change log
// entries go only after their documents are stored, and the applied
// sequence is saved only after the ledger committed.
import type { NudgelineDB } from '../ledger/db';
import { applyRemote, MassDeletion, type Deletions } from '../ledger/sync-apply';
import { keepContacts } from '../ledger/sync-keep';
import { allRecordsPage, clearLog, knownContactGids, logPage, recordsOfLog, syncMeta } from '../ledger/sync-io';
import { contactGone, mergeRecords, type ContactRecord, type SyncRecord } from '../core/sync-merge';
import { DecryptError, docId, seal, unseal, type SyncKeys } from './crypto';
import { KEYRING_ID } from './keyring';
import { putRecords } from './store';
import type { Pouch } from './pouch';

export interface EngineDeps {
  db: NudgelineDB;
  local: Pouch;
  remote: Pouch;
  keys: SyncKeys;
  now?: () => number;
  /** contacts deleted on another device: ask when many (default), apply, or keep */
  deletions?: Deletions;
}

export interface PassResult { pushed: number; pulled: number; applied: number; quarantined: string[]; confirmDeletes?: number }

const PAGE = 500;

/** Stores every change for the server; returns the last log entry stored (cleared once uploaded). */
async function pushLocal(d: EngineDeps, result: PassResult, resend: boolean): Promise<number> {
  if (!(await syncMeta.get(d.db, 'exported'))) {
    // First pass on this device: every row, not only the logged ones.
    for (const table of ['contacts', 'identities', 'touches', 'referrals'] as const) {
      for (let after = 0; ;) {
        const page = await allRecordsPage(d.db, table, after, PAGE);
        if (!page) break;
        result.pushed += await putRecords(d.local, d.keys, page.records);
        after = page.last;
      }
    }
    await syncMeta.set(d.db, 'exported', true);
  }
  let last = 0;
  for (;;) {
    const entries = await logPage(d.db, last, PAGE);
    if (!entries.length) return last;
    result.pushed += await putRecords(d.local, d.keys, await recordsOfLog(d.db, entries), resend);
    last = entries[entries.length - 1]!.seq!;
  }
}

/** The merged record of every open revision; the losers are deleted. */
async function resolved(d: EngineDeps, doc: PouchDB.Core.ExistingDocument<{ p?: string }> & { _conflicts?: string[] }): Promise<SyncRecord> {
  let rec = (await unseal(d.keys, doc)) as SyncRecord;
  const losers = doc._conflicts ?? [];
  if (!losers.length) return rec;
  for (const rev of losers) {
    try {
      rec = mergeRecords(rec, (await unseal(d.keys, await d.local.get(doc._id, { rev }))) as SyncRecord) ?? rec;
    } catch (err) {
      if (!(err instanceof DecryptError)) throw err;
    }
  }
  await d.local.bulkDocs([
    { ...(await seal(d.keys, doc._id, rec)), _rev: doc._rev },
    ...losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true })),
  ]);
  return rec;
}

/** The contact a record belongs to (its referrer for a referral). */
const ownerOf = (r: SyncRecord): string | undefined => (r.k === 'identity' || r.k === 'touch' ? r.contact : r.k === 'referral' ? r.referrer : undefined);

/**
 * Contacts deleted elsewhere whose addresses and touches are in this page
 * without them (a browser joining after "Delete everything"): read from the
 * local sync database before the ledger's transaction, which cannot wait on it.
 */
async function deletedOwners(d: EngineDeps, records: readonly SyncRecord[]): Promise<Set<string>> {
  const inPage = new Set(records.filter((r) => r.k === 'contact').map((r) => r.gid));
  const owners = [...new Set(records.map(ownerOf).filter((g): g is string => !!g && !inPage.has(g)))];
  if (!owners.length) return new Set();
  const known = await knownContactGids(d.db, owners);
  const unknown = owners.filter((g) => !known.has(g));
  const gone = new Set<string>();
  if (!unknown.length) return gone;
  const ids = await Promise.all(unknown.map((gid) => docId(d.keys, `contact:${gid}`)));
  for (const row of (await d.local.allDocs({ keys: ids, include_docs: true })).rows) {
    const doc = 'doc' in row ? row.doc : undefined;
    if (!doc) continue;
    try {
      const rec = (await unseal(d.keys, doc)) as ContactRecord;
      if (contactGone(rec)) gone.add(rec.gid);
    } catch (err) {
      if (!(err instanceof DecryptError)) throw err;
    }
  }
  return gone;
}

/** Applies the pulled changes; returns the contacts kept against another device's deletion. */
async function applyChanges(d: EngineDeps, result: PassResult): Promise<number[]> {
  const kept: number[] = [];
  for (;;) {
    const since = ((await syncMeta.get(d.db, 'appliedSeq')) as string | number | undefined) ?? 0;
    const feed = await d.local.changes({ since, include_docs: true, conflicts: true, limit: PAGE });
    if (!feed.results.length) return kept;
    const records: SyncRecord[] = [];
    for (const ch of feed.results) {
      if (ch.deleted || !ch.doc || ch.id === KEYRING_ID) continue;
      try {
        records.push(await resolved(d, ch.doc as never));
      } catch (err) {
        if (!(err instanceof DecryptError)) throw err;
        result.quarantined.push(ch.id);
      }
    }
    const applied = await applyRemote(d.db, records, (d.now ?? Date.now)(), d.deletions, await deletedOwners(d, records));
    result.applied += applied.contacts + applied.touches + applied.deleted;
    kept.push(...applied.kept);
    await syncMeta.set(d.db, 'appliedSeq', feed.last_seq);
  }
}

async function upload(d: EngineDeps, result: PassResult, resend = false): Promise<void> {
  // Our own documents need not come back to the ledger: when nothing else
  // waits to be applied, the applied sequence moves past what we store now.
  const applied = (await syncMeta.get(d.db, 'appliedSeq')) ?? 0;
  const caughtUp = String(applied) === String((await d.local.info()).update_seq);
  const stored = await pushLocal(d, result, resend);
  if (caughtUp) await syncMeta.set(d.db, 'appliedSeq', (await d.local.info()).update_seq);
  await d.local.replicate.to(d.remote, { batch_size: 100 });
  // Only now are these changes on the server: until here they count as pending.
  await clearLog(d.db, stored);
}

export async function syncPass(d: EngineDeps): Promise<PassResult> {
  const result: PassResult = { pushed: 0, pulled: 0, applied: 0, quarantined: [] };
  await upload(d, result);
  const pull = await d.local.replicate.from(d.remote, { batch_size: 100 });
  result.pulled = pull.docs_written;
  try {
    const kept = await applyChanges(d, result);
    if (kept.length) {
      // Sent back at once as new revisions, so the devices that deleted them pull them again.
      await keepContacts(d.db, kept);
      await upload(d, result, true);
    }
  } catch (err) {
    if (!(err instanceof MassDeletion)) throw err;
    result.confirmDeletes = err.count;
  }
  return result;
}
