// What a contact carries so two devices can merge edits field by field
// (PRODUCT.md, Sync): the value each field had when last stamped and its
// hybrid logical clock, the tags as an add-wins set (each add is a dot; a
// remove retires only the dots it saw), and the notes as concurrent heads
// (an edit replaces the heads it saw; edits made apart are both kept).
import type { Hlc } from './hlc';
import { ZERO_HLC } from './hlc';

export const LWW_FIELDS = [
  'name', 'cadence', 'checkInEveryDays', 'keepWarm', 'snoozedUntil', 'letGoAt', 'archived', 'reactivatedAt', 'mergedInto',
] as const;
export type LwwField = (typeof LWW_FIELDS)[number];

export interface TagState { a: Hlc[]; r: Hlc[] }
export interface NoteHead { text: string; at: Hlc; over: Hlc[] }

export interface ContactSyncMeta {
  /** the value of each field when it was last stamped */
  v: Partial<Record<LwwField, unknown>>;
  c: Partial<Record<LwwField, Hlc>>;
  tags: Record<string, TagState>;
  notes: NoteHead[];
}

/** The fields of a contact that sync (the rest is derived and recomputed). */
export type SyncedFields = { [K in LwwField]?: unknown } & { tags: string[]; notes: string };

/** A head remembers at most this many versions it replaced. */
const MAX_OVER = 64;

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function presentTags(tags: Record<string, TagState>): string[] {
  return Object.keys(tags).filter((t) => tags[t]!.a.some((dot) => !tags[t]!.r.includes(dot))).sort();
}

/** The notes a person reads: every head's text, oldest first, each once. */
export function notesText(heads: readonly NoteHead[]): string {
  const texts = [...heads].sort((x, y) => (x.at < y.at ? -1 : 1)).map((h) => h.text).filter(Boolean);
  return [...new Set(texts)].join('\n\n');
}

export function emptyMeta(): ContactSyncMeta {
  return { v: {}, c: {}, tags: {}, notes: [] };
}

/** Rows written before v3 have no meta: their notes become one head older than any edit. */
export function metaOf(row: SyncedFields & { sync?: ContactSyncMeta }): ContactSyncMeta {
  if (row.sync) return row.sync;
  const meta = emptyMeta();
  if (row.notes) meta.notes = [{ text: row.notes, at: ZERO_HLC, over: [] }];
  for (const t of row.tags) meta.tags[t] = { a: [ZERO_HLC], r: [] };
  return meta;
}

/**
 * Stamps the local edits in `next` (compared with its own meta) with fresh
 * clocks. Returns null when nothing synced changed (a recompute, a remote
 * apply that already wrote matching meta).
 */
export function stampEdits(next: SyncedFields & { sync?: ContactSyncMeta }, clock: () => Hlc): ContactSyncMeta | null {
  const had = metaOf(next);
  const meta: ContactSyncMeta = { v: { ...had.v }, c: { ...had.c }, tags: { ...had.tags }, notes: had.notes };
  let changed = !next.sync;
  for (const f of LWW_FIELDS) {
    const fresh = !(f in meta.c);
    if (fresh || !sameValue(next[f], meta.v[f])) {
      if (next[f] === undefined) delete meta.v[f];
      else meta.v[f] = next[f];
      meta.c[f] = clock();
      changed = true;
    }
  }
  const want = new Set(next.tags);
  const have = new Set(presentTags(meta.tags));
  for (const t of want) {
    if (have.has(t)) continue;
    const s = meta.tags[t] ?? { a: [], r: [] };
    meta.tags[t] = { a: [...s.a, clock()], r: s.r };
    changed = true;
  }
  for (const t of have) {
    if (want.has(t)) continue;
    const s = meta.tags[t]!;
    meta.tags[t] = { a: s.a, r: [...new Set([...s.r, ...s.a])] };
    changed = true;
  }
  if (next.notes !== notesText(meta.notes)) {
    const over = [...new Set(meta.notes.flatMap((h) => [h.at, ...h.over]))].sort().slice(-MAX_OVER);
    meta.notes = next.notes ? [{ text: next.notes, at: clock(), over }] : [{ text: '', at: clock(), over }];
    changed = true;
  }
  return changed ? meta : null;
}

/** Meta for a row written before clocks existed: every field as it is, older than any edit. */
export function baselineMeta(row: SyncedFields): ContactSyncMeta {
  const meta = metaOf(row);
  for (const f of LWW_FIELDS) {
    if (row[f] !== undefined) meta.v[f] = row[f];
    meta.c[f] = ZERO_HLC;
  }
  return meta;
}
