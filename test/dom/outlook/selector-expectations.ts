// What the Outlook selectors must find in each dated fixture (numbers pin
// which fallback answers, so a silent switch to a weaker selector shows).
import { outlookSelectors as table } from '../../../src/sites/outlook/selectors';
import type { SelectorExpectation } from '../shared/expectation-types';

export const expectations: SelectorExpectation[] = [
  {
    site: 'outlook', fixture: 'outlook/2026-11-compose.html', table,
    expect: {
      compose: 0, commandBar: 0, sendButton: 0, toWell: 0, chip: 0, subject: 0, body: 0,
      conversation: false, selectedConversation: 0, item: false, account: 0, errorDialog: false,
    },
  },
  {
    site: 'outlook', fixture: 'outlook/2026-11-reading-pane.html', table,
    expect: {
      compose: false, sendButton: false, conversation: 0, readingPane: 0, item: 0, itemSender: 0,
      itemDate: 0, itemSubject: 0, conversationSubject: 0, account: 0,
    },
  },
  {
    site: 'outlook', fixture: 'outlook/2024-03-compose-legacy.html', table,
    expect: { compose: 1, sendButton: 0, toWell: 1, chip: 1, subject: 1, body: 0, conversation: 1, account: 0 },
  },
  {
    site: 'outlook', fixture: 'outlook/2026-11-broken.html', table,
    expect: {
      compose: false, commandBar: false, sendButton: false, toWell: false, chip: false, subject: false,
      conversation: false, item: false, itemSender: false, account: false,
    },
  },
];
