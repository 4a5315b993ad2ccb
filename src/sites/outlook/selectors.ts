// Outlook on the web selectors, one ordered list per role, most stable
// first (ids, data and aria structure) to most fragile (Fluent/obfuscated
// classes). Labels are localized: the English aria-label is only ever one
// candidate among structural ones. Dated per variant; the 2026-11 entries
// are modelled from DETECTION.md leads (toggl, OutlookSendingSafety), the
// 2025-11 ones checked on the real pages in ../shared/real-pages/outlook/
// (mailvelope's trimmed captures of One Outlook, Fluent UI v9).
import type { SelectorTable } from '../shared/selectors';

export type OutlookRole =
  | 'compose' | 'sendButton' | 'toWell' | 'chip' | 'subject'
  | 'body' | 'conversation' | 'selectedConversation' | 'item'
  | 'itemSender' | 'itemDate' | 'itemSubject' | 'conversationSubject' | 'account' | 'errorDialog'
  | 'itemBody';

export const outlookSelectors: SelectorTable<OutlookRole> = {
  // A compose form: 2026-11 data-app-section; 2024-03 a region holding a message body.
  compose: [
    '[data-app-section="MailCompose"]',
    '[role="region"]:has([role="textbox"][aria-multiline="true"]):has(input[type="text"])',
    '[role="region"][aria-label="Compose"]',
  ],
  // Send: the primary button of the compose command bar (2024-03, 2026-11),
  // then name/aria/title (English) as further candidates.
  sendButton: [
    '[role="toolbar"] button.ms-Button--primary:not(.ms-Button--splitMenu):not([data-nudgeline])',
    'button[name="Send"]',
    // 2025-11 Fluent v9 split button (only ever inside a compose: see composeOf)
    'button[data-testid="ComposeSendButton"]',
    'button.fui-SplitButton__primaryActionButton',
    '[role="toolbar"] button.fui-Button[appearance="primary"]',
    'button[aria-label="Send"]',
    'button[title^="Send"]',
  ],
  // The To well: 2026-11 marked; else the first single-line recipient well
  // (wells come To, Cc, Bcc in that order; 2024-03 labels them "An", "Cc").
  toWell: [
    '[data-recipient-kind="to"] [role="textbox"]',
    '[role="textbox"][contenteditable="true"]:not([aria-multiline="true"])',
    '[contenteditable="true"]:not([aria-multiline="true"])',
  ],
  // A persona chip: the element holding the address (title or aria-label),
  // else (2025-11) the hover target whose text is the address, the name or both.
  chip: [
    '[data-lpc-hover-target] [title*="@"]',
    '._EType_RECIPIENT_ENTITY[aria-label*="@"]',
    '[data-lpc-hover-target-id]',
    '[title*="@"]',
    '[aria-label*="@"]',
  ],
  subject: [
    'input[aria-label="Add a subject"]',
    'input[type="text"][maxlength="255"]',
    'input[type="text"]:not([role="combobox"])',
  ],
  body: ['[role="textbox"][aria-multiline="true"]', '[aria-label="Message body"]'],
  // The conversation: a container carrying data-convid (2026-11 model, 2024), else
  // (2025-11 real) the pane by its app section; its id then sits on the selected row.
  conversation: [
    '#ConversationReadingPaneContainer[data-convid]', '#ReadingPaneContainerId[data-convid]', '[data-convid]:not([role="option"])',
    '[data-app-section="ConversationContainer"]', '[role="main"][data-app-section="MailReadCompose"]',
  ],
  selectedConversation: ['#MailList [role="option"][aria-selected="true"][data-convid]', '[data-convid][aria-selected="true"]'],
  // A message: 2026-11 model ids; 2025-11 real: the .aVla3 block, or an
  // expandable block holding a message body (no ids, no listitem role).
  item: ['[data-itemid]', '[role="listitem"][aria-expanded]', '.aVla3', '[aria-expanded]:has([role="document"])'],
  // The sender: an address in a title (model), else (2025-11 real) the span
  // whose localized aria-label is "From: …" / "Von: …" (matched by its colon).
  itemSender: [
    '[data-lpc-hover-target] [title*="@"]', 'span.OZZZK[title*="@"]', '[title*="@"]',
    '[role="region"] > [aria-label*=":"]',
  ],
  itemDate: ['time[datetime]', '[title^="20"]', '.AL_OM[title]'],
  itemSubject: ['.item-subject[title]'],
  // A message's body in the reading pane (2026-11 role=document), read only
  // for a snippet when the user turned snippets on.
  itemBody: ['[role="document"]', '[aria-label="Message body"]'],
  conversationSubject: ['[role="heading"] [title]', '[role="heading"]'],
  // The signed-in mailbox: the folder tree's root (2025-11 real: id
  // primaryMailboxRoot_…, the address in title and data-folder-name), else the account manager.
  account: [
    '[id^="primaryMailboxRoot_"]', '#mectrl_currentAccount_secondary',
    '[role="tree"] [role="treeitem"][aria-level="1"][title*="@"]',
  ],
  // A send refused by Outlook (invalid recipient) shows a dialog; the compose stays.
  errorDialog: ['[role="alertdialog"]', '.ms-Dialog-main[role="dialog"]'],
};
