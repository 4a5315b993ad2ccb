// Page-world watch for LinkedIn (bundled into linkedin-page.iife.ts):
// - createMessage accepted (2xx): a `sent` with ids and member urns only; a
//   2xx whose request and response have no shape we know: `unrecognized`;
//   a refused send (any other status): nothing.
// - messenger queries and /voyager/api/me: what they say about members,
//   messages and threads (`data`), never a body.
// - the site's pop-up host (#interop-outlet) getting its shadow root: `shadow`,
//   so the content script can start watching inside it at once.
import { watchPosts } from '../shared/post-watch';
import { isCreateMessage, isMessengerRead, parseCreateMessage, type LinkedinPost } from './network';
import { parseMessengerData } from './messenger-data';

export function watchLinkedin(post: (p: LinkedinPost) => void): void {
  watchPosts((url) => isCreateMessage(url, 'POST') || isMessengerRead(url), (seen) => {
    if (seen.status < 200 || seen.status >= 300) return;
    const at = Date.now();
    const send = isCreateMessage(seen.url, seen.method);
    void seen.response().then((text) => {
      const out = send ? parseCreateMessage(seen.body, text, at) ?? { type: 'unrecognized' as const } : parseMessengerData(text, seen.url);
      if (out) post(out);
    });
  }, ['GET', 'POST']);

  const proto = Element.prototype;
  const attach = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    try {
      if (this.id === 'interop-outlet') queueMicrotask(() => post({ type: 'shadow' }));
    } catch { /* never break the page */ }
    return root;
  };
}
