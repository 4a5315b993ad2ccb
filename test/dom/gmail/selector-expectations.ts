// Gmail's selector lists against its dated fixtures (used by
// test/dom/shared/selectors.test.ts). Numbers pin which selector wins.
import { GMAIL } from '../../../src/sites/gmail/selectors';
import type { SelectorExpectation } from '../shared/expectation-types';

const table = GMAIL;
export const expectations: SelectorExpectation[] = [
  {
    site: 'gmail', fixture: 'gmail/2026-11-compose.html', table,
    expect: { compose: 0, sendButton: 0, to: 0, subject: 0, draftId: 0, accountButton: 0, thread: false, messages: false },
  },
  {
    site: 'gmail', fixture: 'gmail/2026-11-inline-reply.html', table,
    expect: { compose: 1, sendButton: 0, to: 0, subject: 0, thread: 0, threadSubject: 0, messages: 0, sender: 0 },
  },
  {
    site: 'gmail', fixture: 'gmail/2026-11-thread.html', table,
    expect: { thread: 0, threadSubject: 0, messages: 0, sender: 0, messageRecipients: 0, accountButton: 0, compose: false },
  },
  {
    site: 'gmail', fixture: 'gmail/2026-11-toast.html', table,
    expect: { toast: 0, toastUndo: 0, toastView: 0, refusal: false },
  },
  {
    site: 'gmail', fixture: 'gmail/2022-09-compose-legacy.html', table,
    expect: { compose: false, sendButton: 1, to: 3, subject: 1, thread: 2, threadSubject: 1, messages: 2, sender: 0 },
  },
  {
    site: 'gmail', fixture: 'gmail/2026-11-broken.html', table,
    expect: { sendButton: false, to: false, thread: false, messages: false, sender: false, accountButton: false },
  },
];
