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

/** The key for a vocabulary word: chrome.i18n keys allow only [A-Za-z0-9_@]. */
export function vocab(prefix: string, word: string): string {
  return `${prefix}_${word.replace(/-/g, '_')}`;
}
