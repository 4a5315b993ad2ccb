// The part of Gmail the end-to-end tests rely on, played by a small script
// appended to a dated fixture page: Send posts a captured-style
// `/sync/u/0/i/s` body (the real cvOnSend_3 capture with this compose's ids,
// To and subject), closes a pop-up compose and shows the sent toast.
import type { Page } from 'playwright-core';
import { sharedFixture } from '../shared-data';

export const ORIGIN = 'https://mail.google.com';
const REQUEST = sharedFixture('gmail/network/inboxsdk-2022-09-09-cvOnSend_3_request.json');
export const RESPONSE = `)]}'\n${sharedFixture('gmail/network/inboxsdk-2022-09-09-cvOnSend_3_response.json')}`;

// Runs in the fixture page (plain JS): the part of Gmail the adapter relies on.
const PLAY_GMAIL = `
<script>
(() => {
  const TEMPLATE = ${REQUEST};
  const SEND = 'div[role=button].T-I-atl:not([aria-haspopup])';
  document.addEventListener('click', (e) => {
    const send = e.target.closest && e.target.closest(SEND);
    if (!send) return;
    const compose = send.closest('[role=dialog]') || send.closest('.M9');
    const body = structuredClone(TEMPLATE);
    const record = body[1][0][0][1][1][13][0];
    record[0] = compose.querySelector('input[name=draft]').value.replace('#', '');
    record[2] = [...compose.querySelectorAll('[name=to] [data-hovercard-id]')].map((c) => [1, c.dataset.hovercardId, c.dataset.name]);
    record[3] = [...compose.querySelectorAll('[name=cc] [data-hovercard-id]')].map((c) => [1, c.dataset.hovercardId, c.dataset.name]);
    record[4] = [];
    record[7] = compose.querySelector('input[name=subjectbox]').value;
    // Schedule send: the test sets window.nlSchedule (a delivery time; where
    // Gmail keeps it is unknown, so it goes in a free field) and a message id.
    const schedule = window.nlSchedule;
    if (schedule) {
      record[0] = schedule.messageId;
      record[10] = record[10].map((l) => (l === '^pfg' ? '^scheduled' : l));
      record[20] = [null, schedule.at];
      window.nlSchedule = undefined;
    }
    const useXhr = compose.matches('.M9');
    if (useXhr) {
      const x = new XMLHttpRequest();
      x.open('POST', '/sync/u/0/i/s?hl=en&c=3');
      x.send(JSON.stringify(body));
    } else {
      fetch('/sync/u/0/i/s?hl=en&c=2', { method: 'POST', body: JSON.stringify(body) });
    }
    if (compose.matches('[role=dialog]')) compose.remove();
    document.querySelector('[role=alert] .vh').innerHTML =
      '<span class="aT"><span class="bAq">Message sent</span><span class="bAo">' +
      '<span class="ag a8k" id="link_undo" role="link" param="' + record[0] + '" tabindex="0">Undo</span> ' +
      '<span class="ag a8k" id="link_vsm" role="link" param="' + record[0] + '" tabindex="0">View message</span></span></span>';
  });
})();
</script>`;
export const withGmail = (html: string): string => html.replace('</body>', `${PLAY_GMAIL}</body>`);

const NETWORK_REQUEST = sharedFixture('gmail/network/inboxsdk-2022-09-09-cvOnSend_request.json');

/**
 * Gmail's client sending the real captured request (cvOnSend) to one person,
 * `times` times (a retry), with no compose on the page; `id` replaces the
 * capture's message id (another message).
 */
export async function postSend(tab: Page, to: { email: string; name: string }, subject: string, times = 1, id?: string): Promise<void> {
  await tab.evaluate(([template, email, name, subj, n, messageId]) => {
    const body = JSON.parse(template);
    const record = body[1][0][0][1][1][13][0];
    if (messageId) record[0] = messageId;
    record[2] = [[1, email, name]];
    record[7] = subj;
    for (let i = 0; i < n; i++) {
      const x = new XMLHttpRequest();
      x.open('POST', '/sync/u/0/i/s?hl=en&c=4');
      x.send(JSON.stringify(body));
    }
  }, [NETWORK_REQUEST, to.email, to.name, subject, times, id] as const);
}
