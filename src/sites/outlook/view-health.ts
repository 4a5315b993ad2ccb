// Outlook health once the app has rendered: a role counts as missing only
// where the current view should have it. An open editor (any contenteditable)
// without a recognized compose misses the compose and Send; a conversation
// shown (a message body, a conversation URL, or a selected row while no
// editor is open) without recognized messages misses them. The mailbox is
// expected on every page. Run once per page, never per mutation.
import type { HealthTracker } from '../shared/health';
import { findFirst } from '../shared/selectors';
import { outlookSelectors as S } from './selectors';

export function checkView(doc: Document, health: HealthTracker, accountFound: boolean): void {
  health.set({ account: accountFound });
  const found = health.current();
  const editorOpen = doc.querySelector('[contenteditable="true"]') !== null;
  const conversationShown = /\/id\//.test(doc.location?.pathname ?? '')
    || doc.querySelector('[role="document"], [id^="UniqueMessageBody"]') !== null
    || (!editorOpen && findFirst(doc, S.selectedConversation) !== null);
  if (editorOpen && !found['compose']) health.set({ compose: false, sendButton: false });
  if (conversationShown && !found['messages']) health.set({ conversation: false, messages: false });
}
