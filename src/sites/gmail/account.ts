// The signed-in account's own address, so the user's messages never count
// as replies. Read from the page title ("Inbox - me@example.com - Gmail",
// localized around the address) or the account button's label.
import { findFirst } from '../shared/selectors';
import { GMAIL } from './selectors';
import { emailIn } from './ids';

export function readAccount(doc: Document): string | undefined {
  return emailIn(doc.title) ?? emailIn(findFirst(doc, GMAIL.accountButton)?.getAttribute('aria-label'));
}
