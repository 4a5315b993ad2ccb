// LinkedIn messaging selectors, one ordered list per role, most stable first
// (roles, data/aria attributes) to most fragile (msg-* class names). Dated
// where a variant was seen; none matches on English text alone. The 2026
// pages hash their class names (../shared/real-pages/linkedin/): there only
// the roles, aria and data attributes and plain elements are left, and a
// plain form counts as a message form only where messaging lives (the
// pop-up's shadow root, /messaging/ pages; see isMessageForm in page.ts).
import type { SelectorTable } from '../shared/selectors';

export type LinkedinRole =
  | 'form' | 'messageBox' | 'sendButton' | 'conversation' | 'participant'
  | 'participantName' | 'messageList' | 'message' | 'senderLink' | 'threadLink'
  | 'account' | 'accountName' | 'messageBody';

export const linkedinSelectors: SelectorTable<LinkedinRole> = {
  // The message form around a box (page and overlays). 2024-06 and 2026-11: form.msg-form.
  form: ['form[data-view-name="message-composer"]', 'form.msg-form', '.msg-form', 'form'],
  messageBox: [
    'div[role="textbox"][contenteditable="true"]', // 2026-11
    '.msg-form__contenteditable[contenteditable="true"]', // 2024-06: no role
    '.msg-form [contenteditable="true"]',
  ],
  sendButton: [
    'button.msg-form__send-button:not([data-nudgeline])', // 2026-11
    'button[type="submit"]:not([data-nudgeline])', // 2024-06: .msg-form__send-btn
  ],
  // One conversation: an overlay bubble or the messaging page's thread.
  conversation: [
    '.msg-overlay-conversation-bubble', // overlay, 2026-11
    '[data-view-name="message-thread"]',
    '.msg-convo-wrapper', '.msg-thread', // 2024-06
    '.scaffold-layout__detail',
    '[role="dialog"]', 'main', // 2026, hashed classes: the pop-up is a dialog, the messaging page's thread its main
  ],
  // The other participant's profile link in the conversation header.
  participant: [
    '.msg-overlay-bubble-header__title a[href*="/in/"]', // overlay, 2026-11
    'a.msg-thread__link-to-profile[href*="/in/"]', // 2024-06, 2026-11
    '.msg-entity-lockup a[href*="/in/"]',
    '.msg-title-bar a[href*="/in/"]',
    'header a[href*="/in/"]', '[role="heading"] a[href*="/in/"]', 'h2 a[href*="/in/"]', // 2026, hashed classes
  ],
  participantName: [
    '.msg-overlay-bubble-header__title', '.msg-entity-lockup__entity-title',
    '.msg-thread__link-to-profile', '.msg-title-bar h2',
  ],
  messageList: ['.msg-s-message-list', '.msg-s-message-list-content', '[role="list"]'],
  // One message; data-event-urn (2026-11) is the site's message id when present.
  message: ['[data-event-urn]', '.msg-s-event-listitem'],
  senderLink: ['a.msg-s-message-group__profile-link[href*="/in/"]', '.msg-s-message-group a[href*="/in/"]', 'a[href*="/in/"]'],
  // The bubble's link to its full thread (overlays carry no id of their own).
  threadLink: ['a[href*="/messaging/thread/"]'],
  // The signed-in member: the "Me" menu's profile link, else the photo's alt (name only, 2024-06).
  // The 2026 "Me" menu is a plain button[aria-expanded] with an img alt="" and no link:
  // the account then comes from the network (the mailbox in every message urn, /voyager/api/me).
  account: ['.global-nav__me a[href*="/in/"]', '.global-nav__me-content a[href*="/in/"]'],
  accountName: ['img.global-nav__me-photo[alt]', '.global-nav__me img[alt]'],
  // A message's text, read only for a snippet when the user turned snippets on (2024-06, 2026-11).
  messageBody: ['.msg-s-event-listitem__body', '.msg-s-event__content'],
};

/** Class marking a message from the other side (2024-06 … 2026-11); a hint, not the only signal. */
export const OTHER_MESSAGE_CLASS = 'msg-s-event-listitem--other';
