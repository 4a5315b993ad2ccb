// recomputeAll() over the whole ledger, the real function (bench bundle) run
// in an extension page: what a day boundary or a settings change costs.
// The first pass materializes every seeded contact; the timed passes move
// the clock a day at a time, as the day-boundary recompute does. Baseline,
// alternated with each timed pass: reading every contact alone.

async function inPage({ now }) {
  const L = globalThis.nudgelineLedger;
  const db = L.openDb();
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const time = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };
  const initial = await time(() => L.recomputeAll(db, now));
  const runs = [], reads = [];
  for (const at of [now + 86_400_000, now + 2 * 86_400_000, now + 86_400_000, now + 2 * 86_400_000, now]) {
    runs.push(await time(() => L.recomputeAll(db, at)));
    reads.push(await time(() => db.contacts.toArray()));
  }
  const sections = {};
  await db.contacts.each((c) => { sections[c.section] = (sections[c.section] ?? 0) + 1; });
  db.close();
  return { initial, runs, reads, sections };
}

export const recomputeTimings = (page, now) => page.evaluate(inPage, { now });
