// The sync baseline: the replication engine alone. In an extension page
// (bench/pouch-entry.ts), plain PouchDB on the same 'idb' adapter pulls the
// very documents device A pushed (same number, same ciphertext sizes) from
// the same server into an empty database, then stores them again in a
// second empty database (bulkDocs, as our engine stores sealed records) and
// pushes that to a fresh server database. No ledger, no encryption, no
// mapping: what our sync adds is the ratio.

async function inPage({ from, to, auth, batch }) {
  const PouchDB = globalThis.benchPouch;
  const remote = (url) => new PouchDB(url, { adapter: 'http', skip_setup: true, auth });
  const pulled = new PouchDB(`bench-pull-${Date.now()}`, { adapter: 'idb' });
  const pushed = new PouchDB(`bench-push-${Date.now()}`, { adapter: 'idb' });
  try {
    const t0 = performance.now();
    const pull = await pulled.replicate.from(remote(from), { batch_size: batch });
    const pullMs = performance.now() - t0;
    let storeMs = 0;
    for (let startkey; ;) {
      const page = await pulled.allDocs({ include_docs: true, limit: 500, ...(startkey ? { startkey, skip: 1 } : {}) });
      if (!page.rows.length) break;
      const docs = page.rows.map((r) => ({ _id: r.doc._id, p: r.doc.p }));
      const t = performance.now();
      await pushed.bulkDocs(docs);
      storeMs += performance.now() - t;
      startkey = page.rows[page.rows.length - 1].id;
    }
    const t1 = performance.now();
    const push = await pushed.replicate.to(remote(to), { batch_size: batch });
    return { pullMs, pulledDocs: pull.docs_written, storeMs, replicateMs: performance.now() - t1, pushedDocs: push.docs_written };
  } finally {
    await pulled.destroy();
    await pushed.destroy();
  }
}

/**
 * @param {import('playwright-core').Page} page an extension page with the PouchDB bundle
 * @param {{ from: string, to: string, user: string, password: string }} o server databases
 */
export function replicationBaseline(page, { from, to, user, password }) {
  // batch_size as src/sync/engine.ts replicates
  return page.evaluate(inPage, { from, to, auth: { username: user, password }, batch: 100 });
}
