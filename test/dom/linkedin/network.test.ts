// LinkedIn's createMessage as the page script sees it: the request is
// recognized by URL and method, and only the conversation id and the new
// message urn come out of it (never the text).
import { afterEach, describe, expect, it } from 'vitest';
import {
  asLinkedinSent, isCreateMessage, messageIdFromResponse, threadIdFromRequest,
} from '../../../src/sites/linkedin/network';
import { watchLinkedinSends } from '../../../src/sites/linkedin/page-watch';
import type { LinkedinSent } from '../../../src/sites/linkedin/network';

const URL_CREATE = 'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';
const REQUEST = JSON.stringify({
  message: {
    body: { attributes: [], text: 'secret words' }, renderContentUnions: [],
    conversationUrn: 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-ZTk5NjMx==)', originToken: 'a1b2',
  },
  mailboxUrn: 'urn:li:fsd_profile:ACoAABx7Jrd0REYES', dedupeByClientGeneratedToken: false,
});
const RESPONSE = JSON.stringify({ value: { entityUrn: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-MTcz==)', deliveredAt: 1 } });

describe('linkedin network', () => {
  it.each([
    [URL_CREATE, 'POST', true],
    [URL_CREATE, 'GET', false],
    [`${URL_CREATE}&decoration=x`, 'post', true],
    ['https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=reactWithEmoji', 'POST', false],
    ['https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerMessages', 'POST', false],
  ])('recognizes %s %s: %s', (url, method, want) => {
    expect(isCreateMessage(url, method)).toBe(want);
  });

  it('takes the conversation id and message urn, nothing else', () => {
    expect(threadIdFromRequest(REQUEST)).toBe('2-ZTk5NjMx==');
    expect(messageIdFromResponse(RESPONSE)).toBe('urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-MTcz==)');
    expect(threadIdFromRequest('not json')).toBeUndefined();
    expect(messageIdFromResponse('<html></html>')).toBeUndefined();
  });

  it('accepts only well-formed bridge payloads', () => {
    expect(asLinkedinSent({ type: 'sent', at: 5, threadId: '2-x', text: 'leak' })).toEqual({ type: 'sent', at: 5, threadId: '2-x' });
    expect(asLinkedinSent({ type: 'sent' })).toBeUndefined();
    expect(asLinkedinSent('sent')).toBeUndefined();
  });

  describe('page watch', () => {
    const realFetch = window.fetch;
    afterEach(() => { window.fetch = realFetch; });

    it('posts one metadata-only observation per successful createMessage', async () => {
      window.fetch = (async (input: RequestInfo | URL) => new Response(String(input).includes('createMessage') ? RESPONSE : '{}', { status: 200 })) as typeof fetch;
      const seen: LinkedinSent[] = [];
      watchLinkedinSends((s) => seen.push(s));
      await window.fetch(URL_CREATE, { method: 'POST', body: REQUEST });
      await window.fetch('https://www.linkedin.com/voyager/api/other', { method: 'POST', body: '{}' });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([{ type: 'sent', at: expect.any(Number), threadId: '2-ZTk5NjMx==', messageId: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAABx7Jrd0REYES,2-MTcz==)' }]);
      expect(JSON.stringify(seen)).not.toContain('secret');
    });

    it('posts nothing for a failed request', async () => {
      window.fetch = (async () => new Response('', { status: 500 })) as typeof fetch;
      const seen: LinkedinSent[] = [];
      watchLinkedinSends((s) => seen.push(s));
      await window.fetch(URL_CREATE, { method: 'POST', body: REQUEST });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([]);
    });
  });
});
