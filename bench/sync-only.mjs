// `node bench/sync-only.mjs`: the sync part of the bench alone (bench/sync.mjs),
// for working on it. Prints its rows and the raw figures; writes nothing.
// Env: BENCH_SYNC_SIZE (contacts, default 10000; ten touches each),
// BENCH_SYNC_TOUCH_RUNS (default 5).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { buildBenchBundle, buildLedgerBundle } from './bundle.mjs';
import { contentScriptSizes } from './sizes.mjs';
import { syncBench, syncOptions } from './sync.mjs';
import { printTable } from './table.mjs';
import { syncRows } from './sync-rows.mjs';

const started = Date.now();
const log = (msg) => console.log(`[sync ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
const work = mkdtempSync(join(tmpdir(), 'nudgeline-bench-sync-'));
const browsers = [];
try {
  const dist = join(work, 'chrome');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NUDGELINE_OUT: dist } });
  const load0 = loadavg()[0];
  const s = await syncBench({
    ...syncOptions(), dist, work, log,
    open: async (opts) => { const b = await launch(opts); browsers.push(b); return b; },
    bundle: await buildLedgerBundle(join(work, 'ledger')),
    pouchBundle: await buildBenchBundle('bench/pouch-entry.ts', join(work, 'pouch')),
    contentFiles: [...new Set(Object.values(contentScriptSizes(dist).files).flat())],
  });
  console.log(`\n${printTable(syncRows(s))}\n`);
  console.log(JSON.stringify({ ...s, loadavg_1m: [load0, loadavg()[0]] }, null, 2));
} finally {
  for (const b of browsers) await b.dispose();
  rmSync(work, { recursive: true, force: true });
}
