// Importing 50,000 LinkedIn connections end to end as the options page does
// it: read and parse a Connections.csv (the real readImport), then hand the
// people to the service worker ('import.apply'), which writes them and
// answers after the commit. Baseline: the same parse, plus Dexie bulkAdd of
// the very rows the import wrote (read back from the ledger) into the same
// tables of an empty database with the same schema, in one transaction.

function connectionsCsv(n) {
  const lines = ['Notes:', '"Some email addresses may be missing."', '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < n; i++) {
    const email = i % 4 === 0 ? `imported${i}@example${i % 89}.org` : '';
    lines.push(`Ada${i},Lovelace${i},https://www.linkedin.com/in/ada-lovelace-${i.toString(36)},${email},"Acme ${i % 500}, Inc.",Engineer,02 Nov 2026`);
  }
  return lines.join('\n');
}

async function inPage(csv) {
  const L = globalThis.nudgelineLedger;
  const t0 = performance.now();
  const file = { name: 'Connections.csv', size: csv.length, text: async () => csv };
  const read = await L.readImport(file);
  const t1 = performance.now();
  if (read.kind !== 'people') return { error: `parsed as ${read.kind}` };
  const reply = await chrome.runtime.sendMessage({ type: 'import.apply', people: read.parsed.people });
  const t2 = performance.now();
  if (!reply?.ok) return { error: reply?.error ?? 'no reply' };

  // the baseline: the same rows, written the fastest way Dexie offers
  const db = L.openDb();
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const strip = (rows) => rows.map(({ id: _id, ...row }) => row);
  const contacts = strip(await db.contacts.toArray());
  const identities = strip(await db.identities.toArray());
  db.close();
  const name = 'nudgeline-bench-baseline';
  const base = L.openDb(name);
  await base.open(); // the worker's database was open before the import too
  const t3 = performance.now();
  await base.transaction('rw', base.contacts, base.identities, async () => {
    await base.contacts.bulkAdd(contacts);
    await base.identities.bulkAdd(identities);
  });
  const bulkAddMs = performance.now() - t3;
  base.close();
  await L.deleteDb(name);
  return {
    parseMs: t1 - t0, applyMs: t2 - t1, totalMs: t2 - t0, bulkAddMs,
    people: read.parsed.people.length, contacts: contacts.length, identities: identities.length, result: reply.value,
  };
}

/** @returns {Promise<{ totalMs?: number, parseMs?: number, applyMs?: number, bulkAddMs?: number, error?: string }>} */
export const importTiming = (page, n = 50_000) => page.evaluate(inPage, connectionsCsv(n));
