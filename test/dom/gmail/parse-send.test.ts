// The /i/s parser over real captured Gmail sync requests (InboxSDK, gmail.js),
// read from ../shared/fixtures/gmail/network/ (provenance in its MANIFEST.md).
import { describe, expect, it } from 'vitest';
import { sharedFixture } from '../../shared-data';
import { legacyIdIn, parseSendBody } from '../../../src/sites/gmail/parse-send';
import { toObservations } from '../../../src/sites/gmail/page-watch';

const capture = (name: string): string => sharedFixture(`gmail/network/${name}`);

describe('parseSendBody over real captures', () => {
  const cases = [
    {
      file: 'inboxsdk-2022-09-09-cvOnSend_3_request.json',
      // InboxSDK's own expected values (MANIFEST.md)
      expected: {
        messageId: 'msg-a:r-329565169840451245', threadId: 'thread-a:r-8891700334768116294', from: 'test@test.com',
        to: [{ email: 'test+to@test.com', name: 'test to' }], cc: [{ email: 'test+cc@test.com', name: 'test cc' }],
        bcc: [{ email: 'test+bcc@test.com', name: 'test bcc' }], subject: 'test subject', scheduled: false, at: 1666393164210,
      },
    },
    {
      file: 'inboxsdk-2022-09-09-cvOnSend_request.json',
      expected: {
        messageId: 'msg-a:r8190137112111191537', threadId: 'thread-a:r263523620390330024', from: 'test@gmail.com',
        to: [{ email: 'test+1@gmail.com', name: 'Test Test' }], cc: [], bcc: [], subject: 'subject_111', scheduled: false, at: 1662744701149,
      },
    },
    {
      file: 'inboxsdk-2022-09-09-cvOnReplySend_request.json',
      expected: {
        messageId: 'msg-a:r-414184523264894368', threadId: 'thread-a:r-474834441621213468', from: 'test@streak.com',
        to: [{ email: 'test@streak.com', name: 'Test Test' }], cc: [], bcc: [], subject: 'Re: tracking test', scheduled: false, at: 1663008634218,
      },
    },
    {
      // 2018 layout (objects with numeric keys); gmail.js expects a send (^pfg)
      file: 'gmailjs-new_gmail_send_email_data.json',
      expected: {
        messageId: 'msg-a:r6431891629648253702', threadId: 'thread-a:r266633262821436756', from: 'jxxge8np.dataonly@cedpta.com',
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
    ['a draft save (the captured send labelled ^r, not ^pfg)', capture('inboxsdk-2022-09-09-cvOnSend_request.json').replace('"^pfg"', '"^r"')],
    ['a draft in thread data (^r)', capture('gmailjs-testdata-parser-fd-request.json').replace('"^pfg"', '"^x"')],
    ['a thread-list payload', capture('gmailjs-testdata-parser-bv-request-payload.json')],
    ['a thread fetch response with incoming messages', capture('inboxsdk-fd-response-20180709.json')],
  ])('finds no send in %s', (_label, body) => {
    expect(parseSendBody(body)).toEqual([]);
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

describe('a scheduled send\'s delivery time', () => {
  const DAY = 86_400_000;
  type Rec = unknown[] | Record<string, unknown>;
  /** The first message record of a capture, relabelled `^scheduled`; `edit` then plants fields. */
  function scheduled(file: string, edit: (rec: Rec, at: number) => void = () => {}): unknown {
    const body: unknown = JSON.parse(capture(file));
    const find = (v: unknown): Rec | undefined => {
      if (typeof v !== 'object' || v === null) return undefined;
      const o = v as Record<string, unknown>;
      const [id, labels] = Array.isArray(v) ? [v[0], v[10]] : [o['1'], o['11']];
      if (String(id).startsWith('msg-a:') && Array.isArray(labels)) return v as Rec;
      for (const child of Object.values(o)) {
        const hit = find(child);
        if (hit) return hit;
      }
      return undefined;
    };
    const rec = find(body)!;
    const labels = (Array.isArray(rec) ? rec[10] : rec['11']) as string[];
    labels.splice(labels.indexOf('^pfg'), 1, '^scheduled');
    edit(rec, Number(Array.isArray(rec) ? rec[6] : rec['7']));
    return body;
  }
  const set = (rec: Rec, key: number, value: unknown) => {
    if (Array.isArray(rec)) rec[key] = value;
    else rec[String(key + 1)] = value; // the 2018 objects count from 1
  };
  const LAYOUTS = [
    ['2022 arrays', 'inboxsdk-2022-09-09-cvOnSend_3_request.json', 1666393164210],
    ['2018 objects', 'gmailjs-new_gmail_send_email_data.json', 1525348076087],
  ] as const;

  describe.each(LAYOUTS)('%s', (_layout, file, at) => {
    const sendAt = (edit?: (rec: Rec, at: number) => void, now?: number) => parseSendBody(scheduled(file, edit), now)[0]?.sendAt;

    it.each([
      ['a number in its own field', (r: Rec, t: number) => set(r, 20, t + 3 * DAY), 3 * DAY],
      ['a 13-digit string nested in a field', (r: Rec, t: number) => set(r, 20, [null, [String(t + 2 * DAY), 0]]), 2 * DAY],
      ['a number nested in an object field', (r: Rec, t: number) => set(r, 20, { '1': 5, '2': t + 90_000 }), 90_000],
      ['the earliest of two plausible times', (r: Rec, t: number) => { set(r, 20, t + 9 * DAY); set(r, 21, [t + 4 * DAY]); }, 4 * DAY],
      ['one plausible among past, too-soon and far-future ones',
        (r: Rec, t: number) => set(r, 20, [t - DAY, t + 30_000, t + 500 * DAY, t + 7 * DAY]), 7 * DAY],
    ])('finds %s', (_label, edit, ahead) => {
      expect(sendAt(edit)).toBe(at + ahead);
    });

    it.each([
      ['no future number', () => {}],
      ['only a far-future number (over ~400 days)', (r: Rec, t: number) => set(r, 20, t + 401 * DAY)],
      ['only a past number', (r: Rec, t: number) => set(r, 20, t - 2 * DAY)],
      ['only a number less than a minute ahead', (r: Rec, t: number) => set(r, 20, t + 59_000)],
      ['a future number inside the body field', (r: Rec, t: number) => {
        const bodyField = Array.isArray(r) ? (r[8] ??= []) : (r['9'] ??= {});
        (bodyField as Record<string, unknown>)['7'] = t + 3 * DAY;
      }],
      ['a future number as the body itself', (r: Rec, t: number) => set(r, 8, String(t + 3 * DAY))],
      ['a future number too deep in a field', (r: Rec, t: number) => set(r, 20, [[[[t + 3 * DAY]]]])],
    ])('none with %s, still scheduled', (_label, edit) => {
      const [send] = parseSendBody(scheduled(file, edit));
      expect(send).toMatchObject({ scheduled: true, at });
      expect(send).not.toHaveProperty('sendAt');
    });

    it('counts ahead from the request time when given', () => {
      const now = at + 10 * 60_000; // a draft stamped 10 minutes before it was sent
      expect(sendAt((r, t) => set(r, 20, [t + 10 * 60_000 + 5_000, t + DAY]), now)).toBe(at + DAY);
      // Gmail may put the delivery time in the record's own timestamp field.
      expect(sendAt((r, t) => set(r, 6, t + 2 * DAY), at)).toBe(at + 2 * DAY);
    });
  });

  it('is never looked for in a plain send', () => {
    const body = JSON.parse(capture('inboxsdk-2022-09-09-cvOnSend_3_request.json'));
    body[1][0][0][1][1][13][0][20] = 1666393164210 + 86_400_000;
    expect(parseSendBody(body)).toMatchObject([{ scheduled: false }]);
    expect(parseSendBody(body)[0]).not.toHaveProperty('sendAt');
  });

  it('becomes the observation time of a scheduled send, which stays marked scheduled', () => {
    const deliver = 1666393164210 + 3 * DAY;
    const sends = parseSendBody(scheduled(LAYOUTS[0][1], (r) => set(r, 20, deliver)), 1666393164300);
    const response = capture('inboxsdk-2022-09-09-cvOnSend_3_response.json');
    expect(toObservations(sends, response, 42)).toMatchObject([{ messageId: 'msg-a:r-329565169840451245', scheduled: true, at: deliver }]);
    // Without a delivery time: the request time, as before, still scheduled.
    expect(toObservations(parseSendBody(scheduled(LAYOUTS[0][1])), response, 42)).toMatchObject([{ scheduled: true, at: 42 }]);
  });
});

describe('legacy id from the send response', () => {
  it('finds the hex id of the sent message (cvOnSend_3 response)', () => {
    const response = JSON.parse(capture('inboxsdk-2022-09-09-cvOnSend_3_response.json'));
    expect(legacyIdIn(response, 'msg-a:r-329565169840451245')).toBe('183fcc5cc03fea78');
    expect(legacyIdIn(response, 'msg-a:r-1')).toBeUndefined();
  });

  it('turns a request/response pair into metadata for the content script (never Cc/Bcc)', () => {
    const sends = parseSendBody(capture('inboxsdk-2022-09-09-cvOnSend_3_request.json'));
    const [obs] = toObservations(sends, capture('inboxsdk-2022-09-09-cvOnSend_3_response.json'), 42);
    expect(obs).toEqual({
      kind: 'send', messageId: 'msg-a:r-329565169840451245', threadId: 'thread-a:r-8891700334768116294',
      legacyId: '183fcc5cc03fea78', from: 'test@test.com', to: [{ email: 'test+to@test.com', name: 'test to' }],
      subject: 'test subject', scheduled: false, at: 42,
    });
  });
});
