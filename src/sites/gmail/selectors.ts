// Every selector the Gmail adapter uses, per role, most stable first
// (roles, names, data and aria attributes) to most fragile (obfuscated
// class names). None matches on English text: tooltips and labels are
// localized. Dates say when each was last checked against DETECTION.md
// and its sources (InboxSDK, gmail.js); fixtures in test/fixtures/gmail/.
import type { SelectorTable } from '../shared/selectors';

export type GmailRole =
  | 'compose' | 'sendButton' | 'to' | 'subject' | 'draftId'
  | 'thread' | 'threadSubject' | 'messages' | 'sender' | 'messageRecipients'
  | 'accountButton' | 'toast' | 'toastUndo' | 'toastView' | 'refusal'
  | 'body' | 'messageBody';

export const GMAIL: SelectorTable<GmailRole> = {
  // 2026-11: pop-up compose is a dialog; inline replies use the same
  // `.M9` body (gmail.js); `form.bAs` holds the fields (InboxSDK).
  compose: ['div[role=dialog]', 'div.M9', 'form.bAs'],
  // 2026-11: the blue Send button; `.T-I-atl` is the primary-button class
  // (stable since 2013), the toolbar path is InboxSDK's; our own injected
  // button is excluded in code (INJECTED_SELECTOR).
  sendButton: ['div[role=button].T-I-atl', '.IZ .Up div > div[role=button]', '.btC td.gU.Up [role=button]', 'div.T-I.T-I-atl'],
  // 2026-11: recipient chips since the 2021 redesign carry the address in
  // data-hovercard-id; before (2014-2021, fallback) hidden inputs in chips.
  // Cc and Bcc are never read: they never count as the people written to.
  to: ['[name=to] [role=option][data-hovercard-id]', '[name=to] [data-hovercard-id]', '[name=to] span[email]', '.vR input[type=hidden][name=to]'],
  // 2026-11: unchanged since 2013 (InboxSDK); `subject` is the pre-2014 name.
  subject: ['input[name=subjectbox]', 'input[name=subject]'],
  // 2026-11: the draft's `#msg-a:r…` id equals the message id of the send request.
  draftId: ['input[name=draft]'],
  // 2026-11: thread ids on the subject heading (InboxSDK); legacy-only ids
  // on older markup.
  thread: ['h2[data-thread-perm-id]', '[data-thread-perm-id]', '[data-legacy-thread-id]'],
  threadSubject: ['h2[data-thread-perm-id]', 'h2[data-legacy-thread-id]', 'h2.hP'],
  // 2026-11: one element per message (`#msg-f:` incoming, `#msg-a:` own).
  messages: ['div[data-message-id][data-legacy-message-id]', 'div.adn[data-message-id]', 'div[data-legacy-message-id]'],
  // 2026-11: the sender sits in the message header's h3; `.gD` is its class.
  sender: ['h3 span[email]', 'span.gD[email]', '.gD'],
  messageRecipients: ['.hb span[email]', 'span.g2[email]'],
  // 2026-11: the account button's label holds the address (not English-only:
  // matched by the `@` inside it).
  // The fallback: the page's own data (GLOBALS) and the title come first.
  accountButton: ['a[href*="SignOutOptions"][aria-label*="@"]', 'header a[aria-label*="@"]', '[role=banner] a[aria-label*="@"]'],
  // 2026-11: the toast is an assertive live region; its links carry ids
  // and `param` attributes (gmail.js) rather than translated text.
  toast: ['[role=alert]', '[aria-live=assertive]', '.b8.UC'],
  toastUndo: ['#link_undo', '[role=link][id^=link_undo]', '.bAo [role=link][param]:first-child'],
  toastView: ['#link_vsm', '[role=link][id^=link_vsm]', '.bAo [role=link][param]:last-child'],
  // Read only for a snippet, only when the user turned snippets on.
  // 2026-11: the compose body is a contenteditable textbox (`.Am.Al.editable`,
  // gmail.js); `g_editable` marks it on older markup.
  body: ['div[role=textbox][contenteditable=true]', 'div.Am.Al.editable', 'div[contenteditable=true][g_editable]'],
  // 2026-11: a message's body in a thread (`.a3s`, gmail.js/InboxSDK); `.ii.gt` wraps it.
  messageBody: ['div.a3s', '.ii.gt div[dir=ltr]', 'div.ii.gt'],
  // A bad address makes Gmail show an alert dialog instead of sending.
  refusal: ['[role=alertdialog]', '.Kj-JD[role=dialog]'],
};
