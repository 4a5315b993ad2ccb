// What the LinkedIn selectors must find in each dated fixture (numbers pin
// which fallback answers, so a silent switch to a weaker selector shows).
import { linkedinSelectors as table } from '../../../src/sites/linkedin/selectors';
import type { SelectorExpectation } from '../shared/expectation-types';

export const expectations: SelectorExpectation[] = [
  {
    site: 'linkedin', fixture: 'linkedin/2026-11-messaging.html', table,
    expect: {
      form: 0, messageBox: 0, sendButton: 0, conversation: 1, participant: 1, participantName: 1,
      messageList: 0, message: 0, senderLink: 0, threadLink: false, account: 0, accountName: 0,
    },
  },
  {
    site: 'linkedin', fixture: 'linkedin/2026-11-overlay.html', table,
    expect: {
      form: 1, messageBox: 0, sendButton: 0, conversation: 0, participant: 0, participantName: 0,
      messageList: 0, message: 0, senderLink: 0, threadLink: 0, account: 0, accountName: 0,
    },
  },
  {
    site: 'linkedin', fixture: 'linkedin/2024-06-messaging-legacy.html', table,
    expect: {
      form: 1, messageBox: 1, sendButton: 1, conversation: 3, participant: 1, participantName: 2,
      messageList: 0, message: 1, senderLink: 0, account: false, accountName: 0,
    },
  },
  {
    // Hashed 2026 markup: only roles, aria, plain elements and /in/ links answer.
    site: 'linkedin', fixture: 'linkedin/2026-12-messaging-hashed.html', table,
    expect: {
      form: 3, messageBox: 0, sendButton: 1, conversation: 6, participant: 4, participantName: false,
      messageList: 2, message: false, senderLink: 2, threadLink: 0, account: false, accountName: false,
    },
  },
  {
    // Hashed 2026 markup: only roles, aria, plain elements and /in/ links answer.
    site: 'linkedin', fixture: 'linkedin/2026-12-messaging-hashed-de.html', table,
    expect: {
      form: 3, messageBox: 0, sendButton: 1, conversation: 6, participant: 4, participantName: false,
      messageList: 2, message: false, senderLink: 2, threadLink: 0, account: false, accountName: false,
    },
  },
  {
    site: 'linkedin', fixture: 'linkedin/2026-11-broken.html', table,
    expect: {
      // The thread's <main> and the link in it still match the 2026 fallbacks; no message box does.
      form: false, messageBox: false, sendButton: false, conversation: 6, participant: false,
      participantName: false, messageList: false, message: false, senderLink: 2, account: false, accountName: false,
    },
  },
];
