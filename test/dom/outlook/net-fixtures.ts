// The Outlook network fixtures (test/fixtures/outlook/network/*.json): a
// request (payload in the body, or URL-encoded in x-owa-urlpostdata when
// form is "header") and the server's answer, replayed through a stubbed
// fetch or XMLHttpRequest after the page-world watch wrapped them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface NetFixture {
  url: string;
  headers: Record<string, string>;
  form: 'body' | 'header' | 'raw';
  payload: unknown;
  status: number;
  response: unknown;
  expect?: Record<string, unknown>;
}

export const loadNetFixture = (file: string): NetFixture =>
  JSON.parse(readFileSync(resolve('test/fixtures/outlook/network', file), 'utf8')) as NetFixture;

/** The request as the page sends it: url, headers, body. */
export function requestOf(fx: NetFixture): { url: string; headers: Record<string, string>; body: string } {
  const json = typeof fx.payload === 'string' ? fx.payload : JSON.stringify(fx.payload);
  if (fx.form === 'header') return { url: fx.url, headers: { ...fx.headers, 'x-owa-urlpostdata': encodeURIComponent(json) }, body: '' };
  return { url: fx.url, headers: fx.headers, body: json };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let answer = { status: 200, text: '{}' };

/**
 * Stubs fetch and XMLHttpRequest (no network from tests) with the current
 * fixture's answer, and hands back a restore function. Call before the
 * page watch wraps them: the watch's wrappers then call these stubs.
 */
export function stubNetwork(): () => void {
  const realFetch = window.fetch;
  const proto = XMLHttpRequest.prototype;
  const { open, send, setRequestHeader } = proto;
  window.fetch = (async () => new Response(answer.text, { status: answer.status, headers: { 'content-type': 'application/json' } })) as typeof fetch;
  proto.open = function () {} as typeof proto.open;
  proto.setRequestHeader = function () {};
  proto.send = function (this: XMLHttpRequest) {
    Object.defineProperty(this, 'status', { value: answer.status });
    Object.defineProperty(this, 'responseText', { value: answer.text });
    setTimeout(() => {
      this.dispatchEvent(new Event('load'));
      this.dispatchEvent(new Event('loadend'));
    }, 0);
  };
  return () => {
    window.fetch = realFetch;
    Object.assign(proto, { open, send, setRequestHeader });
  };
}

/** Sends the fixture's request through the (wrapped) fetch or XHR; its answer comes from the stubs. */
export async function replay(fx: NetFixture, via: 'fetch' | 'xhr' = 'fetch'): Promise<unknown> {
  const req = requestOf(fx);
  answer = { status: fx.status, text: JSON.stringify(fx.response) };
  if (via === 'fetch') {
    // Like Outlook, read the answer at once: the watch must not need the body after the page used it.
    const res = await window.fetch(req.url, { method: 'POST', headers: req.headers, body: req.body });
    await res.text();
    await wait(20);
    return res.status;
  }
  const xhr = new XMLHttpRequest();
  xhr.open('POST', req.url);
  for (const [k, v] of Object.entries(req.headers)) xhr.setRequestHeader(k, v);
  xhr.send(req.body);
  await new Promise((r) => xhr.addEventListener('loadend', r, { once: true }));
  await wait(20);
  return xhr.status;
}
