// The built Firefox variant in headless Firefox ESR, installed as a temporary
// add-on through Marionette: the background starts cleanly, the pages render,
// IndexedDB works, the popup shows its keyboard shortcut, and a Gmail send on
// a page served at https://mail.google.com (through a loopback proxy, with a
// certificate made for this run) is logged.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixture, until } from '../e2e/harness';
import { RESPONSE, withGmail } from '../e2e/gmail-stage';
import { ADDON_ID, launchFirefox, type Firefox } from './firefox';
import { startSiteProxy, type SiteProxy } from './proxy';

const messages = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const text = (key: string) => messages[key]!.message;
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

type ConsoleEntry = { level: string; text: string };

let ff: Firefox;

/** The browser console's entries (script errors and console.* calls) that concern the add-on. */
async function addonConsole(): Promise<ConsoleEntry[]> {
  await ff.m.command('Marionette:SetContext', { value: 'chrome' });
  try {
    return await ff.m.script<ConsoleEntry[]>(`
      const [id, base] = arguments;
      const errors = Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError)
        .map((m) => ({ level: m.flags & Ci.nsIScriptError.warningFlag ? 'warning' : 'error', text: m.message + ' ' + m.sourceName }));
      const calls = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).getEvents()
        .filter((e) => ['error', 'warn'].includes(e.level))
        .map((e) => ({ level: e.level === 'warn' ? 'warning' : 'error', text: [...e.arguments].map(String).join(' ') + ' ' + (e.filename || '') + ' ' + (e.addonId || '') }));
      // Firefox's own teardown of a page's storage.onChanged listener (the
      // popup's and options' sync state) logs 'closed conduit' from its
      // internals when the page closes: not the add-on's code.
      // Likewise, an extension API call still pending when the test navigates
      // the tab to the next page is answered into the unloaded page, and
      // Firefox reports that it dropped the answer ('Promise resolved after
      // context unloaded', from ExtensionCommon, with the caller's file).
      const firefoxTeardown = (e) => (e.text.includes('on closed conduit') && e.text.includes('resource://gre/modules/ConduitsChild.sys.mjs'))
        || e.text.startsWith('[JavaScript Error: "Promise resolved after context unloaded');
      return [...errors, ...calls].filter((e) => (e.text.includes(id) || e.text.includes(base)) && !firefoxTeardown(e));
    `, [ADDON_ID, ff.base]);
  } finally {
    await ff.m.command('Marionette:SetContext', { value: 'content' });
  }
}
const open = (path: string) => ff.m.command('WebDriver:Navigate', { url: ff.base + path });
const inPage = <T>(body: string, args: unknown[] = []) => ff.m.script<T>(body, args);

/** Headings of an extension page, once it has rendered more than one. */
async function headings(path: string): Promise<string[]> {
  await open(path);
  return until(() => inPage<string[]>(`return [...document.querySelectorAll('h1, h2')].map((h) => h.textContent.trim());`)
    .then((h) => (h.length > 1 ? h : undefined)), 15_000, `headings of ${path}`);
}

/** Outgoing touches to one email address, read raw from IndexedDB in an extension page. */
const outTo = (email: string) => inPage<{ subject?: string; channel: string; source: string }[]>(`
  const db = await new Promise((ok, fail) => { const r = indexedDB.open('nudgeline'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const all = (store) => new Promise((ok, fail) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
  const ids = (await all('identities')).filter((i) => i.kind === 'email' && i.value === arguments[0]).map((i) => i.contactId);
  const touches = (await all('touches')).filter((t) => ids.includes(t.contactId) && t.direction === 'out');
  db.close();
  return touches;`, [email]);

describe('firefox', () => {
  let proxy: SiteProxy;
  const syncPosts: string[] = [];
  let extensionTab: string;

  beforeAll(async () => {
    proxy = await startSiteProxy('mail.google.com', (req, res) => {
      if (req.method === 'POST' && req.url?.startsWith('/sync/u/0/i/s')) {
        syncPosts.push(req.url);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(RESPONSE);
      } else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withGmail(fixture('gmail/2026-11-compose.html')));
    });
    ff = await launchFirefox(inject('firefoxDist'), { proxyPort: proxy.port });
    extensionTab = (await ff.m.command<{ value: string }>('WebDriver:GetWindowHandle')).value;
  });
  afterAll(async () => {
    await ff?.close();
    await proxy?.close();
  });

  it('the background starts and answers, with no error or warning in the console', async () => {
    await open('src/options/index.html');
    const pong = await until(() => inPage<{ ok: boolean; value?: { pong: string } }>(
      `return browser.runtime.sendMessage({ type: 'ping', nonce: 'ff' });`), 20_000, 'the background');
    expect(pong).toEqual({ ok: true, value: { pong: 'ff' } });
    // Start-up work (badge, digest alarm, recompute) runs on its own: give it time to log.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await addonConsole()).toEqual([]);
  });

  it('the popup, the options page and the dashboard render', async () => {
    expect(await headings('src/popup/index.html')).toEqual(expect.arrayContaining([text('extName'), text('emptyTitle')]));
    // Firefox assigns the suggested shortcut; the popup's footer shows it.
    expect(await until(() => inPage<string | undefined>(`return document.querySelector('footer [data-testid=shortcut]')?.textContent;`), 10_000, 'the shortcut'))
      .toBe(`${text('shortcutLabel')} Alt+Shift+N`);
    expect(await headings('src/options/index.html')).toEqual(expect.arrayContaining([text('optTitle'), text('optData')]));
    expect(await headings('src/dashboard/index.html')).toEqual(expect.arrayContaining([text('dashTitle'), text('dashRates')]));
  });

  it('IndexedDB keeps what the background writes', async () => {
    await open('src/options/index.html');
    const created = await inPage<{ ok: boolean; value: number }>(
      `return browser.runtime.sendMessage({ type: 'contact.create', name: 'Firefox Test', identities: [{ email: 'ff@example.org' }] });`);
    expect(created.ok).toBe(true);
    const row = await inPage<{ name: string } | undefined>(`
      const db = await new Promise((ok, fail) => { const r = indexedDB.open('nudgeline'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
      const row = await new Promise((ok, fail) => { const r = db.transaction('contacts').objectStore('contacts').get(arguments[0]); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
      db.close();
      return row;`, [created.value]);
    expect(row).toMatchObject({ name: 'Firefox Test' });
  });

  it('a Gmail send on https://mail.google.com is logged once, for the To recipients', async () => {
    const gmail = await ff.m.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab' });
    await ff.m.command('WebDriver:SwitchToWindow', { handle: gmail.handle });
    await ff.m.command('WebDriver:Navigate', { url: 'https://mail.google.com/mail/u/0/#inbox?compose=new' });
    const scope = '[aria-label="New Message"]';
    await until(() => inPage<boolean>(`return !!document.querySelector(arguments[0]);`, [`${scope} nudgeline-button`]), 20_000, 'the inline button');
    const send = await ff.m.command<{ value: Record<string, string> }>('WebDriver:FindElement',
      { using: 'css selector', value: `${scope} div[role=button].T-I-atl:not([aria-haspopup])` });
    await ff.m.command('WebDriver:ElementClick', { id: send.value[ELEMENT] });

    await ff.m.command('WebDriver:SwitchToWindow', { handle: extensionTab });
    await open('src/options/index.html');
    const sent = await until(() => outTo('ada@example.org').then((t) => (t.length ? t : undefined)), 20_000, 'the send in the ledger');
    expect(sent).toEqual([expect.objectContaining({ channel: 'gmail', source: 'auto', subject: 'Coffee next week?' })]);
    expect(syncPosts).toHaveLength(1);
    expect(await outTo('boss@example.com')).toEqual([]); // Cc is never tracked
    // Nothing reached the network: the proxy refused everything but the played
    // host, and all it refused was Firefox's own services (settings, updates), never the add-on.
    expect(proxy.refused.filter((host) => !/\.mozilla\.(com|net|org):443$/.test(host))).toEqual([]);
    expect(await addonConsole()).toEqual([]);
  });
});
