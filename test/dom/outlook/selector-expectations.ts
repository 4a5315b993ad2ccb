// What the Outlook selectors must find in each dated fixture (numbers pin
// which fallback answers, so a silent switch to a weaker selector shows).
import { outlookSelectors as table } from '../../../src/sites/outlook/selectors';
import type { SelectorExpectation } from '../shared/expectation-types';

export const expectations: SelectorExpectation[] = [
  {
    site: 'outlook', fixture: 'outlook/2026-11-compose.html', table,
    expect: {
      compose: 0, sendButton: 0, toWell: 0, chip: 0, subject: 0, body: 0,
      conversation: false, selectedConversation: 1, item: false, account: 1, errorDialog: false,
    },
  },
  {
    site: 'outlook', fixture: 'outlook/2026-11-reading-pane.html', table,
    expect: {
      compose: false, sendButton: false, conversation: 0, item: 0, itemSender: 0,
      itemDate: 1, itemSubject: 0, conversationSubject: 0, account: 1,
    },
  },
  {
    site: 'outlook', fixture: 'outlook/2024-03-compose-legacy.html', table,
    expect: { compose: 1, sendButton: 0, toWell: 1, chip: 1, subject: 1, body: 0, conversation: 1, account: 1 },
  },
  {
    site: 'outlook', fixture: 'outlook/2026-11-broken.html', table,
    expect: {
      compose: false, sendButton: false, toWell: 2, chip: false, subject: false,
      conversation: false, item: false, itemSender: false, account: false,
    },
  },
  // 2026-12, modelled on the real 2025-11 excerpts: no compose container
  // attribute (found structurally), Fluent split Send (by test id in English,
  // by its class in German), wells without a role, chips by hover target,
  // the folder root as the account, the pane by its app section.
  ...(['en', 'de'] as const).map((lang): SelectorExpectation => ({
    site: 'outlook', fixture: `outlook/2026-12-compose-${lang}.html`, table,
    expect: {
      compose: false, sendButton: lang === 'en' ? 2 : 3, toWell: 2, subject: lang === 'en' ? 0 : 1, body: 0,
      selectedConversation: 0, item: false, account: 0, errorDialog: false,
    },
  })),
  ...(['en', 'de'] as const).map((lang): SelectorExpectation => ({
    site: 'outlook', fixture: `outlook/2026-12-reading-pane-${lang}.html`, table,
    expect: {
      compose: false, sendButton: false, conversation: 3, selectedConversation: 0, item: 2,
      itemDate: false, itemBody: 0, conversationSubject: 1, account: 0,
    },
  })),
];
