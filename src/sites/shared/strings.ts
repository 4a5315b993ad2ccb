// The few words the inline buttons show, bundled into the content scripts
// from the same messages.json files the browser reads. chrome.i18n.getMessage's
// first call in a content script blocks the page while the browser sends the
// whole catalog (~400 messages): about 6 ms of a Gmail tab's main thread.
// getUILanguage() is answered inside the tab, without that round trip.
// The words come from content-words.ts, generated from the catalogs (text
// only); test/dom/shared/strings.test.ts fails when it is out of date or a
// locale ships without being in it.
import { CONTENT_WORDS } from './content-words';

export const CONTENT_CATALOGS = CONTENT_WORDS;
export type ContentLocale = keyof typeof CONTENT_CATALOGS;
export type ContentKey = keyof (typeof CONTENT_CATALOGS)['en'];
export const CONTENT_KEYS = Object.keys(CONTENT_CATALOGS.en) as ContentKey[];

/** The catalog the browser would choose for a UI language ('de-AT' → de), English otherwise. */
export function contentLocale(uiLanguage: string | undefined): ContentLocale {
  const lang = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(CONTENT_CATALOGS, lang) ? (lang as ContentLocale) : 'en';
}

type I18n = { getUILanguage?: () => string };
const uiLanguage = (): string | undefined => {
  const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  try {
    return (g.browser ?? g.chrome)?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
  } catch {
    return undefined;
  }
};

let chosen: ContentLocale | undefined;
/** The text for one of the content scripts' keys, in the browser's language. */
export const say = (key: ContentKey): string => CONTENT_CATALOGS[(chosen ??= contentLocale(uiLanguage()))][key];
