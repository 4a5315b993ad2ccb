// The page-world script (world: MAIN, which can see the site's own network
// calls) talks to the content script through CustomEvents on `document`
// whose detail is a JSON string (a string crosses between the two worlds;
// objects do not). Synchronous and far cheaper than window.postMessage,
// whose first call costs the content script's start-up over a millisecond.
// The content script picks a random token per page and says hello; the
// page script answers only on that token and queues what it saw until then.
// Both may start at document_start, in either order: the page script says
// it is ready when it starts, and a content script already listening says
// hello again.
// The page sees these events too, so the token is not a secret from the
// site: it keeps stray events off the channel, and everything carried is
// metadata the site already has.

const EVENT = 'nudgeline-bridge';

interface Envelope {
  ns: string;
  kind: 'ready' | 'hello' | 'data';
  token: string;
  payload?: unknown;
}

function read(e: Event, ns: string): Envelope | undefined {
  const detail = (e as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return undefined;
  try {
    const d = JSON.parse(detail) as Partial<Envelope> | null;
    return d && d.ns === ns && typeof d.token === 'string' ? (d as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

function emit(env: Envelope): void {
  try {
    document.dispatchEvent(new CustomEvent(EVENT, { detail: JSON.stringify(env) }));
  } catch {
    // a payload JSON cannot carry: dropped, never thrown into the page
  }
}

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
    if (token) emit({ ns, kind: 'data', token, payload });
  };
  document.addEventListener(EVENT, (e) => {
    const env = read(e, ns);
    if (env?.kind !== 'hello') return;
    // A reloaded content script says hello again with a new token.
    token = env.token;
    for (const p of queue.splice(0)) send(p);
  });
  emit({ ns, kind: 'ready', token: '' });
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
  const hello = (): void => emit({ ns, kind: 'hello', token });
  document.addEventListener(EVENT, (e) => {
    const env = read(e, ns);
    if (env?.kind === 'ready') return hello();
    if (env?.kind !== 'data' || env.token !== token) return;
    try {
      onData(env.payload);
    } catch (err) {
      console.debug('[nudgeline] page observation failed', err);
    }
  }, { signal });
  hello();
}
