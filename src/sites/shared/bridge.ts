// The page-world script (world: MAIN, which can see the site's own network
// calls) talks to the content script through window.postMessage. The
// content script picks a random token per page and says hello; the page
// script answers only on that token and queues what it saw until then
// (it starts at document_start, the content script at document_idle).
// postMessage is visible to the page itself, so the token is not a secret
// from the site: it keeps other frames and stray messages off the channel,
// and everything carried is metadata the site already has.

const TAG = 'nudgeline-bridge';

interface Envelope {
  tag: typeof TAG;
  ns: string;
  kind: 'hello' | 'data';
  token: string;
  payload?: unknown;
}

const isEnvelope = (d: unknown, ns: string): d is Envelope =>
  typeof d === 'object' && d !== null && (d as Envelope).tag === TAG && (d as Envelope).ns === ns &&
  typeof (d as Envelope).token === 'string';

/**
 * Unique enough to pair the two scripts of one page; not a secret (see
 * above), so no crypto: touching `crypto` first costs the content script's
 * start-up about a millisecond.
 */
function randomToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** Page-world side: post observations; they wait until a content script says hello. */
export function createPageBridge(ns: string, maxQueue = 50): { post(payload: unknown): void } {
  let token: string | undefined;
  const queue: unknown[] = [];
  const send = (payload: unknown): void => {
    if (!token) return;
    window.postMessage({ tag: TAG, ns, kind: 'data', token, payload } satisfies Envelope, location.origin);
  };
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window || !isEnvelope(e.data, ns) || e.data.kind !== 'hello') return;
    // A reloaded content script says hello again with a new token.
    token = e.data.token;
    for (const p of queue.splice(0)) send(p);
  });
  return {
    post(payload) {
      if (token) send(payload);
      else if (queue.push(payload) > maxQueue) queue.shift();
    },
  };
}

/** Content-script side: listen for the page script's observations until the signal aborts. */
export function listenToPage(ns: string, signal: AbortSignal, onData: (payload: unknown) => void): void {
  const token = randomToken();
  window.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== window || !isEnvelope(e.data, ns) || e.data.kind !== 'data' || e.data.token !== token) return;
    try {
      onData(e.data.payload);
    } catch (err) {
      console.debug('[nudgeline] page observation failed', err);
    }
  }, { signal });
  window.postMessage({ tag: TAG, ns, kind: 'hello', token } satisfies Envelope, location.origin);
}
