// All user-facing text comes from _locales/en/messages.json through the
// browser's i18n API; code only names keys. Numbers are written the way the
// browser's language writes them (1,234 / 1.234 / 1 234).
import { formatNumber } from './locale';

type I18n = { getMessage(key: string, subs?: string | string[]): string };
const api = (): I18n | undefined =>
  ((globalThis as { browser?: { i18n?: I18n } }).browser ?? (globalThis as { chrome?: { i18n?: I18n } }).chrome)?.i18n;

export function t(key: string, ...subs: (string | number)[]): string {
  const text = api()?.getMessage(key, subs.map((s) => (typeof s === 'number' ? formatNumber(s) : s)));
  return text || key;
}

/** The language the catalog in use is written in (its `catalogLanguage` message), for plural rules and numbers. */
function catalogLanguage(): string {
  const lang = api()?.getMessage('catalogLanguage');
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A message with a count: `key_one`, `key_other` (and `_few`, `_many`, … where
 * a language has them) picked by Intl.PluralRules in the catalog's language,
 * falling back to `key_other`. The count is $1, formatted; more substitutions follow.
 */
export function tn(key: string, count: number, ...subs: (string | number)[]): string {
  const lang = catalogLanguage();
  const all = [new Intl.NumberFormat(lang).format(count), ...subs.map(String)];
  const category = new Intl.PluralRules(lang).select(count);
  return api()?.getMessage(`${key}_${category}`, all) || t(`${key}_other`, ...all);
}

/** The key for a vocabulary word: chrome.i18n keys allow only [A-Za-z0-9_@]. */
export function vocab(prefix: string, word: string): string {
  return `${prefix}_${word.replace(/-/g, '_')}`;
}
