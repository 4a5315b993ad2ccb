// Page-world network watch (bundled into gmail-page.iife.ts): wraps
// XMLHttpRequest and fetch to notice the web client's `/sync/u/N/i/s` sync
// POSTs. When the server accepts one (2xx), the sent messages' metadata
// (ids, To, Cc/Bcc counts, subject; never the body) goes to the content
// script. Wrappers call the originals first and swallow their own errors.
import { parseSendBody, legacyIdIn, type ParsedSend } from './parse-send';
import type { SendObservation } from './network';

export const SYNC_SEND = /\/sync\/u\/\d+\/i\/s(?:\?|$)/;


const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text.replace(/^\)\]\}'\s*/, ''));
  } catch {
    return undefined;
  }
};

export function toObservations(sends: ParsedSend[], responseText: string | undefined, now: number): SendObservation[] {
  const response = responseText ? parseJson(responseText) : undefined;
  return sends.map((s) => {
    const legacyId = response === undefined ? undefined : legacyIdIn(response, s.messageId);
    return {
      kind: 'send', messageId: s.messageId, threadId: s.threadId, legacyId,
      to: s.to, ccCount: s.cc.length, bccCount: s.bcc.length,
      // A scheduled send counts from its delivery time (the ledger replays it when due).
      subject: s.subject, scheduled: s.scheduled, at: s.scheduled ? s.sendAt ?? now : now,
    };
  });
}

function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return undefined;
}

export function watchSyncSends(post: (obs: SendObservation) => void): void {
  const report = (url: string, body: unknown, status: number, responseText?: string): void => {
    try {
      if (status < 200 || status >= 300 || !SYNC_SEND.test(url)) return;
      const text = bodyText(body);
      if (!text) return;
      const now = Date.now();
      const sends = parseSendBody(text, now);
      if (sends.length) for (const o of toObservations(sends, responseText, now)) post(o);
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
    if (url && SYNC_SEND.test(url)) {
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
      if (method === 'POST' && SYNC_SEND.test(url)) {
        const bodyP = init?.body !== undefined ? Promise.resolve(init.body)
          : input instanceof Request ? input.clone().text() : Promise.resolve(undefined);
        void Promise.all([bodyP, result])
          .then(async ([body, res]) => report(url, body, res.status, await res.clone().text().catch(() => undefined)))
          .catch(() => undefined);
      }
    } catch { /* ignore */ }
    return result;
  } as typeof window.fetch;
}
