// LinkedIn's own requests as the page script sees them (fixtures under
// test/fixtures/linkedin/network/): createMessage gives the thread, message
// urn, named recipients and the account; messenger queries give members,
// messages and threads; nothing of a message's text ever comes out, and a
// shape we do not know is ignored without throwing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asLinkedinPost, isCreateMessage, isMessengerRead, parseCreateMessage, type LinkedinPost,
} from '../../../src/sites/linkedin/network';
import { parseMessengerData } from '../../../src/sites/linkedin/messenger-data';
import { watchLinkedin } from '../../../src/sites/linkedin/page-watch';

const net = (name: string): string => readFileSync(`test/fixtures/linkedin/network/${name}`, 'utf8');
const URL_CREATE = 'https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage';
const URL_MESSAGES = 'https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerMessages.5846eeb71c981f11e0134cb6626cc314&variables=(conversationUrn:x)';
const ME = 'urn:li:fsd_profile:ACoAABx7Jrd0REYES';
const PRIYA = 'urn:li:fsd_profile:ACoAAC9PriyaVENK';
const THREAD = '2-ZTk5NjMxYjYtYzA3Ni00ZDk2LWE1NjMtMGQ3NjE2YTZmNjA1XzAxMA==';
const msg = (n: number) => `urn:li:msg_message:(${ME},2-TUVTU0FHRS0${n}=)`;

function watch(respond: (url: string) => Response): LinkedinPost[] {
  window.fetch = (async (input: RequestInfo | URL) => respond(String(input))) as typeof fetch;
  const seen: LinkedinPost[] = [];
  watchLinkedin((s) => seen.push(s));
  return seen;
}

describe('linkedin network', () => {
  it.each([
    [URL_CREATE, 'POST', true],
    [URL_CREATE, 'GET', false],
    [`${URL_CREATE}&decoration=x`, 'post', true],
    ['https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=reactWithEmoji', 'POST', false],
    ['https://www.linkedin.com/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessageDraft', 'POST', false],
  ])('recognizes the send %s %s: %s', (url, method, want) => {
    expect(isCreateMessage(url, method)).toBe(want);
  });

  it.each([
    [URL_MESSAGES, true],
    ['https://www.linkedin.com/voyager/api/voyagerMessagingGraphQL/graphql?queryId=messengerConversations.0d5e6781bbee71c3e51c8843c6519f48&variables=()', true],
    ['https://www.linkedin.com/voyager/api/me', true],
    ['https://www.linkedin.com/voyager/api/graphql?queryId=voyagerFeedDashMainFeed.x', false],
    ['https://www.linkedin.com/voyager/api/messaging/conversations', false],
  ])('recognizes the messenger read %s: %s', (url, want) => {
    expect(isMessengerRead(url)).toBe(want);
  });

  it('takes thread, message urn, time and account from a send, never the text', () => {
    const sent = parseCreateMessage(net('2026-03-createMessage-request.json'), net('2026-03-createMessage-response.json'), 5);
    expect(sent).toEqual({
      type: 'sent', at: 1774352369361, threadId: THREAD, account: ME,
      messageId: `urn:li:msg_message:(${ME},2-MTc3NDM1MjM2OTM2MWI1NTUwMC0wMDMmZTk5NjMxYjY=)`,
    });
    expect(JSON.stringify(sent)).not.toContain('pilot');
  });

  it('names the recipients of a first message from the request alone', () => {
    expect(parseCreateMessage(net('2026-03-createMessage-new-request.json'), 'not json', 7))
      .toEqual({ type: 'sent', at: 7, to: [PRIYA], account: ME });
  });

  it('gives undefined for shapes it does not know, without throwing', () => {
    expect(parseCreateMessage('{}', net('2026-unknown-createMessage-response.json'), 1)).toBeUndefined();
    expect(parseCreateMessage(undefined, '<html></html>', 1)).toBeUndefined();
    expect(parseCreateMessage('[1,2]', 'null', 1)).toBeUndefined();
    expect(parseMessengerData('{"data":{"x":[1,{"y":null}]}}', URL_MESSAGES)).toBeUndefined();
    expect(parseMessengerData('{{', URL_MESSAGES)).toBeUndefined();
  });

  it('reads members, messages and threads from the nested messages response', () => {
    const d = parseMessengerData(net('2026-messengerMessages-response.json'), URL_MESSAGES)!;
    expect(d.messages).toEqual([1, 2, 3, 4].map((n) => ({
      id: msg(n), at: 1774000000000 + (n - 1) * 100000000, threadId: THREAD, from: n === 2 ? ME : PRIYA,
    })));
    expect(d.people).toContainEqual({ urn: PRIYA, profileUrl: 'https://www.linkedin.com/in/priya-venkataraman-4b21a', name: 'Priya Venkataraman' });
    expect(JSON.stringify(d)).not.toMatch(/reply one|older|own"/);
  });

  it('reads the normalized form: entities in included, *sender and *conversation references', () => {
    const d = parseMessengerData(net('2026-messengerMessages-normalized-response.json'), URL_MESSAGES)!;
    expect(d.messages).toEqual([
      { id: msg(5), at: 1774400000000, threadId: THREAD, from: ME },
      { id: msg(6), at: 1774500000000, threadId: THREAD, from: PRIYA },
    ]);
    expect(d.threads).toEqual([{ threadId: THREAD, people: [PRIYA, ME] }]);
  });

  it('reads who is in which conversation, and the account from /voyager/api/me', () => {
    const c = parseMessengerData(net('2026-messengerConversations-response.json'), URL_MESSAGES)!;
    expect(c.threads).toEqual([{ threadId: THREAD, people: [PRIYA, ME] }]);
    const me = parseMessengerData(net('voyager-me-response.json'), 'https://www.linkedin.com/voyager/api/me')!;
    expect(me.account).toEqual({ urn: ME, profileUrl: 'https://www.linkedin.com/in/jordan-reyes-7a1b2c/', name: 'Jordan Reyes' });
  });

  it('accepts only well-formed bridge payloads', () => {
    expect(asLinkedinPost({ type: 'sent', at: 5, threadId: '2-x', text: 'leak', to: [PRIYA, 'bad'] }))
      .toEqual({ type: 'sent', at: 5, threadId: '2-x', to: [PRIYA] });
    expect(asLinkedinPost({ type: 'sent' })).toBeUndefined();
    expect(asLinkedinPost('sent')).toBeUndefined();
    expect(asLinkedinPost({ type: 'data', people: [{ urn: PRIYA, profileUrl: 'javascript:alert(1)', name: 'P' }, { urn: 'x' }], messages: [{ id: 'nope', at: 1 }], threads: 'x' }))
      .toEqual({ type: 'data', people: [{ urn: PRIYA, name: 'P' }], messages: [], threads: [] });
    expect(asLinkedinPost({ type: 'shadow', extra: 1 })).toEqual({ type: 'shadow' });
    expect(asLinkedinPost({ type: 'other' })).toBeUndefined();
  });

  describe('page watch', () => {
    const realFetch = window.fetch;
    afterEach(() => { window.fetch = realFetch; });


    it('posts a metadata-only send, and what a messages query loaded', async () => {
      const seen = watch((url) => new Response(url.includes('createMessage') ? net('2026-03-createMessage-response.json') : net('2026-messengerMessages-response.json')));
      await window.fetch(URL_CREATE, { method: 'POST', body: net('2026-03-createMessage-request.json') });
      await window.fetch(URL_MESSAGES);
      await window.fetch('https://www.linkedin.com/voyager/api/other', { method: 'POST', body: '{}' });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen.map((s) => s.type)).toEqual(['sent', 'data']);
      expect(JSON.stringify(seen)).not.toMatch(/pilot|reply one/);
    });

    it('posts nothing for a refused send, and "unrecognized" for an accepted one of unknown shape', async () => {
      let status = 500;
      const seen = watch(() => new Response(net('2026-unknown-createMessage-response.json'), { status }));
      await window.fetch(URL_CREATE, { method: 'POST', body: '{}' });
      status = 201;
      await window.fetch(URL_CREATE, { method: 'POST', body: '{}' });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([{ type: 'unrecognized' }]);
    });

    it('says when the pop-up host gets its shadow root', async () => {
      const seen = watch(() => new Response('{}'));
      const host = document.createElement('div');
      host.id = 'interop-outlet';
      document.createElement('span').attachShadow({ mode: 'open' });
      host.attachShadow({ mode: 'open' });
      await Promise.resolve();
      expect(seen).toEqual([{ type: 'shadow' }]);
    });
  });
});
