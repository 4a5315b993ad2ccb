// Gmail from the network: the thread-data parser over real captures
// (../shared/fixtures/gmail/network/) and a model of the 2022 layout
// (test/fixtures/gmail/network/2026-12-fd-model.json), what the page script
// posts for each sync call, and what the adapter does with each post.
import { afterEach, describe, expect, it } from 'vitest';
import { startGmail } from '../../../src/sites/gmail/adapter';
import { parseIncoming } from '../../../src/sites/gmail/parse-thread';
import { postsFor } from '../../../src/sites/gmail/page-watch';
import { parseJson } from '../../../src/sites/gmail/records';
import { sharedFixture } from '../../shared-data';
import { loadFixture, readFixture } from '../shared/fixture-page';
import { click, fakeCtx, pagePost, settle, type FakeCtx } from './harness';

const capture = (name: string) => sharedFixture(`gmail/network/${name}`);
const model = () => readFixture('gmail/network/2026-12-fd-model.json');
const FD = 'https://mail.google.com/sync/u/0/i/fd?hl=de&c=12&rt=r&pt=ji';
const SEND = 'https://mail.google.com/sync/u/0/i/s?hl=de&c=13&rt=r&pt=ji';

describe('incoming messages in thread data', () => {
  it('2018 thread fetch (InboxSDK capture): the incoming message with its thread, sender, time and subject', () => {
    expect(parseIncoming(parseJson(capture('inboxsdk-fd-response-20180709.json')))).toEqual([{
      messageId: 'msg-f:1600484990382419037', threadId: 'thread-f:1600484990382419037',
      from: { email: 'notifications@streak.com', name: 'Streak' }, at: 1526341429121,
      subject: 'Update on: threadRowView.addStatusText() should be added to SDK',
    }]);
  });

  it('the account\'s own messages and drafts (gmail.js fd capture) are never replies', () => {
    expect(parseIncoming(parseJson(capture('gmailjs-testdata-parser-fd-request.json')))).toEqual([]);
  });

  it('2020 thread data (gmail.js bv capture): incoming messages only, the trashed one skipped', () => {
    const found = parseIncoming(parseJson(capture('gmailjs-testdata-parser-bv-request-payload.json')));
    expect(found.map((m) => m.messageId)).toEqual(['msg-f:1665118316230599953', 'msg-f:1665118117266291066']);
    expect(found[0]).toMatchObject({ threadId: 'thread-a:r873907427374440696', subject: 'Working from home: The future of business is remote' });
  });

  it('2022 arrays (model): incoming ones, without own, draft or spam; send responses hold none', () => {
    expect(parseIncoming(parseJson(model())).map((m) => m.messageId)).toEqual([
      'msg-f:1883371261132802498', 'msg-f:1883374218117121311', 'msg-f:1883375000000000000',
    ]);
    expect(parseIncoming(parseJson(capture('inboxsdk-2022-09-09-cvOnReplySend_response.json')))).toEqual([]);
  });
});

describe('what the page script posts', () => {
  it('a thread fetch: its replies; a draft save: nothing; a send of an unknown shape: "not recognized"', () => {
    expect(postsFor(FD, '[]', model(), 1)).toEqual([{ kind: 'replies', messages: expect.arrayContaining([expect.objectContaining({ messageId: 'msg-f:1883371261132802498' })]) }]);
    // the captured send as a draft save: labelled `^r`, not `^pfg`
    expect(postsFor(SEND, capture('inboxsdk-2022-09-09-cvOnSend_request.json').replace('"^pfg"', '"^r"'), undefined, 1)).toEqual([]);
    expect(postsFor(SEND, '[[null,[["msg-x",["^pfg"]]]]]', undefined, 1)).toEqual([{ kind: 'unrecognized' }]);
    expect(postsFor(SEND, 'not json "^pfg"', undefined, 1)).toEqual([{ kind: 'unrecognized' }]);
    expect(postsFor(SEND, capture('inboxsdk-2022-09-09-cvOnSend_request.json'), undefined, 1))
      .toEqual([expect.objectContaining({ kind: 'send', messageId: 'msg-a:r8190137112111191537', from: 'test@gmail.com' })]);
    expect(postsFor('https://mail.google.com/sync/u/0/i/bv', '[]', model(), 1)).toEqual([]);
  });
});

let ctx: FakeCtx;
afterEach(() => ctx?.controller.abort());

const replies = () => postsFor(FD, '[]', model(), 1)[0];

describe('the adapter and network posts', () => {
  it('logs each reply from a thread fetch once (an out-of-office one carries its subject, which the ledger reads), own messages never; the page adds none twice', async () => {
    loadFixture('gmail/2026-11-thread.html');
    document.querySelector('[role=main]')!.innerHTML = ''; // the fetch answers before Gmail draws the conversation
    ctx = fakeCtx();
    startGmail(ctx);
    pagePost(replies());
    pagePost(replies()); // fetched again
    await settle();
    expect(ctx.observed.map((m) => [m.messageId, m.from?.email, m.subject])).toEqual([
      ['msg-f:1883371261132802498', 'ada@example.org', undefined],
      ['msg-f:1883374218117121311', 'grace.hopper@example.net', undefined],
      ['msg-f:1883375000000000000', 'linus@example.com', 'Automatische Antwort: Coffee next week?'],
    ]);
    expect(ctx.observed[0]).toMatchObject({
      eventId: 'gmail-m-msg-f:1883371261132802498', direction: 'in', at: Date.UTC(2026, 11, 1, 11, 0), account: { email: 'me@example.com' },
      threadId: 'thread-f:1883269339545600929', threadUrl: 'https://mail.google.com/mail/u/0/#all/1a22b77c800003a1',
    });
    // Gmail then draws the conversation: nothing new.
    loadFixture('gmail/2026-11-thread.html');
    click(document.body);
    await settle();
    await settle();
    expect(ctx.observed).toHaveLength(3);
  });

  it('a message from the account\'s own address never counts as a reply', async () => {
    document.title = 'Posteingang - Ada@Example.org - Gmail';
    document.body.innerHTML = '<div role="main"></div>';
    ctx = fakeCtx();
    startGmail(ctx);
    pagePost(replies());
    await settle();
    expect(ctx.observed.map((m) => m.from?.email)).toEqual(['grace.hopper@example.net', 'linus@example.com']);
    expect(ctx.observed[0]!.account).toEqual({ email: 'ada@example.org' });
  });

  it('the account from a send request when the page named none; health then finds it', async () => {
    document.title = 'Gmail';
    document.body.innerHTML = '<div role="main"></div>';
    ctx = fakeCtx();
    startGmail(ctx);
    await new Promise((r) => setTimeout(r, 600));
    expect(ctx.healthReports.at(-1)).toMatchObject({ account: false });
    pagePost(postsFor(SEND, capture('inboxsdk-2022-09-09-cvOnSend_request.json'), undefined, Date.now())[0]);
    await new Promise((r) => setTimeout(r, 600));
    expect(ctx.observed).toEqual([expect.objectContaining({ messageId: 'msg-a:r8190137112111191537', to: [{ email: 'test+1@gmail.com', name: 'Test Test' }], account: { email: 'test@gmail.com' } })]);
    expect(ctx.healthReports.at(-1)).toMatchObject({ account: true });
  });

  it('a send request it cannot read shows in health as "not recognized", and nothing is logged', async () => {
    loadFixture('gmail/2026-11-compose.html');
    ctx = fakeCtx();
    startGmail(ctx);
    pagePost({ kind: 'unrecognized' });
    await new Promise((r) => setTimeout(r, 600));
    expect(ctx.observed).toEqual([]);
    expect(ctx.healthReports.at(-1)).toMatchObject({ sendUnrecognized: false, adapter: true });
  });
});
