// Page-world network watch shared by the LinkedIn and Outlook page scripts:
// wraps fetch and XMLHttpRequest and
// reports each request (POST unless `methods` says more) whose URL `wanted`
// accepts, with its method, its request body (when it is text), the status,
// a response reader and the request headers it set.
// Wrappers call the originals and swallow their own errors.

export interface PostSeen {
  url: string;
  method: string;
  body?: string;
  headers: Record<string, string>;
  status: number;
  /** the response text, read lazily (only if the caller needs an id from it) */
  response(): Promise<string | undefined>;
}

function textOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return undefined;
}

function headersOf(h: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    new Headers(h).forEach((v, k) => (out[k] = v));
  } catch { /* ignore */ }
  return out;
}

export function watchPosts(wanted: (url: string) => boolean, report: (seen: PostSeen) => void, methods: readonly string[] = ['POST']): void {
  const safeReport = (seen: PostSeen): void => {
    try {
      report(seen);
    } catch { /* never break the page */ }
  };

  const XHR = XMLHttpRequest.prototype;
  const { open, send, setRequestHeader } = XHR;
  const meta = new WeakMap<XMLHttpRequest, { url: string; method: string; headers: Record<string, string> }>();
  XHR.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    try {
      const u = String(url);
      const m = String(method).toUpperCase();
      if (methods.includes(m) && wanted(u)) meta.set(this, { url: u, method: m, headers: {} });
      else meta.delete(this);
    } catch { /* ignore */ }
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XHR.open;
  XHR.setRequestHeader = function (this: XMLHttpRequest, name: string, value: string) {
    const m = meta.get(this);
    if (m) m.headers[name.toLowerCase()] = value;
    return setRequestHeader.call(this, name, value);
  };
  XHR.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const m = meta.get(this);
    if (m) {
      this.addEventListener('load', () => {
        let text: string | undefined;
        try {
          text = this.responseType === '' || this.responseType === 'text' ? this.responseText
            : this.responseType === 'json' ? JSON.stringify(this.response) : undefined;
        } catch { /* unreadable: reported as undefined */ }
        safeReport({ url: m.url, method: m.method, body: textOf(body), headers: m.headers, status: this.status, response: async () => text });
      }, { once: true });
    }
    return send.call(this, body);
  };

  const origFetch = window.fetch;
  window.fetch = function (this: typeof globalThis, input: RequestInfo | URL, init?: RequestInit) {
    const result = origFetch.call(this, input, init);
    try {
      const isReq = input instanceof Request;
      const url = new URL(isReq ? input.url : String(input), location.href).href;
      const method = (init?.method ?? (isReq ? input.method : 'GET')).toUpperCase();
      if (methods.includes(method) && wanted(url)) {
        const bodyP = init?.body !== undefined && init.body !== null ? Promise.resolve(textOf(init.body))
          : isReq ? input.clone().text().catch(() => undefined) : Promise.resolve(undefined);
        const headers = headersOf(init?.headers ?? (isReq ? input.headers : undefined));
        // Cloned in the first reaction to the response, before the page's own
        // code reads its body (a used body can no longer be cloned).
        const copy = result.then((res) => res.clone()).catch(() => undefined);
        void Promise.all([bodyP, result, copy]).then(([body, res, c]) => safeReport({
          url, method, body, headers, status: res.status,
          response: async () => c?.text().catch(() => undefined),
        })).catch(() => undefined);
      }
    } catch { /* ignore */ }
    return result;
  } as typeof window.fetch;
}
