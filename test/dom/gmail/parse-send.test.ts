// The /i/s parser over real captured Gmail sync requests (InboxSDK, gmail.js).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { legacyIdIn, parseSendBody } from '../../../src/sites/gmail/parse-send';
import { toObservations } from '../../../src/sites/gmail/page-watch';

const capture = (name: string): string => readFileSync(resolve('test/fixtures/gmail/network', name), 'utf8');

describe('parseSendBody over real captures', () => {
  const cases = [
    {
      file: 'inboxsdk-2022-09-09-cvOnSend_3_request.json',
      // InboxSDK's own expected values (MANIFEST.md)
      expected: {
        messageId: 'msg-a:r-329565169840451245', threadId: 'thread-a:r-8891700334768116294',
        to: [{ email: 'test+to@test.com', name: 'test to' }], cc: [{ email: 'test+cc@test.com', name: 'test cc' }],
        bcc: [{ email: 'test+bcc@test.com', name: 'test bcc' }], subject: 'test subject', scheduled: false, at: 1666393164210,
      },
    },
    {
      file: 'inboxsdk-2022-09-09-cvOnSend_request.json',
      expected: {
        messageId: 'msg-a:r8190137112111191537', threadId: 'thread-a:r263523620390330024',
        to: [{ email: 'test+1@gmail.com', name: 'Test Test' }], cc: [], bcc: [], subject: 'subject_111', scheduled: false, at: 1662744701149,
      },
    },
    {
      file: 'inboxsdk-2022-09-09-cvOnReplySend_request.json',
      expected: {
        messageId: 'msg-a:r-414184523264894368', threadId: 'thread-a:r-474834441621213468',
        to: [{ email: 'test@streak.com', name: 'Test Test' }], cc: [], bcc: [], subject: 'Re: tracking test', scheduled: false, at: 1663008634218,
      },
    },
    {
      // 2018 layout (objects with numeric keys); gmail.js expects a send (^pfg)
      file: 'gmailjs-new_gmail_send_email_data.json',
      expected: {
        messageId: 'msg-a:r6431891629648253702', threadId: 'thread-a:r266633262821436756',
        to: [{ email: 'jostein@rnd.superoffice.com' }], cc: [], bcc: [], subject: 'This is a new email', scheduled: false, at: 1525348076087,
      },
    },
  ];
  it.each(cases)('$file → one send with the right ids, recipients and subject', ({ file, expected }) => {
    expect(parseSendBody(capture(file))).toEqual([expected]);
  });

  it('accepts parsed JSON and the )]}\' prefix alike', () => {
    const text = capture('inboxsdk-2022-09-09-cvOnSend_3_request.json');
    expect(parseSendBody(JSON.parse(text))).toEqual(parseSendBody(`)]}'\n${text}`));
  });

  it('never returns the message body', () => {
    const out = JSON.stringify(parseSendBody(capture('inboxsdk-2022-09-09-cvOnReplySend_request.json')));
    expect(out).not.toMatch(/foo2|no tracking|gmail_quote/);
  });

  it.each([
    ['a draft save (^r, no ^pfg)', 'gmailjs-testdata-parser-fd-request.json'],
    ['a thread-list payload', 'gmailjs-testdata-parser-bv-request-payload.json'],
    ['a thread fetch response with incoming messages', 'inboxsdk-fd-response-20180709.json'],
  ])('finds no send in %s', (_label, file) => {
    expect(parseSendBody(capture(file))).toEqual([]);
  });

  it('reports a scheduled send as scheduled', () => {
    const body = capture('inboxsdk-2022-09-09-cvOnSend_3_request.json').replace('"^pfg"', '"^scheduled"');
    expect(parseSendBody(body)).toMatchObject([{ messageId: 'msg-a:r-329565169840451245', scheduled: true }]);
  });

  it('ignores garbage without throwing', () => {
    for (const junk of ['', 'not json', '[[[', 'null', '{"1":{"1":"msg-a:x"}}', '[["msg-a:x", 1, 2]]']) {
      expect(parseSendBody(junk)).toEqual([]);
    }
  });
});

describe('legacy id from the send response', () => {
  it('finds the hex id of the sent message (cvOnSend_3 response)', () => {
    const response = JSON.parse(capture('inboxsdk-2022-09-09-cvOnSend_3_response.json'));
    expect(legacyIdIn(response, 'msg-a:r-329565169840451245')).toBe('183fcc5cc03fea78');
    expect(legacyIdIn(response, 'msg-a:r-1')).toBeUndefined();
  });

  it('turns a request/response pair into metadata for the content script (counts, not Cc/Bcc addresses)', () => {
    const sends = parseSendBody(capture('inboxsdk-2022-09-09-cvOnSend_3_request.json'));
    const [obs] = toObservations(sends, capture('inboxsdk-2022-09-09-cvOnSend_3_response.json'), 42);
    expect(obs).toEqual({
      kind: 'send', messageId: 'msg-a:r-329565169840451245', threadId: 'thread-a:r-8891700334768116294',
      legacyId: '183fcc5cc03fea78', to: [{ email: 'test+to@test.com', name: 'test to' }],
      ccCount: 1, bccCount: 1, subject: 'test subject', scheduled: false, at: 42,
    });
  });
});
