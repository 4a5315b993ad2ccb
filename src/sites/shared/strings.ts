// The few words the inline buttons show, bundled into the content scripts
// from the same messages.json files the browser reads. chrome.i18n.getMessage's
// first call in a content script blocks the page while the browser sends the
// whole catalog (~400 messages): about 6 ms of a Gmail tab's main thread.
// getUILanguage() is answered inside the tab, without that round trip.
// Named JSON imports are tree-shaken: only these entries are bundled.
// test/dom/shared/strings.test.ts fails when a locale ships without
// being added here.
import {
  armedState as de_armedState, errorState as de_errorState, logAsFollowUp as de_logAsFollowUp, loggedState as de_loggedState, trackThisConversation as de_trackThisConversation, trackedState as de_trackedState, untrackedState as de_untrackedState,
} from '../../_locales/de/messages.json';
import {
  armedState as en_armedState, errorState as en_errorState, logAsFollowUp as en_logAsFollowUp, loggedState as en_loggedState, trackThisConversation as en_trackThisConversation, trackedState as en_trackedState, untrackedState as en_untrackedState,
} from '../../_locales/en/messages.json';
import {
  armedState as es_armedState, errorState as es_errorState, logAsFollowUp as es_logAsFollowUp, loggedState as es_loggedState, trackThisConversation as es_trackThisConversation, trackedState as es_trackedState, untrackedState as es_untrackedState,
} from '../../_locales/es/messages.json';
import {
  armedState as fr_armedState, errorState as fr_errorState, logAsFollowUp as fr_logAsFollowUp, loggedState as fr_loggedState, trackThisConversation as fr_trackThisConversation, trackedState as fr_trackedState, untrackedState as fr_untrackedState,
} from '../../_locales/fr/messages.json';

// Spelled out (not `import * as`): a namespace passed around would bundle every message.
export const CONTENT_CATALOGS = {
  de: { armedState: de_armedState, errorState: de_errorState, logAsFollowUp: de_logAsFollowUp, loggedState: de_loggedState, trackThisConversation: de_trackThisConversation, trackedState: de_trackedState, untrackedState: de_untrackedState },
  en: { armedState: en_armedState, errorState: en_errorState, logAsFollowUp: en_logAsFollowUp, loggedState: en_loggedState, trackThisConversation: en_trackThisConversation, trackedState: en_trackedState, untrackedState: en_untrackedState },
  es: { armedState: es_armedState, errorState: es_errorState, logAsFollowUp: es_logAsFollowUp, loggedState: es_loggedState, trackThisConversation: es_trackThisConversation, trackedState: es_trackedState, untrackedState: es_untrackedState },
  fr: { armedState: fr_armedState, errorState: fr_errorState, logAsFollowUp: fr_logAsFollowUp, loggedState: fr_loggedState, trackThisConversation: fr_trackThisConversation, trackedState: fr_trackedState, untrackedState: fr_untrackedState },
};
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
export const say = (key: ContentKey): string => CONTENT_CATALOGS[(chosen ??= contentLocale(uiLanguage()))][key].message;
