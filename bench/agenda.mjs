// The agenda query against its baseline, in the same run: the real
// agendaSection() (one [section+dueAt] range with a limit, plus its count),
// the bare index range alone, alternated with it, and the same first page
// found by reading every contact, filtering and sorting (the scan baseline,
// timed after the alternated runs).

const SECTIONS = ['final-due', 'nudge-due', 'reply-owed', 'came-back', 'check-in-due', 'waiting', 'let-go', 'snoozed'];

async function inPage({ sections, queryRuns, scanRuns, limit }) {
  const L = globalThis.nudgelineLedger;
  const db = L.openDb();
  await db.open();
  const idb = db.backendDB();
  const MAX = Number.MAX_SAFE_INTEGER;
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const req = (r) => new Promise((res, rej) => { r.addEventListener('success', () => res(r.result)); r.addEventListener('error', () => rej(r.error)); });
  const indexOnly = (s) => req(idb.transaction('contacts', 'readonly').objectStore('contacts')
    .index('[section+dueAt]').getAll(IDBKeyRange.bound([s, 0], [s, MAX]), limit));
  const scan = async (s) => {
    const all = await req(idb.transaction('contacts', 'readonly').objectStore('contacts').getAll());
    return all.filter((c) => c.section === s && c.dueAt >= 0).sort((a, b) => a.dueAt - b.dueAt || a.id - b.id).slice(0, limit);
  };
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const time = async (fn) => { const t = performance.now(); const v = await fn(); return [performance.now() - t, v]; };
  const real = [], bare = [], scans = [], bySection = {}, badge = [];
  let same = true;
  for (const s of sections) await L.agendaSection(db, s, { limit }); // warm caches once
  for (let i = 0; i < queryRuns; i++) {
    const s = sections[i % sections.length];
    const [a] = await time(() => L.agendaSection(db, s, { limit }));
    const [b] = await time(() => indexOnly(s));
    real.push(a); bare.push(b);
    (bySection[s] ??= []).push(a);
  }
  // The scans after the query loop, not inside it: each leaves ~14 MB of rows
  // to collect, and the query timed right after one paid for that collection
  // (10 scans in 160 runs put the queries' p95 on exactly those).
  for (let i = 0; i < scanRuns; i++) {
    const s = sections[i % sections.length];
    const [c, rows] = await time(() => scan(s));
    scans.push(c);
    const page = await L.agendaSection(db, s, { limit });
    // same answer: same contacts in the same order (ties on dueAt broken by id on both sides)
    same &&= rows.map((r) => r.id).join() === page.rows.map((r) => r.id).join();
  }
  // the badge count the worker refreshes after every write: a count over every due range
  for (let i = 0; i < 20; i++) badge.push((await time(() => L.dueCount(db, Date.now())))[0]);
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const mid = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const sizes = {};
  for (const s of sections) sizes[s] = (await L.agendaSection(db, s, { limit: 1 })).total;
  db.close();
  return { real, bare, scans, same, badge, bySectionMedian: Object.fromEntries(Object.entries(bySection).map(([k, v]) => [k, mid(v)])), sizes };
}

/** @param {import('playwright-core').Page} page an extension page with the bench bundle */
export function agendaTimings(page, { queryRuns = 160, scanRuns = 10, limit = 20 } = {}) {
  return page.evaluate(inPage, { sections: SECTIONS, queryRuns, scanRuns, limit });
}
