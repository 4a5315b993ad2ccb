// Outlook on the web selectors, one ordered list per role, most stable
// first (ids, data and aria structure) to most fragile (Fluent/obfuscated
// classes). Labels are localized: the English aria-label is only ever one
// candidate among structural ones. Dated per variant; the 2026-11 entries
// are modelled from DETECTION.md leads (toggl, OutlookSendingSafety).
import type { SelectorTable } from '../shared/selectors';

export type OutlookRole =
  | 'compose' | 'commandBar' | 'sendButton' | 'toWell' | 'chip' | 'subject'
  | 'body' | 'conversation' | 'selectedConversation' | 'readingPane' | 'item'
  | 'itemSender' | 'itemDate' | 'itemSubject' | 'conversationSubject' | 'account' | 'errorDialog'
  | 'itemBody';

export const outlookSelectors: SelectorTable<OutlookRole> = {
  // A compose form: 2026-11 data-app-section; 2024-03 a region holding a message body.
  compose: [
    '[data-app-section="MailCompose"]',
    '[role="region"]:has([role="textbox"][aria-multiline="true"]):has(input[type="text"])',
    '[role="region"][aria-label="Compose"]',
  ],
  commandBar: ['[role="toolbar"]', '.ms-CommandBar'],
  // Send: the primary button of the compose command bar (2024-03, 2026-11),
  // then name/aria/title (English) as further candidates.
  sendButton: [
    '[role="toolbar"] button.ms-Button--primary:not(.ms-Button--splitMenu):not([data-nudgeline])',
    'button[name="Send"]',
    '[role="toolbar"] button.fui-Button[appearance="primary"]',
    'button[aria-label="Send"]',
    'button[title^="Send"]',
  ],
  // The To well: 2026-11 marked; else the first single-line recipient well
  // (wells come To, Cc, Bcc in that order; 2024-03 labels them "An", "Cc").
  toWell: [
    '[data-recipient-kind="to"] [role="textbox"]',
    '[role="textbox"][contenteditable="true"]:not([aria-multiline="true"])',
  ],
  // A persona chip: the element holding the address (title or aria-label).
  chip: [
    '[data-lpc-hover-target] [title*="@"]',
    '._EType_RECIPIENT_ENTITY[aria-label*="@"]',
    '[title*="@"]',
    '[aria-label*="@"]',
  ],
  subject: [
    'input[aria-label="Add a subject"]',
    'input[type="text"][maxlength="255"]',
    'input[type="text"]:not([role="combobox"])',
  ],
  body: ['[role="textbox"][aria-multiline="true"]', '[aria-label="Message body"]'],
  // The conversation: the reading pane container (2026-11), else any data-convid holder.
  conversation: ['#ConversationReadingPaneContainer[data-convid]', '#ReadingPaneContainerId[data-convid]', '[data-convid]:not([role="option"])'],
  selectedConversation: ['[data-convid][aria-selected="true"]'],
  readingPane: ['#ConversationReadingPaneContainer', '#ReadingPaneContainerId'],
  item: ['[data-itemid]', '[role="listitem"][aria-expanded]'],
  itemSender: ['[data-lpc-hover-target] [title*="@"]', 'span.OZZZK[title*="@"]', '[title*="@"]'],
  itemDate: ['[title^="20"]', '.AL_OM[title]'],
  itemSubject: ['.item-subject[title]'],
  // A message's body in the reading pane (2026-11 role=document), read only
  // for a snippet when the user turned snippets on.
  itemBody: ['[role="document"]', '[aria-label="Message body"]'],
  conversationSubject: ['[role="heading"] [title]', '[role="heading"]'],
  // The signed-in mailbox: the account manager, else the folder pane root.
  account: ['#mectrl_currentAccount_secondary', '[role="tree"] [role="treeitem"][aria-level="1"][title*="@"]'],
  // A send refused by Outlook (invalid recipient) shows a dialog; the compose stays.
  errorDialog: ['[role="alertdialog"]', '.ms-Dialog-main[role="dialog"]'],
};
