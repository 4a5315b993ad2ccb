// Page-world watch for Outlook (bundled into outlook-page.iife.ts): a
// successful send call becomes a `sent` observation (subject, To addresses).
import { watchPosts } from '../shared/post-watch';
import { isServiceCall, parseSend, type OutlookSent } from './network';

export function watchOutlookSends(post: (sent: OutlookSent) => void): void {
  watchPosts(isServiceCall, (seen) => {
    if (seen.status < 200 || seen.status >= 300) return;
    const sent = parseSend(seen.url, seen.body, seen.headers, Date.now());
    if (!sent) return;
    // OWA answers 200 with ResponseClass "Error" when it refuses a send.
    void seen.response().then((text) => {
      if (!text || !/"ResponseClass"\s*:\s*"Error"/.test(text)) post(sent);
    });
  });
}
