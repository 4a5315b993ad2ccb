// The results as rows of figure, baseline (same run), ratio and goal, and
// whether the goal is met (reported only: the benchmark never fails).
import { none, ratio } from './stats.mjs';
import { syncRows } from './sync-rows.mjs';

const KB = 1024, MB = 1024 * 1024;
// InboxSDK 2.2.26, minified and gzipped: the layer most commercial Gmail extensions load
const INBOXSDK_BYTES = (288 + 53) * KB;

export const ms = (x) => (none(x) ? 'n/a' : `${x.toFixed(x < 10 ? 2 : 1)} ms`);
export const bytes = (x) => (none(x) ? 'n/a' : Math.abs(x) >= MB ? `${(x / MB).toFixed(2)} MB` : `${(x / KB).toFixed(1)} KB`);
export const times = (x) => (none(x) ? 'n/a' : `${x.toFixed(x < 10 ? 2 : 1)}×`);
const signed = (fmt) => (x) => (none(x) ? 'n/a' : `${x < 0 ? '−' : '+'}${fmt(Math.abs(x))}`);
const yes = (ok) => (none(ok) ? '—' : ok ? 'yes' : 'NO');

/** One row; `met` is null when a side is missing. */
export function row(measure, figure, baseline, ratioValue, goal, met, extra = {}) {
  return { measure, ...extra, figure, baseline, ratio: ratioValue, goal, met: none(figure) || none(baseline) ? null : met };
}

const SIZES = [['10k_contacts_100k_touches', '10k'], ['100k_contacts_1m_touches', '100k']];

/** A row with its printed cells. */
export const textRow = (x, fmtFig, fmtBase, fmtRatio = times) => ({ ...x, text: [x.measure, fmtFig(x.figure), fmtBase(x.baseline), fmtRatio(x.ratio), x.goal, yes(x.met)] });

/** @returns {object[]} every row, with raw numbers and their printed forms */
export function rows(r) {
  const out = [];
  const push = (x, fmtFig, fmtBase, fmtRatio) => out.push(textRow(x, fmtFig, fmtBase, fmtRatio));

  for (const [key, label] of SIZES) {
    const a = r.agenda?.[key];
    if (!a) continue;
    const q = ratio(a.query_p95_ms, a.index_only_p95_ms);
    const mid = none(a.query_median_ms) ? '' : `; medians ${ms(a.query_median_ms)} vs ${ms(a.index_only_median_ms)}`;
    push(row(`agenda query p95, ${label} contacts, vs the index range alone (20 keys${mid})`, a.query_p95_ms, a.index_only_p95_ms, q, '≤ 2×', q <= 2), ms, ms);
    const s = ratio(a.scan_p95_ms, a.query_p95_ms);
    push(row(`agenda query p95, ${label} contacts, vs a full scan (same answer: ${a.same_answer})`, a.query_p95_ms, a.scan_p95_ms, s, '≥ 30× faster', s >= 30), ms, ms, (x) => (none(x) ? 'n/a' : `${x.toFixed(0)}× faster`));
  }
  for (const [key, label] of SIZES) {
    const p = r.popup?.[key];
    if (!p) continue;
    for (const [kind, fig, base] of [['first open', p.first_open_ms, p.empty_first_open_ms], ['warm', p.warm_ms, p.empty_warm_ms]]) {
      const q = ratio(fig, base);
      push(row(`popup first section, ${label} contacts, ${kind}, vs an empty page with its stylesheets`, fig, base, q, '≤ 1.3×', q <= 1.3), ms, ms);
    }
  }
  const lt = r.log_touch;
  if (lt) {
    const w = ratio(lt.warm_p95_ms, lt.bare_warm_p95_ms);
    push(row('log a touch p95, worker warm, vs a bare message round trip', lt.warm_p95_ms, lt.bare_warm_p95_ms, w, '≤ 2×', w <= 2), ms, ms);
    const c = ratio(lt.cold_p95_ms, lt.bare_cold_p95_ms);
    push(row(`log a touch p95, worker stopped (${lt.stops_confirmed} stops seen), vs a bare worker's cold start answering one message`, lt.cold_p95_ms, lt.bare_cold_p95_ms, c, '≤ 1.5×', c <= 1.5), ms, ms);
  }
  const im = r.import;
  if (im) {
    const base = im.parse_ms + im.bulk_add_ms;
    const q = ratio(im.total_ms, base);
    push(row(`import 50k LinkedIn connections (parse ${ms(im.parse_ms)} + write ${ms(im.write_ms)}), vs parse + Dexie bulkAdd of the same rows (${ms(im.bulk_add_ms)})`, im.total_ms, base, q, '≤ 1.5×', q <= 1.5), ms, ms);
  }
  const mg = r.migration;
  if (mg) {
    const q = ratio(mg.upgrade_ms, mg.write_v2_ms);
    push(row(`v2 → v3 upgrade, ${mg.rows.toLocaleString('en-US')} rows (every row a distinct global id, contacts clocked: ${mg.every_row_right ? 'yes' : 'NO'}), vs writing those rows into v2 in one transaction`, mg.upgrade_ms, mg.write_v2_ms, q, '≤ 2×', q <= 2 && mg.every_row_right), ms, ms);
  }
  const rc = r.recompute;
  if (rc) {
    const q = ratio(rc.median_ms, rc.read_all_contacts_median_ms);
    push(row('recompute all stages, 10k contacts, vs reading every contact alone', rc.median_ms, rc.read_all_contacts_median_ms, q, '≤ 3×', q <= 3), ms, ms);
  }
  for (const site of ['gmail', 'linkedin', 'outlook']) {
    const b = r.content_script_gzip_bytes?.[site];
    push(row(`content script, ${site}, gzip (page world included), vs InboxSDK 2.2.26 (288 + 53 KB)`, b, INBOXSDK_BYTES, ratio(b, INBOXSDK_BYTES), '≤ 12 KB', b <= 12 * KB), bytes, bytes, (x) => (none(x) ? 'n/a' : `${(x * 100).toFixed(1)} %`));
  }
  for (const [site, p] of Object.entries(r.page ?? {})) {
    const label = `${site}-like page, ${p.pairs} pairs`;
    push(row(`${label}: script time added, vs the page without the extension`, p.script_added_ms, p.script_without_ms, ratio(p.script_with_ms, p.script_without_ms), '≤ 5 ms added', p.script_added_ms <= 5), signed(ms), ms);
    const ci = p.task_added_ci95_ms;
    push(row(`${label}: whole main-thread task time added (95 % CI ${ci ? `${ms(ci[0])} … ${ms(ci[1])}` : 'n/a'})`, p.task_added_ms, p.task_without_ms, ratio(p.task_with_ms, p.task_without_ms), '≤ 20 ms added (issue 12)', p.task_added_ms <= 20, { ci95: ci }), signed(ms), ms);
    push(row(`${label}: JS heap added per tab (isolated world), vs the page without the extension`, p.heap_added_bytes, p.heap_without_bytes, ratio(p.heap_with_bytes, p.heap_without_bytes), '≤ 1 MB added', p.heap_added_bytes <= MB), signed(bytes), bytes);
    push(row(`${label}: long tasks > 50 ms per load (worst ${p.long_tasks_over_50ms_max}), vs without`, p.long_tasks_over_50ms, p.long_tasks_over_50ms_without, null, 'no more than without', p.long_tasks_over_50ms <= p.long_tasks_over_50ms_without), String, String, () => '—');
  }
  const m = r.worker_memory;
  if (m) {
    const label = m.size === '100k_contacts_1m_touches' ? '100k' : '10k';
    for (const [kind, h] of [['after recompute', m.afterRecompute], ['at rest', m.atRest]]) {
      push(row(`service worker heap, ${label} contacts, ${kind}, vs a worker that only registers its listeners`, h.worker, h.bare, ratio(h.worker, h.bare), '≤ 20 MB above it', h.worker - h.bare <= 20 * MB), bytes, bytes);
    }
  }
  const sc = r.subtree_precheck;
  if (sc) {
    push(row(`Gmail subtree pre-check, whole page (${sc.page_elements} elements), one selector at a time vs one joined list of ${sc.selectors}`, sc.page_one_by_one_us / 1000, sc.page_joined_list_us / 1000, ratio(sc.page_one_by_one_us, sc.page_joined_list_us), '—', null), ms, ms);
  }
  if (r.sync) out.push(...syncRows(r.sync));
  return out;
}

export function printTable(list) {
  const head = ['measurement', 'figure', 'baseline (same run)', 'ratio', 'goal', 'met'];
  const body = list.map((x) => x.text);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
