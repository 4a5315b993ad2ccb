// One browser profile as a sync device, driven as a user does: the options
// page's Sync card (fields, "Turn on sync", "Sync now"), and the ledger read
// raw from IndexedDB. A pass counts as done when chrome.storage.local
// 'syncState' says ok with a lastSyncedAt later than the browser's own
// clock before the click (polled inside the page: no DevTools round trip
// per poll).

/** In the page: until a pass that ended after `after` left sync ok (an error stops the wait). */
function passedAfter(after) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 45 * 60_000;
    const poll = async () => {
      const st = (await chrome.storage.local.get('syncState')).syncState ?? {};
      if (st.status === 'ok' && (st.lastSyncedAt ?? 0) > after) return resolve(st);
      if (st.status === 'error' && (st.lastSyncedAt ?? 0) <= after && Date.now() - after > 5_000) return reject(new Error(`sync error: ${st.error}`));
      if (Date.now() > deadline) return reject(new Error('no sync pass in 45 minutes'));
      setTimeout(poll, 20);
    };
    void poll();
  });
}

/** In the page: how many rows an IndexedDB store of the ledger holds, or the row at an index key. */
function ledgerRead({ store, index, key }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('nudgeline');
    open.addEventListener('error', () => reject(open.error));
    open.addEventListener('success', () => {
      const os = open.result.transaction(store, 'readonly').objectStore(store);
      const req = index ? os.index(index).get(key) : os.count();
      req.addEventListener('success', () => { resolve(req.result ?? null); open.result.close(); });
      req.addEventListener('error', () => reject(req.error));
    });
  });
}

/** @param {object} browser from launch({ dist }) */
export async function syncDevice(browser) {
  const page = await browser.page('src/options/index.html#sync');
  const clock = () => page.evaluate(() => Date.now());
  const untilPass = async (after) => page.evaluate(passedAfter, after);
  return {
    page,
    /** Fills the Sync card and turns sync on; answers when the first pass is done. */
    async turnOn(server) {
      await page.fill('#sync-url', server.url);
      await page.fill('#sync-user', server.user);
      await page.fill('#sync-password', server.password);
      await page.fill('#sync-passphrase', server.passphrase);
      const before = await clock();
      await page.getByRole('button', { name: 'Turn on sync' }).click();
      return untilPass(before);
    },
    /** "Sync now", then its pass done. */
    async syncNow() {
      const button = page.getByRole('button', { name: 'Sync now' });
      await button.waitFor({ timeout: 60_000 });
      const before = await clock();
      await button.click();
      return untilPass(before);
    },
    /** Until no pass runs (the debounced one after a write included). */
    async idle() {
      await page.waitForTimeout(2_500);
      await page.waitForFunction(async () => (await chrome.storage.local.get('syncState')).syncState?.status !== 'syncing', null, { polling: 50, timeout: 120_000 });
    },
    count: (store) => page.evaluate(ledgerRead, { store }),
    touchAt: (at) => page.evaluate(ledgerRead, { store: 'touches', index: 'at', key: at }),
    /** Logs a touch as the popup does ('touch.log', answered after commit). */
    logTouch: (contactId, at) => page.evaluate(async (m) => {
      const reply = await chrome.runtime.sendMessage({ type: 'touch.log', contactId: m.contactId, kind: 'message', direction: 'out', at: m.at });
      if (!reply?.ok) throw new Error(`touch.log: ${reply?.error}`);
    }, { contactId, at }),
  };
}
