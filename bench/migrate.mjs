// The v2 → v3 upgrade (global ids and clocks, src/ledger/migrate-v3.ts) on a
// real Chromium IndexedDB: a v2 ledger of n contacts, n addresses and n
// touches is written, then opened by today's code, which upgrades it; every
// row must come out with a distinct global id and every contact with clocks.
// Baseline, same run: writing those rows into v2 in one transaction (the
// upgrade reads and rewrites each row once, so this is its floor).

async function inPage(n) {
  const L = globalThis.nudgelineLedger;
  const name = 'nudgeline-bench-migrate';
  await L.deleteDb(name);
  const old = L.openAtVersion(name, 2);
  await old.open();
  const contacts = Array.from({ length: n }, (_, i) => ({
    name: `Person ${i}`, tags: i % 2 ? ['vc'] : [], notes: i % 3 ? '' : `met at event ${i}`, keepWarm: false, archived: false,
    createdAt: i, stage: 'waiting', section: 'waiting', dueAt: 1_800_000_000_000 + i, cameBack: false, attempt: 1, lastTouchAt: 1_700_000_000_000,
  }));
  const identities = contacts.map((_, i) => ({ contactId: i + 1, kind: 'email', value: `person${i}@example.org`, display: `person${i}@example.org` }));
  const touches = contacts.map((_, i) => ({
    contactId: i + 1, direction: 'out', kind: 'message', channel: 'gmail', at: 1_700_000_000_000, source: 'auto', dedupeKey: `gmail:msg:m${i}:${i + 1}`,
  }));
  const t0 = performance.now();
  await old.transaction('rw', ['contacts', 'identities', 'touches'], async () => {
    await old.table('contacts').bulkAdd(contacts);
    await old.table('identities').bulkAdd(identities);
    await old.table('touches').bulkAdd(touches);
  });
  const writeMs = performance.now() - t0;
  old.close();

  const db = L.openDb(name);
  const t1 = performance.now();
  await db.open();
  const upgradeMs = performance.now() - t1;
  const check = {};
  for (const table of ['contacts', 'identities', 'touches']) {
    const [rows, distinct] = await Promise.all([db.table(table).count(), db.table(table).orderBy('gid').uniqueKeys()]);
    check[table] = rows === n && distinct.length === n;
  }
  check.clocks = (await db.contacts.filter((c) => !c.sync).count()) === 0;
  const version = db.verno;
  db.close();
  await L.deleteDb(name);
  return { rows: n, writeMs, upgradeMs, version, ok: Object.values(check).every(Boolean), check };
}

/** @returns {Promise<{ rows: number, writeMs: number, upgradeMs: number, version: number, ok: boolean }>} */
export const migrationTiming = (page, n = 100_000) => page.evaluate(inPage, n);
