// Dates, numbers, percentages and lists follow the browser's language, not a fixed 'en'.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { t } from '../../../src/i18n/t';
import { filledTemplate } from '../../../src/ui/template-copy';
import { formatDate, formatDateTime, formatList, formatMegabytes, formatNumber, formatPercent, uiLanguage } from '../../../src/i18n/locale';

const g = globalThis as { chrome?: unknown };
function browserIn(lang: string) {
  g.chrome = {
    i18n: {
      getUILanguage: () => lang,
      // Enough of chrome.i18n for t(): "$1 contacts".
      getMessage: (key: string, subs: string[]) => (key === 'tableCount' ? `${subs[0]} contacts` : ''),
    },
  };
}
afterEach(() => { delete g.chrome; });

// 14 March 2026, 15:30 local time.
const WHEN = new Date(2026, 2, 14, 15, 30).getTime();

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the browser\'s language', () => {
  it.each([
    ['en', '1,234,567.5', '50%', '3.5', 'Mar 14, 2026', 'Gmail, Outlook, and LinkedIn'],
    ['de', '1.234.567,5', '50 %', '3,5', '14. März 2026', 'Gmail, Outlook und LinkedIn'],
    ['fr', '1 234 567,5', '50 %', '3,5', '14 mars 2026', 'Gmail, Outlook et LinkedIn'],
    ['es', '1.234.567,5', '50 %', '3,5', '14 mar 2026', 'Gmail, Outlook y LinkedIn'],
  ])('%s', (lang, number, percent, mb, date, list) => {
    browserIn(lang);
    expect(uiLanguage()).toBe(lang);
    expect(plain(formatNumber(1_234_567.5))).toBe(number);
    expect(plain(formatPercent(0.5))).toBe(percent);
    expect(formatMegabytes(3.5 * 1_048_576)).toBe(mb);
    expect(plain(formatDate(WHEN))).toBe(date);
    expect(formatList(['Gmail', 'Outlook', 'LinkedIn'])).toBe(list);
    expect(formatDateTime(WHEN)).toContain(lang === 'en' ? '3:30' : '15:30');
  });

  it('reads chrome.i18n\'s underscore form and falls back to English on nonsense', () => {
    browserIn('pt_BR');
    expect(uiLanguage()).toBe('pt-BR');
    browserIn('not a tag!');
    expect(uiLanguage()).toBe('en');
  });

  it('t() writes numbers the way the language does', () => {
    browserIn('de');
    expect(t('tableCount', 12_345)).toBe('12.345 contacts');
    browserIn('en');
    expect(t('tableCount', 12_345)).toBe('12,345 contacts');
    expect(t('tableCount', '12345')).toBe('12345 contacts');
  });
});

describe('copying a template', () => {
  it('gives a template still at its default in the browser\'s language, filled in', () => {
    browserIn('fr');
    expect(filledTemplate(DEFAULT_SETTINGS, 'thank-you', 'Dana Smith')).toBe('Bonjour Dana, merci beaucoup pour votre aide. Elle a vraiment fait la différence.');
    browserIn('de-AT');
    expect(filledTemplate(DEFAULT_SETTINGS, 'thank-you', 'Dana Smith')).toBe('Hallo Dana, vielen Dank für Ihre Hilfe. Sie hat wirklich etwas bewirkt.');
  });

  it('gives an edited template as written, whatever the language', () => {
    browserIn('es');
    const settings = { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_SETTINGS.templates, nudge: 'Hey {firstName}, any news?' } };
    expect(filledTemplate(settings, 'nudge', 'Dana Smith')).toBe('Hey Dana, any news?');
  });
});
