// Outlook's send call as the page script sees it: CreateItem with
// SendAndSaveCopy (in the body or the x-owa-urlpostdata header) or SendItem
// is a send; drafts (SaveOnly) and other calls are not; only the subject
// and To addresses come out.
import { afterEach, describe, expect, it } from 'vitest';
import { asOutlookSent, parseSend } from '../../../src/sites/outlook/network';
import { watchOutlookSends } from '../../../src/sites/outlook/page-watch';
import type { OutlookSent } from '../../../src/sites/outlook/network';

const SVC = 'https://outlook.office.com/owa/service.svc?action=CreateItem&app=Mail&n=52';
const body = (disposition: string) => JSON.stringify({
  __type: 'CreateItemJsonRequest:#Exchange',
  Body: {
    __type: 'CreateItemRequest:#Exchange', MessageDisposition: disposition,
    Items: [{ __type: 'Message:#Exchange', Subject: 'Pilot', Body: { Value: 'secret words' },
      ToRecipients: [{ EmailAddress: 'Priya.V@Fernhill-Analytics.example' }], CcRecipients: [{ EmailAddress: 'cc@x.example' }] }],
  },
});

describe('outlook network', () => {
  const PILOT = { type: 'sent', at: 7, subject: 'Pilot', to: ['priya.v@fernhill-analytics.example'] };
  it.each([
    ['SendAndSaveCopy in the body', SVC, body('SendAndSaveCopy'), {}, PILOT],
    ['SaveOnly (a draft save)', SVC, body('SaveOnly'), {}, undefined],
    ['SendAndSaveCopy in x-owa-urlpostdata', SVC, '', { 'x-owa-urlpostdata': encodeURIComponent(body('SendAndSaveCopy')) }, PILOT],
    ['SendItem', 'https://outlook.live.com/owa/0/service.svc?action=SendItem&app=Mail', '{}', {}, { type: 'sent', at: 7, to: [] }],
    ['another action', 'https://outlook.office.com/owa/service.svc?action=UpdateItem', body('SendAndSaveCopy'), {}, undefined],
  ])('%s', (_, url, b, headers, want) => {
    expect(parseSend(url, b, headers, 7)).toEqual(want);
  });

  it('accepts only well-formed bridge payloads', () => {
    expect(asOutlookSent({ type: 'sent', at: 1, to: ['a@b.example', 3], body: 'x' })).toEqual({ type: 'sent', at: 1, to: ['a@b.example'] });
    expect(asOutlookSent({ type: 'sent', at: 1 })).toBeUndefined();
  });

  describe('page watch', () => {
    const realFetch = window.fetch;
    afterEach(() => { window.fetch = realFetch; });

    it.each([
      ['an accepted send', '{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Success"}]}}}', 1],
      ['a send OWA refuses', '{"Body":{"ResponseMessages":{"Items":[{"ResponseClass":"Error","ResponseCode":"ErrorInvalidRecipients"}]}}}', 0],
    ])('reports %s', async (_, response, count) => {
      window.fetch = (async () => new Response(response, { status: 200 })) as typeof fetch;
      const seen: OutlookSent[] = [];
      watchOutlookSends((s) => seen.push(s));
      await window.fetch(SVC, { method: 'POST', body: body('SendAndSaveCopy') });
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toHaveLength(count);
      expect(JSON.stringify(seen)).not.toContain('secret');
    });
  });
});
