// Encrypting records into the local sync database: one document per
// natural key, merged with what it already holds, written only when the
// merge changed something (so re-sending the same record is free), unless
// `resend`: a new revision the other devices pull again ("keep mine").
import { mergeRecords, naturalKey, type SyncRecord } from '../core/sync-merge';
import { docId, seal, unseal, type SyncKeys } from './crypto';
import type { Pouch } from './pouch';

/** Referrals carry the time they were sent; two sends of the same content are the same record. */
const sameRecord = (a: SyncRecord, b: SyncRecord) =>
  JSON.stringify({ ...a, at: undefined }) === JSON.stringify({ ...b, at: undefined });

export async function putRecords(local: Pouch, keys: SyncKeys, records: readonly SyncRecord[], resend = false): Promise<number> {
  if (!records.length) return 0;
  const byId = new Map<string, SyncRecord>();
  for (const r of records) {
    const id = await docId(keys, naturalKey(r));
    const had = byId.get(id);
    byId.set(id, had ? (mergeRecords(had, r) ?? r) : r);
  }
  const ids = [...byId.keys()];
  const existing = await local.allDocs({ keys: ids, include_docs: true });
  const writes: Array<{ _id: string; _rev?: string; p: string }> = [];
  for (const row of existing.rows) {
    const rec = byId.get(row.key)!;
    const doc = 'doc' in row ? row.doc : undefined;
    if (!doc) {
      writes.push(await seal(keys, row.key, rec));
      continue;
    }
    let merged = rec;
    try {
      const old = (await unseal(keys, doc)) as SyncRecord;
      const m = mergeRecords(old, rec);
      if (m && sameRecord(m, old) && !resend) continue;
      merged = m ?? rec;
    } catch {
      // What is there does not open with our key: our record replaces it.
    }
    writes.push({ ...(await seal(keys, row.key, merged)), _rev: doc._rev });
  }
  if (writes.length) {
    const res = await local.bulkDocs(writes);
    const failed = res.filter((r) => 'error' in r && r.error);
    if (failed.length) throw new Error(`sync store: ${failed.length} documents not written`);
  }
  return writes.length;
}
