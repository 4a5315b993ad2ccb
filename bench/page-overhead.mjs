// What the extension adds to a site's page: the same page and scenario in two
// browsers of the same run, one with the extension and one without,
// interleaved. Per load: the renderer's TaskDuration and ScriptDuration (CDP
// Performance.getMetrics, thread time) from before navigation to the end of
// the scenario, long tasks, and the tab's JS heap after the scenario (CDP
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage: the page's isolate,
// main and isolated worlds together, so the difference is the content
// scripts'). Figures are medians of the paired differences; the whole-task
// one also gets a 95 % bootstrap interval, since single loads vary by ±4 %.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gmailLikePage } from './gmail-page.mjs';
import { LINKEDIN_URL, linkedinLikePage, linkedinResponse } from './linkedin-page.mjs';
import { bootstrapMedianCI, median } from './stats.mjs';
import { gcThenHeap } from './workers.mjs';

/** A real captured Gmail send request (../shared/fixtures, read in place) when present, else a small one of the same shape. */
function gmailSendFixture(kind) {
  const walk = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }) : [])
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const hit = ['../shared/fixtures', 'test/fixtures/gmail'].flatMap(walk).find((f) => f.endsWith(`cvOnSend_${kind}.json`));
  if (hit) return readFileSync(hit, 'utf8');
  if (kind === 'response') return '[]';
  const msg = ['msg-a:r8190137112111191537', [1, 'me@example.com', 'Me Myself'], [[1, 'ada@example.com', 'Ada Lovelace']],
    null, null, null, 1_700_000_000_000, 'Quick follow-up', [null, [[0, '<div>…</div>']]], null, ['^all', '^pfg', '^f_bt']];
  return JSON.stringify([[null, null, 2], [[[10, ['thread-a:r263523620390330024', [...Array(13).fill(null), [msg]]]]]]]);
}

/** Each page: its URL, its HTML, which requests get the JSON answer, and the send's request body. */
export function sites() {
  return {
    gmail: { url: 'https://mail.google.com/mail/u/0/#inbox', route: 'https://mail.google.com/**', html: gmailLikePage(), isApi: (u) => u.includes('/sync/'), response: gmailSendFixture('response'), body: gmailSendFixture('request') },
    linkedin: { url: LINKEDIN_URL, route: 'https://www.linkedin.com/**', html: linkedinLikePage(), isApi: (u) => u.includes('/voyager/api/'), response: linkedinResponse(), body: null },
  };
}

const LONGTASKS = `window.benchLongTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLongTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

/** Routes every site's pages in this browser; once per browser. */
export async function preparePages(browser, all) {
  for (const s of Object.values(all)) {
    await browser.context.route(s.route, (route) => {
      const api = s.isApi(route.request().url());
      return route.fulfill({ status: 200, contentType: api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8', body: api ? s.response : s.html });
    });
  }
  await browser.context.addInitScript(LONGTASKS);
}

async function once(browser, site, settleMs) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (name) => (all.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const t0 = await metrics();
  await page.goto(site.url, { waitUntil: 'load' });
  // document_idle content scripts run shortly after load
  await page.waitForTimeout(300);
  await page.evaluate(([b, ms]) => window.nudgelineBench.run(b, ms), [site.body, settleMs]);
  const t1 = await metrics();
  const longTasks = await page.evaluate(() => window.benchLongTasks);
  const heap = await gcThenHeap((method) => cdp.send(method));
  await cdp.detach();
  await page.close();
  return { taskMs: t1.task - t0.task, scriptMs: t1.script - t0.script, heap, longTasks };
}

const longs = (xs) => xs.map((x) => x.longTasks.filter((d) => d > 50).length);

/**
 * Up to `runs` pairs; on a loaded machine it stops once `budgetMs` is spent
 * (but not before `minRuns`), so the whole bench keeps to its time: fewer
 * pairs only widen the interval, which is reported.
 * @param {{ withExt: object, without: object, site: object, runs: number, budgetMs?: number, minRuns?: number, settleMs?: number }} o
 */
export async function pageOverhead({ withExt, without, site, runs, budgetMs = Infinity, minRuns = 11, settleMs = 700 }) {
  const started = Date.now();
  // one warm-up each (the first navigation pays for process start-up)
  await once(withExt, site, settleMs);
  await once(without, site, settleMs);
  const w = [], b = [];
  for (let i = 0; i < runs && (i < minRuns || Date.now() - started < budgetMs); i++) {
    // alternate which browser goes first, so neither always runs warmer
    if (i % 2 === 0) { w.push(await once(withExt, site, settleMs)); b.push(await once(without, site, settleMs)); }
    else { b.push(await once(without, site, settleMs)); w.push(await once(withExt, site, settleMs)); }
  }
  const paired = (key) => w.map((x, i) => x[key] - b[i][key]);
  const taskDiffs = paired('taskMs');
  const ci = bootstrapMedianCI(taskDiffs);
  return {
    pairs: w.length,
    script_added_ms: median(paired('scriptMs')),
    script_with_ms: median(w.map((x) => x.scriptMs)),
    script_without_ms: median(b.map((x) => x.scriptMs)),
    task_added_ms: median(taskDiffs),
    task_added_ci95_ms: ci,
    task_with_ms: median(w.map((x) => x.taskMs)),
    task_without_ms: median(b.map((x) => x.taskMs)),
    heap_added_bytes: median(paired('heap')),
    heap_with_bytes: median(w.map((x) => x.heap)),
    heap_without_bytes: median(b.map((x) => x.heap)),
    long_tasks_over_50ms: median(longs(w)),
    long_tasks_over_50ms_max: Math.max(...longs(w)),
    long_tasks_over_50ms_without: median(longs(b)),
  };
}
