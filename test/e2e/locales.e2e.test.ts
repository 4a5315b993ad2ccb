// The extension in a German, French and Spanish browser: Chromium started in
// that language (LANGUAGE, as on Linux; chromium-l10n installed) reports it
// through chrome.i18n.getUILanguage(), and the popup, options page, dashboard,
// the service worker's notification words and the inline button on Gmail
// speak it, with dates, numbers and percentages written its way and no
// English left for a sample of keys. Saves the localized store images.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEFAULT_TEMPLATES_BY_LANG } from '../../src/core/template-languages';
import { fixture, launch, type Ext } from './harness';
import { agendaLoaded, openPopup } from './ui-helpers';
import { STORE_NOW, popupStoreShot, seedStore, storeShot } from './store-shots';

type Catalog = Record<string, { message: string }>;
const catalog = (lang: string) => JSON.parse(readFileSync(`src/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
const EN = catalog('en');
const GMAIL = 'https://mail.google.com';

/** What each page must say, by key. Substitutions are written out per language below. */
const POPUP_KEYS = ['groupFinalDue', 'groupNudgeDue', 'groupReplyOwed', 'groupReferrals', 'actionCopy', 'attemptFinal', 'actionSnooze'];
const OPTIONS_KEYS = ['optTitle', 'optCadence', 'optIntervals', 'optReminders', 'optDigestOn', 'optDetection', 'mode_direct', 'optTemplates', 'tpl_final', 'optStorageIntro', 'optDelete', 'exportBackup', 'optAllSaved'];
const DASHBOARD_KEYS = ['dashTitle', 'dashRates', 'dashContacts', 'dashReferrals', 'colLastTouch', 'slotFirst', 'slotFinal', 'filterStage'];

// Dates and numbers as each language writes them (Chromium's ICU):
// Wes Tanaka's last touch is Monday 2 November 2026; the chart's 50 %.
const WRITTEN = {
  de: { date: '2. Nov. 2026', percent: '50 %', nudgeOf: 'Erinnerung 1 von 2', ago: 'vor 48 Tagen' },
  fr: { date: '2 nov. 2026', percent: '50 %', nudgeOf: 'relance 1 sur 2', ago: 'il y a 48 jours' },
  es: { date: '2 nov 2026', percent: '50 %', nudgeOf: 'recordatorio 1 de 2', ago: 'hace 48 días' },
} as const;

const text = (page: Page) => page.evaluate(() => document.body.textContent!.replace(/[\u00a0\u202f]/g, ' '));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** The keys whose translation is on the page and whose English is not. */
function expectSpoken(body: string, keys: string[], words: Catalog) {
  const missing = keys.filter((k) => !body.includes(plain(words[k]!.message)));
  const english = keys.filter((k) => EN[k]!.message !== words[k]!.message && body.includes(EN[k]!.message));
  expect({ missing, english }).toEqual({ missing: [], english: [] });
}

describe.each(['de', 'fr', 'es'] as const)('in a %s browser', (lang) => {
  const words = catalog(lang);
  let ext: Ext;
  beforeAll(async () => {
    ext = await launch({ time: STORE_NOW, lang });
    await seedStore(ext);
  });
  afterAll(() => ext.dispose());

  it('chrome.i18n reports the language, in pages and in the service worker', async () => {
    const page = await ext.page('src/options/index.html');
    const ui = await page.evaluate(() => chrome.i18n.getUILanguage());
    // en-US here means Chromium's locale files are missing: apt-get install chromium-l10n.
    expect(ui.split('-')[0]).toBe(lang);
    await page.close();
    const worker = await ext.worker();
    const fromWorker = await worker.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('digestOpen'), chrome.i18n.getMessage('digestTitle_other', ['3'])]);
    expect(fromWorker).toEqual([ui, words.digestOpen!.message, words.digestTitle_other!.message.replace('$count$', '3')]);
  });

  it('the popup speaks it', async () => {
    const popup = await openPopup(ext);
    await popup.locator('section[data-group="final-due"]').waitFor();
    await agendaLoaded(popup);
    await expect(popup.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    const body = await text(popup);
    expectSpoken(body, POPUP_KEYS, words);
    expect(body).toContain(WRITTEN[lang].nudgeOf);
    expect(body).toContain(WRITTEN[lang].ago);
    await expect(popup.getByRole('searchbox').or(popup.locator('input[type=search]')).first().getAttribute('placeholder'))
      .resolves.toBe(words.searchPlaceholder!.message);
    await popup.close();
  });

  it('the options page speaks it, with the default templates in that language', async () => {
    const page = await ext.page('src/options/index.html');
    await page.locator('#tpl-final').waitFor();
    await page.locator('#storage dl').waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    expectSpoken(await text(page), OPTIONS_KEYS, words);
    await expect(page.locator('#tpl-final').inputValue()).resolves.toBe(DEFAULT_TEMPLATES_BY_LANG[lang].final);
    await expect(page.locator('#tpl-nudge').inputValue()).resolves.toBe(DEFAULT_TEMPLATES_BY_LANG[lang].nudge);
    await storeShot(page, `docs/store/${lang}/options.png`, { top: true });
    await page.close();
  });

  it('the dashboard speaks it, dates and percentages written its way', async () => {
    const page = await ext.page('src/dashboard/index.html');
    await page.locator('.chart-svg g.bar').first().waitFor();
    await page.getByText('Wes Tanaka').first().waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
    const body = await text(page);
    expectSpoken(body, DASHBOARD_KEYS, words);
    await expect(page.locator('tr', { hasText: 'Wes Tanaka' }).textContent().then((s) => plain(s!))).resolves.toContain(WRITTEN[lang].date);
    expect(plain(await page.locator('.chart-svg').textContent() ?? '')).toContain(WRITTEN[lang].percent);
    await storeShot(page, `docs/store/${lang}/dashboard.png`);
    await page.close();
  });

  it('the inline button on Gmail speaks it', async () => {
    // The dated compose fixture is enough: the button is drawn before any send.
    await ext.route(GMAIL, fixture('gmail/2026-11-compose.html'));
    const page = await ext.context.newPage();
    await page.goto(`${GMAIL}/mail/u/0/#inbox?compose=new`);
    const button = page.locator('[aria-label="New Message"] nudgeline-button button');
    await button.waitFor();
    await expect(button.textContent()).resolves.toContain(words.logAsFollowUp!.message);
    await page.close();
  });

  it('saves the store image of the popup', async () => {
    const png = await popupStoreShot(ext, `docs/store/${lang}/popup.png`, {
      lang, name: words.extName!.message, description: words.extDescription!.message,
    });
    expect(png.readUInt32BE(16)).toBe(1280);
  });
});
