// Dates, times, numbers and lists in the browser's language, through Intl.
// The language is the one the browser shows its own UI in (the same one
// chrome.i18n picks the catalog by), not a fixed 'en'.
type I18n = { getUILanguage?: () => string; getMessage?: (key: string) => string };
const api = (): I18n | undefined => {
  const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return (g.browser ?? g.chrome)?.i18n;
};

/** A BCP 47 tag Intl accepts: 'de', 'fr-CA', … ('en' when nothing says otherwise). */
export function uiLanguage(): string {
  const raw = api()?.getUILanguage?.() || globalThis.navigator?.language || 'en';
  const tag = raw.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(kind: string, make: (lang: string) => T): T {
  const lang = uiLanguage();
  const key = `${kind}:${lang}`;
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make(lang)));
  return f;
}

export const formatNumber = (n: number): string => cached('n', (l) => new Intl.NumberFormat(l)).format(n);

/** 0.5 → '50%' in English, '50 %' in German. */
export const formatPercent = (rate: number): string =>
  cached('pct', (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 })).format(rate);

/** Megabytes with one decimal below 10 MB, none above. */
export const formatMegabytes = (bytes: number): string => {
  const mb = bytes / 1_048_576;
  return cached(mb < 10 ? 'mb1' : 'mb0', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: mb < 10 ? 1 : 0, minimumFractionDigits: mb < 10 ? 1 : 0 })).format(mb);
};

export const formatDate = (ms: number): string =>
  cached('d', (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'short', day: 'numeric' })).format(ms);

export const formatDateTime = (ms: number): string =>
  cached('dt', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(ms);

/** ['Gmail', 'Outlook'] → 'Gmail and Outlook' / 'Gmail und Outlook' / 'Gmail et Outlook'. */
export const formatList = (items: string[]): string =>
  cached('list', (l) => new Intl.ListFormat(l, { type: 'conjunction' })).format(items);

/** The page's lang attribute: the language of the catalog the browser chose (screen readers, hyphenation). */
export function applyDocumentLanguage(doc: Document = document): void {
  const lang = api()?.getMessage?.('catalogLanguage');
  if (lang) doc.documentElement.lang = lang;
}
