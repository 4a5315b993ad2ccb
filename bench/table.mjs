// Prints the results as a table: figure, its baseline or ratio, the goal,
// and whether the goal is met (reported only: the benchmark never fails).
import { none } from './stats.mjs';

const fmt = (x, unit = 'ms') => (none(x) ? 'n/a' : unit === 'B' ? `${(x / 1024).toFixed(2)} KB` : `${x.toFixed(x < 10 ? 2 : 1)} ${unit}`);
const check = (ok) => (none(ok) ? '—' : ok ? 'yes' : 'NO');

/** @returns {string[][]} rows of [measurement, figure, baseline/ratio, goal, met] */
export function rows(r) {
  const out = [];
  for (const site of ['gmail', 'linkedin', 'outlook']) {
    const b = r.content_script_gzip_bytes?.[site];
    out.push([`content script, ${site} (gzip, at start)`, fmt(b, 'B'), `${fmt(r.content_script_raw_bytes?.[site], 'B')} raw`, '≤ 12 KB', check(none(b) ? null : b <= 12 * 1024)]);
  }
  const p = r.page_added_main_thread_ms;
  out.push(['main thread added, Gmail-like page', fmt(p),
    `${fmt(r.page_main_thread_with_ms)} with vs ${fmt(r.page_main_thread_without_ms)} without; paired diffs p25..p75 ${fmt(r.page_added_main_thread_p25_ms)}..${fmt(r.page_added_main_thread_p75_ms)}; script alone +${fmt(r.page_added_script_ms)}`,
    '≤ 20 ms', check(none(p) ? null : p <= 20)]);
  out.push(['long tasks > 50 ms (with extension)', String(r.long_tasks_over_50ms ?? 'n/a'),
    `${r.long_tasks_over_50ms_without ?? 'n/a'} without (median per page load); worst run ${r.long_tasks_over_50ms_max ?? 'n/a'}`, '0', check(none(r.long_tasks_over_50ms) ? null : r.long_tasks_over_50ms <= r.long_tasks_over_50ms_without)]);
  const sc = r.subtree_precheck;
  if (sc) {
    out.push([`subtree pre-check, whole page (${sc.page_elements} elements)`, `${fmt(sc.page_one_by_one_us, 'µs')}`,
      `one joined list of the ${sc.selectors} selectors ${fmt(sc.page_joined_list_us, 'µs')} → ${(sc.page_joined_list_us / sc.page_one_by_one_us).toFixed(0)}× slower`, '—', '—']);
    out.push([`subtree pre-check, one row (${sc.row_elements} elements)`, `${fmt(sc.row_one_by_one_us, 'µs')}`,
      `one joined list ${fmt(sc.row_joined_list_us, 'µs')}`, '—', '—']);
  }
  for (const [key, label, goal] of [['10k_contacts_100k_touches', '10k contacts / 100k touches', 5], ['100k_contacts_1m_touches', '100k contacts / 1M touches', 10]]) {
    const q = r.agenda_query_p95_ms[key], s = r.agenda_scan_baseline_p95_ms[key];
    const ratio = q && s ? s / q : null;
    out.push([`agenda query p95, ${label}`, fmt(q),
      none(s) || none(ratio) ? 'n/a' : `scan ${fmt(s)} → ${ratio.toFixed(0)}× faster; index alone ${fmt(r.agenda_index_only_p95_ms[key])}`,
      `≤ ${goal} ms, ≥ 10× scan`, check(none(q) ? null : q <= goal && ratio >= 10)]);
  }
  out.push(['popup first section, 10k / 100k', fmt(r.popup_first_section_ms), `first open ${fmt(r.popup_first_section_first_open_ms)}`, '≤ 150 ms', check(none(r.popup_first_section_ms) ? null : r.popup_first_section_ms <= 150)]);
  out.push(['log touch p95, worker warm', fmt(r.log_touch_warm_p95_ms), `median ${fmt(r.log_touch_warm_median_ms)}`, '≤ 10 ms', check(none(r.log_touch_warm_p95_ms) ? null : r.log_touch_warm_p95_ms <= 10)]);
  out.push(['log touch p95, worker stopped', fmt(r.log_touch_cold_worker_p95_ms), `${r.log_touch_cold_worker_stopped} stops confirmed; ${(r.log_touch_cold_worker_p95_ms / r.log_touch_warm_p95_ms || 0).toFixed(0)}× warm`, '≤ 150 ms', check(none(r.log_touch_cold_worker_p95_ms) ? null : r.log_touch_cold_worker_p95_ms <= 150)]);
  out.push(['recompute all stages, 10k contacts', fmt(r.recompute_all_stages_ms), `first pass ${fmt(r.recompute_all_stages_initial_ms)}`, '≤ 1 s', check(none(r.recompute_all_stages_ms) ? null : r.recompute_all_stages_ms <= 1000)]);
  out.push(['import 50k LinkedIn connections', fmt(r.import_50k_connections_ms), none(r.import_50k_parse_ms) ? (r.import_note ?? '') : `parse ${fmt(r.import_50k_parse_ms)} + write ${fmt(r.import_50k_apply_ms)}`, '—', '—']);
  return out;
}

export function printTable(r) {
  const head = ['measurement', 'figure', 'baseline / ratio', 'goal', 'met'];
  const body = rows(r);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
