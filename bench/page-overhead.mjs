// Main-thread time the extension adds to a Gmail-like page: the same page and
// scenario in two browsers of the same run, one with the extension and one
// without, interleaved; the difference of the renderer's TaskDuration (CDP
// Performance.getMetrics) from before navigation to the end of the scenario.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gmailLikePage } from './gmail-page.mjs';
import { median, quantile } from './stats.mjs';

const PAGE_URL = 'https://mail.google.com/mail/u/0/#inbox';

/** A captured Gmail send request from test/fixtures when present, else a small one of the same shape. */
function sendFixture(kind) {
  const dir = 'test/fixtures/gmail';
  const walk = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }) : [])
    .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const hit = walk(dir).find((f) => f.endsWith(`cvOnSend_${kind}.json`));
  if (hit) return readFileSync(hit, 'utf8');
  if (kind === 'response') return '[]';
  const msg = ['msg-a:r8190137112111191537', [1, 'me@example.com', 'Me Myself'], [[1, 'ada@example.com', 'Ada Lovelace']],
    null, null, null, 1_700_000_000_000, 'Quick follow-up', [null, [[0, '<div>…</div>']]], null, ['^all', '^pfg', '^f_bt']];
  return JSON.stringify([[null, null, 2], [[[10, ['thread-a:r263523620390330024', [...Array(13).fill(null), [msg]]]]]]]);
}

const LONGTASKS = `window.benchLongTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.benchLongTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

async function prepare(browser) {
  const html = gmailLikePage();
  const response = sendFixture('response');
  await browser.context.route('https://mail.google.com/**', (route) => {
    const isSync = route.request().url().includes('/sync/');
    return route.fulfill({
      status: 200,
      contentType: isSync ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
      body: isSync ? response : html,
    });
  });
  await browser.context.addInitScript(LONGTASKS);
}

async function once(browser, body) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => {
    const all = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (name) => (all.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const t0 = await metrics();
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  // document_idle content scripts run shortly after load
  await page.waitForTimeout(300);
  await page.evaluate((b) => window.nudgelineBench.run(b, 1000), body);
  const t1 = await metrics();
  const longTasks = await page.evaluate(() => window.benchLongTasks);
  await cdp.detach();
  await page.close();
  return { taskMs: t1.task - t0.task, scriptMs: t1.script - t0.script, longTasks };
}

/** @param {{ withExt: object, without: object, runs: number }} o */
export async function pageOverhead({ withExt, without, runs }) {
  await prepare(withExt);
  await prepare(without);
  const body = sendFixture('request');
  // one warm-up each (first navigation pays for process start-up)
  await once(withExt, body);
  await once(without, body);
  const w = [], b = [], sw = [], sb = [], lt = [], ltBase = [];
  for (let i = 0; i < runs; i++) {
    // alternate which browser goes first, so neither always runs warmer
    const [a, c] = i % 2 === 0
      ? [await once(withExt, body), await once(without, body)]
      : await once(without, body).then(async (first) => [await once(withExt, body), first]);
    w.push(a.taskMs); b.push(c.taskMs); sw.push(a.scriptMs); sb.push(c.scriptMs);
    lt.push(a.longTasks.filter((d) => d > 50).length);
    ltBase.push(c.longTasks.filter((d) => d > 50).length);
  }
  const diffs = w.map((x, i) => x - b[i]);
  return {
    page_added_main_thread_ms: median(diffs),
    // how noisy the paired differences were (interquartile range)
    page_added_main_thread_p25_ms: quantile(diffs, 0.25),
    page_added_main_thread_p75_ms: quantile(diffs, 0.75),
    // script time alone (isolated + MAIN world): far less noisy than whole tasks
    page_added_script_ms: median(sw.map((x, i) => x - sb[i])),
    page_main_thread_with_ms: median(w),
    page_main_thread_without_ms: median(b),
    long_tasks_over_50ms: median(lt),
    long_tasks_over_50ms_max: Math.max(...lt),
    long_tasks_over_50ms_without: median(ltBase),
  };
}
