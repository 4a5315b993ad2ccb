// The merge rules on their own: each rule, then fast-check properties over
// N devices with random edits, offline stretches and sync orders.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { formatHlc, observeHlc, parseHlc, tick, ZERO_HLC, type Clock } from '../../../src/core/hlc';
import { baselineMeta, notesText, presentTags, stampEdits, type SyncedFields, type ContactSyncMeta } from '../../../src/core/contact-sync';
import { contactGone, lastEdit, mergeContact, mergeRecords, naturalKey, type ContactRecord, type SyncRecord, type TouchRecord } from '../../../src/core/sync-merge';

type Row = SyncedFields & { sync: ContactSyncMeta };
const base = (): Row => {
  const row = { name: 'Dana', tags: [], notes: '', keepWarm: false, archived: false } as unknown as Row;
  row.sync = baselineMeta(row);
  return row;
};
const clockOf = (device: string, start = 1_000) => {
  let c: Clock = { ms: 0, count: 0, device };
  let wall = start;
  return { next: () => formatHlc((c = tick(c, wall++, device))), see: (h: string) => { c = observeHlc(c, h); }, last: () => c };
};
const edit = (row: Row, patch: Partial<Row>, next: () => string): Row => {
  const out = { ...row, ...patch } as Row;
  return { ...out, sync: stampEdits(out, next) ?? out.sync };
};
const rec = (row: Row, gid = 'G1'): ContactRecord => ({ k: 'contact', gid, createdAt: 0, meta: row.sync });

describe('merge rules', () => {
  it('a field goes to the later clock; edits of different fields both stay', () => {
    const a = clockOf('A');
    const b = clockOf('B', 5_000);
    const onA = edit(base(), { name: 'Dana R.' }, a.next);
    const onB = edit(base(), { keepWarm: true }, b.next);
    const later = edit(base(), { name: 'Dana Reyes' }, b.next);
    const m = mergeContact(mergeContact(rec(onA), rec(onB)), rec(later));
    expect(m.meta.v).toMatchObject({ name: 'Dana Reyes', keepWarm: true });
    expect(mergeContact(rec(later), mergeContact(rec(onB), rec(onA)))).toEqual(m);
  });

  it('notes edited apart keep both texts; an edit made after seeing both replaces them', () => {
    const a = clockOf('A');
    const b = clockOf('B');
    const onA = edit(base(), { notes: 'met at the fair' }, a.next);
    const onB = edit(base(), { notes: 'prefers calls' }, b.next);
    const both = mergeContact(rec(onA), rec(onB));
    expect(notesText(both.meta.notes)).toBe('met at the fair\n\nprefers calls');
    const seen: Row = { ...onA, notes: notesText(both.meta.notes), sync: both.meta };
    const after = edit(seen, { notes: 'met at the fair; prefers calls' }, a.next);
    expect(notesText(mergeContact(rec(after), both).meta.notes)).toBe('met at the fair; prefers calls');
  });

  it('tags: a concurrent add wins over a remove that did not see it', () => {
    const a = clockOf('A');
    const b = clockOf('B', 9_000);
    const tagged = edit(base(), { tags: ['vc'] }, a.next);
    const removedOnB = edit({ ...tagged }, { tags: [] }, b.next);
    const addedAgainOnA = edit(tagged, { tags: ['vc', 'friend'] }, a.next);
    const readdOnA = edit({ ...removedOnB }, { tags: ['vc'] }, a.next);
    expect(presentTags(mergeContact(rec(removedOnB), rec(addedAgainOnA)).meta.tags)).toEqual(['friend']);
    expect(presentTags(mergeContact(rec(removedOnB), rec(readdOnA)).meta.tags)).toEqual(['vc']);
  });

  it('a deletion stands over the edits it saw, and an edit after it brings the contact back', () => {
    const a = clockOf('A');
    const row = edit(base(), { name: 'Dana R.' }, a.next);
    const gone: ContactRecord = { ...rec(row), gone: a.next() };
    expect(contactGone(mergeContact(rec(row), gone))).toBe(true);
    const b = clockOf('B', 99_000);
    const revived = edit(row, { notes: 'still here' }, b.next);
    expect(contactGone(mergeContact(gone, rec(revived)))).toBe(false);
  });

  it('touches: the same message from two devices is one record with what both knew; a retraction sticks', () => {
    const x: TouchRecord = { k: 'touch', key: 'gmail:msg:m1:G1', gid: 'T2', contact: 'G1', fields: { dk: 'gmail:msg:m1', at: 5 } };
    const y: TouchRecord = { k: 'touch', key: 'gmail:msg:m1:G1', gid: 'T1', contact: 'G1', fields: { dk: 'gmail:msg:m1', at: 5, subject: 'Hi' } };
    expect(mergeRecords(x, y)).toEqual(mergeRecords(y, x));
    expect(mergeRecords(x, y)).toMatchObject({ gid: 'T1', fields: { subject: 'Hi' } });
    expect(mergeRecords(x, { ...y, gone: true })).toMatchObject({ gone: true });
    expect(mergeRecords(x, rec(base()))).toBeNull();
  });
});

// --- N devices -------------------------------------------------------------

type Op =
  | { t: 'edit'; d: number; c: number; field: 'name' | 'note' | 'tag+' | 'tag-' | 'snooze'; v: number }
  | { t: 'touch'; d: number; c: number; v: number }
  | { t: 'sync'; d: number };

const GIDS = ['G0', 'G1', 'G2'];

interface Dev { rows: Map<string, Row>; store: Map<string, SyncRecord>; clock: ReturnType<typeof clockOf> }

function put(store: Map<string, SyncRecord>, r: SyncRecord) {
  const key = naturalKey(r);
  const had = store.get(key);
  store.set(key, had ? mergeRecords(had, r)! : r);
}

function sync(dev: Dev, server: Map<string, SyncRecord>) {
  for (const r of dev.store.values()) put(server, r);
  for (const r of server.values()) put(dev.store, r);
  for (const gid of GIDS) {
    const r = dev.store.get(`contact:${gid}`) as ContactRecord | undefined;
    if (!r) continue;
    dev.clock.see(lastEdit(r.meta));
    const row = { ...dev.rows.get(gid)!, sync: r.meta, tags: presentTags(r.meta.tags), notes: notesText(r.meta.notes) } as Row;
    for (const [f, v] of Object.entries(r.meta.v)) (row as Record<string, unknown>)[f] = v;
    dev.rows.set(gid, row);
  }
}

function run(devices: number, ops: Op[]) {
  const server = new Map<string, SyncRecord>();
  const devs: Dev[] = Array.from({ length: devices }, (_, i) => ({
    rows: new Map(GIDS.map((g) => [g, base()])), store: new Map(), clock: clockOf(`D${i}`, 1_000 + i * 37),
  }));
  const notes: string[] = [];
  const touches: string[] = [];
  for (const [n, op] of ops.entries()) {
    const dev = devs[op.d % devices]!;
    if (op.t === 'sync') { sync(dev, server); continue; }
    const gid = GIDS[op.c % GIDS.length]!;
    if (op.t === 'touch') {
      const key = `gmail:msg:m${n}:${gid}`;
      touches.push(key);
      put(dev.store, { k: 'touch', key, gid: `T${n}`, contact: gid, fields: { dk: `gmail:msg:m${n}`, at: op.v } });
      continue;
    }
    const row = dev.rows.get(gid)!;
    const token = `note${n}`;
    const patch: Partial<Row> =
      op.field === 'name' ? { name: `Name ${op.v}` }
      : op.field === 'note' ? { notes: `${row.notes} ${token}`.trim() }
      : op.field === 'tag+' ? { tags: [...new Set([...row.tags, `t${op.v % 4}`])] }
      : op.field === 'tag-' ? { tags: row.tags.filter((t) => t !== `t${op.v % 4}`) }
      : { snoozedUntil: op.v };
    if (op.field === 'note') notes.push(token);
    const next = edit(row, patch, dev.clock.next);
    dev.rows.set(gid, next);
    put(dev.store, rec(next, gid));
  }
  // Everyone comes back online: two rounds in a fixed order.
  for (let round = 0; round < 2; round++) for (const dev of devs) sync(dev, server);
  return { devs, server, notes, touches };
}

/** JSON with keys sorted at every level: equal data, equal text. */
const canonical = (x: unknown): string => JSON.stringify(x, (_k, v: unknown) =>
  (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));

const opArb = fc.oneof(
  fc.record({ t: fc.constant('edit' as const), d: fc.nat(4), c: fc.nat(2), field: fc.constantFrom('name' as const, 'note' as const, 'tag+' as const, 'tag-' as const, 'snooze' as const), v: fc.nat(1_000) }),
  fc.record({ t: fc.constant('touch' as const), d: fc.nat(4), c: fc.nat(2), v: fc.nat(1_000) }),
  fc.record({ t: fc.constant('sync' as const), d: fc.nat(4) }),
);

const fold = (list: ContactRecord[]) => list.reduce((acc, r) => mergeContact(acc, r));

describe('N devices, random edits and sync orders', () => {
  it('end identical, with every touch everywhere and every notes edit kept', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 5 }), fc.array(opArb, { maxLength: 60 }), (n, ops) => {
      const { devs, server, notes, touches } = run(n, ops);
      const first = canonical([...devs[0]!.rows.entries()]);
      for (const dev of devs) {
        expect(canonical([...dev.rows.entries()])).toBe(first);
        expect(dev.store.size).toBe(server.size);
        for (const key of touches) expect(dev.store.has(`touch:${key}`)).toBe(true);
        const allNotes = [...dev.rows.values()].map((r) => r.notes).join(' ');
        for (const token of notes) expect(allNotes).toContain(token);
      }
    }), { numRuns: 300 });
  });

  it('merging is order-free: any order of the same versions gives the same record', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 30 }), fc.nat(), (ops, seed) => {
      const { devs } = run(3, ops.filter((o) => o.t !== 'sync'));
      const versions = devs.map((d) => d.store.get('contact:G0')).filter(Boolean) as ContactRecord[];
      if (versions.length < 2) return;
      const shuffled = [...versions].sort((x, y) => ((JSON.stringify(x).length * (seed + 1)) % 7) - ((JSON.stringify(y).length * (seed + 1)) % 7));
      expect(fold(shuffled)).toEqual(fold(versions));
      expect(mergeContact(versions[0]!, versions[0]!)).toEqual(mergeContact(versions[0]!, versions[0]!));
    }), { numRuns: 200 });
  });
});

describe('hybrid clocks', () => {
  it('never stamp below a clock seen from another device, even with a wall clock behind', () => {
    const c = observeHlc({ ms: 10, count: 0, device: 'A' }, formatHlc({ ms: 500, count: 3, device: 'B' }));
    const next = formatHlc(tick(c, 20, 'A'));
    expect(next > formatHlc({ ms: 500, count: 3, device: 'B' })).toBe(true);
    expect(parseHlc(next)).toEqual({ ms: 500, count: 4, device: 'A' });
    expect(ZERO_HLC < next).toBe(true);
  });
});
