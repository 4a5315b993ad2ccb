// The sync part's rows (bench/sync.mjs). Issue 13 sets no numbers: the
// goals here are proposed, reported like the others, never failed on.
import { ratio } from './stats.mjs';
import { bytes, ms, row, textRow, times } from './table.mjs';

const MB = 1024 * 1024;
const count = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const seconds = (x) => (x === null || x === undefined ? 'n/a' : `${(x / 1000).toFixed(1)} s`);

/** @param {object} s results.sync */
export function syncRows(s) {
  const out = [];
  const push = (...args) => out.push(textRow(...args));
  const size = `${count(s.contacts)} contacts / ${count(s.touches)} touches (${s.server_docs} documents)`;
  const b = s.baseline;
  if (b && s.push_ms !== undefined) {
    const base = b.storeMs + b.replicateMs;
    const q = ratio(s.push_ms, base);
    push(row(`first sync push, ${size}: "Turn on sync" on A to its pass done (passphrase key derivation included), vs plain PouchDB in a page storing the same ciphertext documents in an empty 'idb' database and replicating them to the same server`, s.push_ms, base, q, '≤ 3× (proposed)', q <= 3), seconds, seconds);
  }
  if (b && s.pull_ms !== undefined) {
    const q = ratio(s.pull_ms, b.pullMs);
    push(row(`first sync pull, ${size}: "Turn on sync" on B to its ledger holding every contact (${s.pulled?.touches} touches), vs plain PouchDB in a page replicating the same documents from the server into an empty 'idb' database`, s.pull_ms, b.pullMs, q, '≤ 3× (proposed)', q <= 3), seconds, seconds);
  }
  if (s.touch_to_other_ms !== undefined) {
    const q = ratio(s.touch_to_other_ms, s.two_idle_passes_ms);
    push(row(`a touch logged on A ('touch.log') to B's ledger holding it, "Sync now" on A then on B, median of ${s.touch_runs} (${s.touch_missing_on_b} missing), vs the same two passes with nothing to do`, s.touch_to_other_ms, s.two_idle_passes_ms, q, '≤ 2× (proposed)', q <= 2 && s.touch_missing_on_b === 0), ms, ms);
  }
  if (s.heap_peak_bytes !== undefined) {
    push(row(`service worker heap during B's first pull, peak of ${s.heap_samples} samples (no forced GC), vs the same worker at rest before sync (after a forced GC)`, s.heap_peak_bytes, s.heap_at_rest_bytes, ratio(s.heap_peak_bytes, s.heap_at_rest_bytes), '≤ 64 MB above it (proposed)', s.heap_peak_bytes - s.heap_at_rest_bytes <= 64 * MB), bytes, bytes, times);
  }
  const z = s.size;
  if (z) {
    push(row(`service worker JS, gzip (${z.worker_files} files), vs the same build with src/sync/ and its message handlers emptied (added: ${bytes(z.worker_gzip_bytes - z.worker_without_sync_gzip_bytes)})`, z.worker_gzip_bytes, z.worker_without_sync_gzip_bytes, ratio(z.worker_gzip_bytes, z.worker_without_sync_gzip_bytes), '—', null), bytes, bytes);
    const found = z.content_files_with_pouchdb.length;
    push(row(`content script files carrying PouchDB strings, of ${z.content_files}, vs worker files carrying them (shows the search finds them; ${z.without_sync_files_with_pouchdb} without sync)`, found, z.worker_files_with_pouchdb, null, 'none (sync never in content scripts)', found === 0 && z.worker_files_with_pouchdb > 0), String, String, () => '—');
  }
  return out;
}
