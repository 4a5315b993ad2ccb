// The few words the inline buttons show. chrome.i18n.getMessage's first call
// in a content script blocks the page while the browser sends the whole
// catalog (~400 messages): about 6 ms of a Gmail tab's main thread. So the
// English words are bundled (content-words.ts, generated from the catalog;
// test/dom/shared/strings.test.ts fails when it is out of date), and the
// background mirrors the words of the browser's language into storage.local
// with the prefs (content/prefs.ts hands them over here): bundling every
// language would outgrow the content scripts' size budget.
import type { ContentWordKey } from '../../messaging/storage-keys';
import { CONTENT_WORDS } from './content-words';

export type ContentKey = ContentWordKey;

let mirrored: Partial<Record<ContentKey, string>> = {};
const redraw = new Set<() => void>();

/** The words of the browser's language, as the background mirrored them.
 *  Every outbox flush hands them over again: the buttons redraw only when a
 *  word they can show differs, not on each logged send or retry. */
export function useWords(words: Partial<Record<ContentKey, string>>): void {
  if ((Object.keys(CONTENT_WORDS.en) as ContentKey[]).every((k) => words[k] === mirrored[k])) return;
  mirrored = words;
  for (const fn of redraw) fn();
}

/** Call `fn` whenever the words change; returns the unsubscribe. */
export function onWords(fn: () => void): () => void {
  redraw.add(fn);
  return () => redraw.delete(fn);
}

/** The text for one of the content scripts' keys, in the browser's language once known. */
export const say = (key: ContentKey): string => {
  const text: unknown = mirrored[key];
  return typeof text === 'string' && text ? text : CONTENT_WORDS.en[key];
};
