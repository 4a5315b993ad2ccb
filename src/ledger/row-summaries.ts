// What an agenda row shows beyond the contact itself, for a whole section
// at once: its first identity (address or profile) and its latest touch
// (channel, thread link, subject), in one read-only transaction.
import { Dexie } from 'dexie';
import type { Contact, Identity, Touch } from '../core/types';
import type { NudgelineDB } from './db';
import { identitiesOf } from './contact-rows';

export interface RowSummary {
  identity?: Identity;
  latest?: Touch;
}

type Row = Pick<Contact, 'id'>;

// One request per row rather than one multi-range read: Dexie walks anyOf and
// inAnyRange with a cursor, a round trip per key (about 3× slower for a page
// of 10), while requests queued together in one transaction are answered back
// to back.

/** Each row's latest touch: the last entry of its [contactId+at] range (ties by id, as index order). */
async function latestTouches(db: NudgelineDB, rows: readonly Row[]): Promise<Map<number, Touch>> {
  const found = await Promise.all(rows.map((c) => db.touches.where('[contactId+at]').between([c.id!, Dexie.minKey], [c.id!, Dexie.maxKey]).last()));
  const latest = new Map<number, Touch>();
  found.forEach((t, i) => { if (t) latest.set(rows[i]!.id!, t); });
  return latest;
}

export async function rowSummaries(db: NudgelineDB, rows: readonly Row[]): Promise<Map<number, RowSummary>> {
  const ids = rows.map((c) => c.id!);
  return db.transaction('r', db.identities, db.touches, async () => {
    const [identities, latest] = await Promise.all([Promise.all(ids.map((id) => identitiesOf(db, id))).then((each) => each.flat()), latestTouches(db, rows)]);
    const out = new Map<number, RowSummary>(ids.map((id) => [id, { latest: latest.get(id) }]));
    for (const i of identities) {
      const s = out.get(i.contactId)!;
      // An address or profile says more than a display name.
      if (!s.identity || (s.identity.kind === 'name' && i.kind !== 'name')) s.identity = i;
    }
    return out;
  });
}
