// Every write to the synced tables passes here, whoever makes it (a touch,
// an edit, an import, a restore, a wipe): rows get their global id,
// contacts get clocks on the fields that changed, and while sync is on the
// changed rows are listed in syncLog inside the same transaction, so a
// change is never committed without its log entry.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { ulid } from '../core/ulid';
import { formatHlc, laterClock as later, observeHlc, parseHlc, tick, ZERO_HLC, type Clock } from '../core/hlc';
import { stampEdits } from '../core/contact-sync';
import type { Contact } from '../core/types';

export const SYNCED_TABLES = ['contacts', 'identities', 'touches', 'referrals'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];
const SYNCED = new Set<string>(SYNCED_TABLES);

export interface SyncLogRow {
  seq?: number;
  table: SyncedTable;
  key: number;
  /** a deleted row, as it was */
  gone?: Record<string, unknown>;
}

export const SYNC_ON_KEY = 'sync.on';
export const HLC_KEY = 'sync.hlc';
export const DEVICE_KEY = 'sync.device';

interface Ctx { down: DBCore; trans: DBCoreTransaction }

const metaTable = (c: Ctx) => c.down.table('meta');

async function metaGet(c: Ctx, key: string): Promise<unknown> {
  return ((await metaTable(c).get({ trans: c.trans, key })) as { value?: unknown } | undefined)?.value;
}

const metaPut = (c: Ctx, key: string, value: unknown) =>
  metaTable(c).mutate({ trans: c.trans, type: 'put', values: [{ key, value }] });

interface TransState { on: boolean; clock?: { next: () => string } }
/** Transactions that apply what came from other devices: nothing in them is sent back. */
const remoteTrans = new WeakSet<object>();

export function markRemoteTransaction(idbtrans: object): void {
  remoteTrans.add(idbtrans);
}
/** Read once per transaction: whether sync is on, and the clock. */
const perTrans = new WeakMap<object, TransState>();
/** Each database's last stamp in this worker (a test process holds several devices). */
const memoryClocks = new Map<string, Clock>();
const memoryOf = (db: string) => memoryClocks.get(db) ?? parseHlc(ZERO_HLC);

async function transState(c: Ctx): Promise<TransState> {
  let st = perTrans.get(c.trans);
  if (!st) {
    st = { on: !remoteTrans.has(c.trans) && (await metaGet(c, SYNC_ON_KEY)) === true };
    perTrans.set(c.trans, st);
  }
  return st;
}

/**
 * The clock for this transaction's stamps: never behind the stored one or
 * this worker's last stamp. Stored once per transaction, so a restarted
 * worker starts at or above it.
 */
async function clockOf(c: Ctx, st: TransState): Promise<{ next: () => string }> {
  if (st.clock) return st.clock;
  let device = (await metaGet(c, DEVICE_KEY)) as string | undefined;
  if (!device) {
    device = ulid().slice(-10);
    await metaPut(c, DEVICE_KEY, device);
  }
  const stored = parseHlc(((await metaGet(c, HLC_KEY)) as string | undefined) ?? ZERO_HLC);
  const db = c.down.schema.name;
  const dev = device;
  let clock = tick(later(memoryOf(db), stored), Date.now(), dev);
  memoryClocks.set(db, clock);
  await metaPut(c, HLC_KEY, formatHlc(clock));
  let first = true;
  st.clock = {
    next: () => {
      if (!first) clock = tick(later(clock, memoryOf(db)), Date.now(), dev);
      first = false;
      memoryClocks.set(db, clock);
      return formatHlc(clock);
    },
  };
  return st.clock;
}

/** After a remote clock was seen in database `db` (sync-apply): its local stamps go above it. */
export function observeRemoteClock(db: string, h: string): void {
  memoryClocks.set(db, observeHlc(memoryOf(db), h));
}

function withGid<T extends { gid?: string }>(row: T): T {
  return row.gid ? row : { ...row, gid: ulid() };
}

async function stampContacts(c: Ctx, st: TransState, values: readonly Contact[]): Promise<{ values: Contact[]; changed: boolean[] }> {
  let clock: { next: () => string } | undefined;
  const lazy = () => clock!.next();
  const out: Contact[] = [];
  const changed: boolean[] = [];
  for (const row of values) {
    // Only rows whose synced fields moved read the clock (a recompute does not).
    const probe = stampEdits(row, () => ZERO_HLC);
    if (!probe) { out.push(withGid(row)); changed.push(false); continue; }
    clock ??= await clockOf(c, st);
    out.push({ ...withGid(row), sync: stampEdits(row, lazy)! });
    changed.push(true);
  }
  return { values: out, changed };
}

function wrapTable(down: DBCore, table: DBCoreTable): DBCoreTable {
  const name = table.name as SyncedTable;
  const pk = table.schema.primaryKey;
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
      const c: Ctx = { down, trans: req.trans };
      const st = await transState(c);
      const on = st.on;
      let logged: boolean[] | null = null;
      let gone: Record<string, unknown>[] = [];
      if (req.type === 'add' || req.type === 'put') {
        if (name === 'contacts') {
          const stamped = await stampContacts(c, st, req.values as Contact[]);
          req = { ...req, values: stamped.values };
          logged = stamped.changed;
        } else {
          req = { ...req, values: req.values.map((v: { gid?: string }) => withGid(v)) };
          logged = req.values.map(() => true);
        }
      }
      if (on && req.type === 'delete') {
        gone = (await table.getMany({ trans: req.trans, keys: req.keys })).filter(Boolean);
        // A touch names its contact by global id; the contact may go in the same transaction.
        if (name === 'touches' && gone.length) {
          const origins = gone.map((t) => (t.originContactId ?? t.contactId) as number);
          const contacts = await down.table('contacts').getMany({ trans: req.trans, keys: origins });
          gone = gone.map((t, i) => ({ ...t, contactGid: (contacts[i] as Contact | undefined)?.gid }));
        }
      } else if (on && req.type === 'deleteRange' && name === 'contacts') {
        // A wipe or a restore: the contacts' deletions stand for their touches and identities.
        gone = (await table.query({ trans: req.trans, query: { index: pk, range: req.range }, values: true })).result;
      }
      const res = await table.mutate(req);
      if (!on) return res;
      const log = down.table('syncLog');
      const rows: SyncLogRow[] = [];
      if (logged) res.results?.forEach((key, i) => { if (logged![i] && key !== undefined) rows.push({ table: name, key: key as number }); });
      for (const row of gone) rows.push({ table: name, key: row.id as number, gone: row });
      if (rows.length) await log.mutate({ trans: req.trans, type: 'add', values: rows });
      return res;
    },
  };
}

export const syncLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'nudgeline-sync-log',
  // Right above IndexedDB, below Dexie's hooks and live-query layers: what it
  // reads and writes for the log needs no Dexie transaction zone.
  level: -2,
  create: (down) => ({
    ...down,
    // Every write to a synced table may log and stamp: its transaction also covers syncLog and meta.
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.some((s) => SYNCED.has(s)) ? [...new Set([...stores, 'syncLog', 'meta'])] : stores, mode, options),
    table: (name) => (SYNCED.has(name) ? wrapTable(down, down.table(name)) : down.table(name)),
  }),
};
