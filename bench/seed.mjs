// Seeds the ledger with realistic rows, straight into the extension's
// IndexedDB from inside an extension page: contacts over every channel with
// identities, and touches with dedupe keys, event ids and times spread over
// the past year. The schema comes from the real openDb() (bench bundle);
// rows are made inside the page (nothing large crosses the DevTools
// connection) and written with raw IndexedDB puts, about `chunk` touches per
// relaxed-durability transaction: the fastest bulk path Chromium offers.

/** Runs in the page. materialize: give rows a synthetic section/stage/dueAt
 * (large seeds); otherwise they start as 'new' and recomputeAll fills them.
 * gids: give every row its global id, as schema v3 does (sync needs them). */
async function seedInPage({ from, count, touchesPerContact, now, materialize, chunk, gids }) {
  const gid = gids ? () => ({ gid: globalThis.nudgelineLedger.ulid() }) : () => ({});
  const dexie = globalThis.nudgelineLedger.openDb();
  await dexie.open(); // creates the schema if the worker has not yet
  dexie.close();
  const db = await new Promise((res, rej) => {
    const q = indexedDB.open('nudgeline');
    q.addEventListener('success', () => res(q.result));
    q.addEventListener('error', () => rej(q.error));
  });
  const putAll = (rows) => new Promise((res, rej) => {
    const tx = db.transaction(['contacts', 'identities', 'touches'], 'readwrite', { durability: 'relaxed' });
    for (const [store, list] of rows) {
      const os = tx.objectStore(store);
      for (const r of list) os.put(r);
    }
    tx.addEventListener('complete', res);
    tx.addEventListener('error', () => rej(tx.error));
    tx.addEventListener('abort', () => rej(tx.error));
  });
  let s = from * 7919 + 1;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const DAY = 86_400_000, NEVER = Number.MAX_SAFE_INTEGER;
  const CHANNELS = ['gmail', 'linkedin', 'outlook'];
  // share of contacts per section and when each is due (days from now)
  const MIX = [
    ['waiting', 0.33, 'stage', () => now + rnd() * 14 * DAY], ['nudge-due', 0.1, 'stage', () => now - rnd() * 30 * DAY],
    ['final-due', 0.04, 'stage', () => now - rnd() * 20 * DAY], ['final-sent', 0.05, 'stage', () => now + rnd() * 14 * DAY],
    ['let-go', 0.15, 'stage', () => NEVER], ['reply-owed', 0.05, 'stage', () => now - rnd() * 10 * DAY],
    ['engaged', 0.16, 'stage', () => NEVER], ['check-in-due', 0.03, 'stage', () => now - rnd() * 60 * DAY],
    ['came-back', 0.01, 'let-go', () => now - rnd() * 5 * DAY], ['snoozed', 0.03, 'stage', () => now + rnd() * 7 * DAY],
    ['archived', 0.03, 'stage', () => NEVER], ['new', 0.02, 'stage', () => NEVER],
  ];
  const pick = () => {
    let x = rnd();
    for (const m of MIX) if ((x -= m[1]) <= 0) return m;
    return MIX[0];
  };
  const t0 = performance.now();
  // the next chunk is made while the previous transaction commits
  let inFlight = Promise.resolve();
  for (let start = 0; start < count; start += Math.ceil(chunk / touchesPerContact)) {
    const n = Math.min(Math.ceil(chunk / touchesPerContact), count - start);
    const contacts = [], identities = [], touches = [];
    for (let i = 0; i < n; i++) {
      const id = from + start + i;
      const channel = CHANNELS[id % 3];
      const name = `Person ${id}`;
      const email = `person${id}@example${id % 97}.com`;
      // A story per contact: a conversation that went back and forth, then
      // ends on the contact's message (12%) or on 1-4 unanswered attempts (4:
      // the first message, two nudges and the final reach-out, 40%);
      // last touch anywhere in the past year, recent ones more likely.
      const end = now - rnd() ** 1.6 * 365 * DAY;
      const span = (30 + rnd() * 270) * DAY;
      const u = rnd();
      const unanswered = u < 0.12 ? 0 : u < 0.27 ? 1 : u < 0.42 ? 2 : u < 0.6 ? 3 : 4;
      let last = end - span;
      for (let k = 0; k < touchesPerContact; k++) {
        last = k === touchesPerContact - 1 ? end : last + (rnd() * 1.5 + 0.25) * (end - last) / (touchesPerContact - k);
        const fromEnd = touchesPerContact - 1 - k;
        const out = unanswered === 0 ? fromEnd % 2 === 1 : fromEnd < unanswered || (fromEnd - unanswered) % 2 === 1;
        const msg = `${(id * 1000 + k).toString(16)}${Math.floor(rnd() * 1e9).toString(16)}`;
        touches.push({
          contactId: id, direction: out ? 'out' : 'in', kind: rnd() < 0.9 ? 'message' : (rnd() < 0.5 ? 'call' : 'meeting'),
          channel, at: Math.round(last), source: 'auto', subject: `Catching up ${k}`,
          ...(channel === 'gmail' ? { threadUrl: `https://mail.google.com/mail/u/0/#inbox/${msg}` } : {}),
          dedupeKey: `${channel}:msg:${msg}:${id}`, eventId: `${channel}-${msg}`, ...gid(),
        });
      }
      const [section, , stageOf, due] = materialize ? pick() : ['new', 0, 'stage', () => NEVER];
      contacts.push({
        id, name, tags: id % 5 ? [] : ['client'], notes: '', keepWarm: false, archived: section === 'archived',
        createdAt: now - 200 * DAY, stage: stageOf === 'stage' ? section : stageOf, section, dueAt: Math.round(due()),
        cameBack: section === 'came-back', attempt: Math.floor(rnd() * 3), lastTouchAt: Math.round(last),
        searchText: `${name.toLowerCase()} ${email}`, ...gid(),
      });
      identities.push({ contactId: id, kind: 'email', value: email, display: email, ...gid() });
    }
    await inFlight;
    inFlight = putAll([['contacts', contacts], ['identities', identities], ['touches', touches]]);
  }
  await inFlight;
  db.close();
  return performance.now() - t0;
}

/**
 * @param {import('playwright-core').Page} page an extension page with the bench bundle loaded
 * @returns {Promise<number>} seeding time in ms
 */
export function seed(page, { from, count, touchesPerContact, now, materialize, chunk = 50_000, gids = false }) {
  return page.evaluate(seedInPage, { from, count, touchesPerContact, now, materialize, chunk, gids });
}
