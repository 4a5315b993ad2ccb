// Importing 50,000 LinkedIn connections end to end as the options page does
// it: read and parse a Connections.csv (the real readImport), then hand the
// people to the service worker ('import.apply'), which writes them in one
// transaction and answers after the commit.

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
  return { parseMs: t1 - t0, applyMs: t2 - t1, totalMs: t2 - t0, people: read.parsed.people.length, result: reply.value };
}

/** @returns {Promise<{ totalMs?: number, parseMs?: number, applyMs?: number, error?: string }>} */
export const importTiming = (page, n = 50_000) => page.evaluate(inPage, connectionsCsv(n));
