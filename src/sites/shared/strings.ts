// The few words the inline buttons show, bundled into the content scripts
// from the same messages.json the browser reads. chrome.i18n.getMessage's
// first call in a content script blocks the page while the browser sends the
// whole catalog (~400 messages): about 6 ms of a Gmail tab's main thread.
// Named JSON imports are tree-shaken: only these entries are bundled.
// Only `en` ships; test/dom/shared/strings.test.ts fails when another
// locale appears without being added here.
import {
  armedState, errorState, logAsFollowUp, loggedState, trackThisConversation, trackedState, untrackedState,
} from '../../_locales/en/messages.json';

const EN = { armedState, errorState, logAsFollowUp, loggedState, trackThisConversation, trackedState, untrackedState };

export type ContentKey = keyof typeof EN;
export const CONTENT_KEYS = Object.keys(EN) as ContentKey[];

/** The text for one of the content scripts' keys. */
export const say = (key: ContentKey): string => EN[key].message;
