// The sync code's size: the service worker's JavaScript (the loader and
// every chunk it imports, each gzipped as it loads: separate files) in the
// real build, against a second build of the same config in which src/sync/
// and the worker's sync message handlers are empty modules (so PouchDB and
// everything only sync imports falls away). And that no content script
// carries any of it: PouchDB's own strings searched in the built files.
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// strings only PouchDB's replication and HTTP adapter contain
const POUCH_MARKERS = ['_revs_diff', '_bulk_get', 'pouchdb'];

/** The worker's own files: the loader and, transitively, every relative import. */
function workerFiles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(join(dist, file), 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(join(dirname(file), m[1]));
  };
  visit(manifest.background.service_worker);
  return [...seen];
}

const gzipOf = (dist, files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
const withMarker = (dist, files) => files.filter((f) => {
  const src = readFileSync(join(dist, f), 'utf8');
  return POUCH_MARKERS.some((m) => src.includes(m));
});

/** A module's value exports, each stubbed as undefined (its types vanish in the build anyway). */
const stubOf = (src) => [...src.matchAll(/^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm)]
  .map((m) => `export const ${m[1]} = undefined;`).join('\n');

/** Every module of src/sync/ and the worker's sync message handlers: empty. */
function stubSync() {
  const root = resolve('src');
  const stubbed = (id) => id.startsWith(join(root, 'sync/')) || id === join(root, 'background/sync-handlers.ts');
  return {
    name: 'bench:stub-sync',
    enforce: 'pre',
    load: (id) => (stubbed(id) ? stubOf(readFileSync(id, 'utf8')) : null),
  };
}

/**
 * @param {string} dist the real build
 * @param {string} outDir where the build without sync goes
 * @param {string[]} contentFiles every file the content scripts load (sizes.mjs)
 */
export async function syncCodeSize(dist, outDir, contentFiles) {
  const before = process.env.NUDGELINE_OUT;
  process.env.NUDGELINE_OUT = outDir; // vite.config.ts reads it
  try {
    await build({ logLevel: 'error', plugins: [stubSync()] });
  } finally {
    if (before === undefined) delete process.env.NUDGELINE_OUT;
    else process.env.NUDGELINE_OUT = before;
  }
  const withSync = workerFiles(dist), without = workerFiles(outDir);
  return {
    worker_gzip_bytes: gzipOf(dist, withSync), worker_without_sync_gzip_bytes: gzipOf(outDir, without),
    worker_files: withSync.length, worker_files_with_pouchdb: withMarker(dist, withSync).length,
    without_sync_files_with_pouchdb: withMarker(outDir, without).length,
    content_files: contentFiles.length, content_files_with_pouchdb: withMarker(dist, contentFiles),
  };
}
