// recomputeAll() over the whole ledger, the real function (bench bundle) run
// in an extension page: what a day boundary or a settings change costs.
// The first pass materializes every seeded contact; the timed passes move
// the clock a day at a time, as the day-boundary recompute does.

async function inPage({ now }) {
  const L = globalThis.nudgelineLedger;
  const db = L.openDb();
  const time = async (at) => { const t = performance.now(); await L.recomputeAll(db, at); return performance.now() - t; };
  const initial = await time(now);
  const runs = [];
  for (const at of [now + 86_400_000, now + 2 * 86_400_000, now]) runs.push(await time(at));
  const sections = {};
  await db.contacts.each((c) => { sections[c.section] = (sections[c.section] ?? 0) + 1; });
  db.close();
  return { initial, runs, sections };
}

export const recomputeTimings = (page, now) => page.evaluate(inPage, { now });
