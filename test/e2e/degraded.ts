// One staging for every site: a page whose markup lost a role is opened
// until its health is reported degraded; then what the popup says and what
// the page threw are read for the test to check.
import type { Page } from 'playwright-core';
import { until, type Ext } from './harness';
import { openPopup } from './ui-helpers';

export interface DegradedCase {
  site: 'gmail' | 'linkedin' | 'outlook';
  /** the role the broken fixture lacks */
  role: string;
  /** routes the broken fixture and navigates the fresh page to it */
  load: (page: Page) => Promise<void>;
}

export interface DegradedReport {
  /** the popup's text once it names a degraded site */
  popup: string;
  /** errors thrown into the site's page */
  pageErrors: string[];
}

export async function openDegraded(ext: Ext, c: DegradedCase): Promise<DegradedReport> {
  const page = await ext.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await c.load(page);
  const worker = await ext.worker();
  const key = `health:${c.site}`;
  await until(async () => {
    const h = await worker.evaluate((k) => chrome.storage.local.get(k).then((r) => r[k] as { roles: Record<string, boolean> } | undefined), key);
    return h?.roles[c.role] === false;
  }, 15_000, 'degraded health');
  const popup = await openPopup(ext);
  const text = await until(async () => {
    const body = (await popup.locator('body').textContent()) ?? '';
    return body.includes('may miss messages on') ? body : null;
  }, 10_000, 'the popup naming a degraded site');
  await popup.close();
  await page.close();
  return { popup: text, pageErrors };
}
