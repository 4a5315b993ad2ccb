// Page-world network watch (bundled into gmail-page.iife.ts): wraps
// XMLHttpRequest and fetch to see the web client's sync POSTs. A `/i/s` the
// server accepted (2xx) yields the sent messages' metadata (ids, To, subject,
// the sender; never Cc, Bcc or the body); one that looks like a send
// (`^pfg`) in a shape the parser does not know is reported as such. A `/i/fd`
// (a conversation opened) yields its incoming messages.
// Wrappers call the originals first and swallow their own errors.
import { parseSendBody, legacyIdIn, type ParsedSend } from './parse-send';
import { parseIncoming } from './parse-thread';
import { parseJson } from './records';
import type { GmailPost, SendObservation } from './network';

export const SYNC_SEND = /\/sync\/u\/\d+\/i\/s(?:\?|$)/;
export const SYNC_THREAD = /\/sync\/u\/\d+\/i\/fd(?:\?|$)/;

export function toObservations(sends: ParsedSend[], responseText: string | undefined, now: number): SendObservation[] {
  const response = parseJson(responseText);
  // Cc and Bcc stay here: they never count as the people written to.
  return sends.map(({ cc: _cc, bcc: _bcc, sendAt, at: _at, ...s }) => ({
    ...s, kind: 'send', legacyId: legacyIdIn(response, s.messageId),
    // A scheduled send counts from its delivery time (the ledger replays it when due).
    at: s.scheduled ? sendAt ?? now : now,
  }));
}

/** What one accepted sync call tells the content script. */
export function postsFor(url: string, body: string | undefined, responseText: string | undefined, now: number): GmailPost[] {
  if (SYNC_SEND.test(url)) {
    if (!body) return [];
    const sends = parseSendBody(body, now);
    if (sends.length) return toObservations(sends, responseText, now);
    // Marked sent, yet no message record the parser knows: say so, do not guess.
    return body.includes('"^pfg"') ? [{ kind: 'unrecognized' }] : [];
  }
  if (!SYNC_THREAD.test(url)) return [];
  const messages = parseIncoming(parseJson(responseText));
  return messages.length ? [{ kind: 'replies', messages }] : [];
}

function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return undefined;
}

const watched = (url: string): boolean => SYNC_SEND.test(url) || SYNC_THREAD.test(url);

export function watchSync(post: (p: GmailPost) => void): void {
  const report = (url: string, body: unknown, status: number, responseText?: string): void => {
    try {
      if (status >= 200 && status < 300) for (const p of postsFor(url, bodyText(body), responseText, Date.now())) post(p);
    } catch {
      /* never break the page */
    }
  };
  const XHR = XMLHttpRequest.prototype;
  const open = XHR.open;
  const send = XHR.send;
  const urls = new WeakMap<XMLHttpRequest, string>();
  XHR.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    try {
      if (String(method).toUpperCase() === 'POST') urls.set(this, String(url));
    } catch { /* ignore */ }
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XHR.open;
  XHR.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const url = urls.get(this);
    if (url && watched(url)) {
      this.addEventListener('load', () => {
        const text = this.responseType === '' || this.responseType === 'text' ? this.responseText : undefined;
        report(url, body, this.status, text);
      });
    }
    return send.call(this, body);
  };

  const origFetch = window.fetch;
  window.fetch = function (this: typeof globalThis, input: RequestInfo | URL, init?: RequestInit) {
    const result = origFetch.call(this, input, init);
    try {
      const url = input instanceof Request ? input.url : String(input);
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      if (method === 'POST' && watched(url)) {
        const bodyP = init?.body !== undefined ? Promise.resolve(init.body)
          : input instanceof Request ? input.clone().text() : Promise.resolve(undefined);
        // Cloned in the first reaction to the response, before the caller's
        // own reads it (a clone of a used body throws).
        void result.then((res) => {
          const text = res.clone().text().catch(() => undefined);
          return Promise.all([bodyP, text]).then(([body, t]) => report(url, body, res.status, t));
        }).catch(() => undefined);
      }
    } catch { /* ignore */ }
    return result;
  } as typeof window.fetch;
}
