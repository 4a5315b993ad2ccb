// The extension loads: worker starts, pages render, content scripts start on
// each site and talk to the background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openInContentWorld, until, type Ext } from './harness';

const SITES = [
  ['gmail', 'https://mail.google.com', '/mail/u/0/#inbox'],
  ['linkedin', 'https://www.linkedin.com', '/messaging/'],
  ['outlook', 'https://outlook.office.com', '/mail/'],
] as const;

describe('foundation', () => {
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch();
  });
  afterAll(() => ext.dispose());

  it('starts the service worker with a chrome-extension id', async () => {
    expect(ext.id).toMatch(/^[a-p]{32}$/);
    const worker = await ext.worker();
    expect(await worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Nudgeline');
  });

  it('renders the popup', async () => {
    const popup = await ext.page('src/popup/index.html');
    await expect(popup.locator('h1').first().textContent()).resolves.toContain('Nudgeline');
    await popup.close();
  });

  it('answers a ping from an extension page and refuses a malformed message', async () => {
    const page = await ext.page('src/options/index.html');
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', nonce: 'n1' }));
    expect(reply).toEqual({ ok: true, value: { pong: 'n1' } });
    const bad = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', nonce: 42 }));
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^invalid message/) });
    await page.close();
  });

  for (const [site, origin, path] of SITES) {
    it(`starts the ${site} content script, which reaches the background`, async () => {
      await ext.route(origin, `<!doctype html><html><head><title>${site}</title></head><body><main></main></body></html>`);
      const page = await ext.context.newPage();
      await page.goto(origin + path);
      const worker = await ext.worker();
      const health = await until(
        () => worker.evaluate((key) => chrome.storage.local.get(key).then((r) => r[key]), `health:${site}`),
        15_000, `${site} health report`,
      );
      expect(health).toMatchObject({ roles: expect.any(Object), at: expect.any(Number) });
      await page.close();
    });
  }

  it('answers a content script that pings, naming the site it runs on', async () => {
    const { tab, run } = await openInContentWorld(ext, 'https://www.linkedin.com/messaging/');
    expect(await run(`chrome.runtime.sendMessage({ type: 'ping', nonce: 'from-linkedin' })`))
      .toEqual({ ok: true, value: { pong: 'from-linkedin', site: 'linkedin' } });
    await tab.close();
  });
});
