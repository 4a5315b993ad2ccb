// Page-world watch for LinkedIn (bundled into linkedin-page.iife.ts): a
// successful createMessage POST becomes a `sent` observation carrying the
// conversation id and the new message's urn only.
import { watchPosts } from '../shared/post-watch';
import { isCreateMessage, messageIdFromResponse, threadIdFromRequest, type LinkedinSent } from './network';

export function watchLinkedinSends(post: (sent: LinkedinSent) => void): void {
  watchPosts((url) => isCreateMessage(url, 'POST'), (seen) => {
    if (seen.status < 200 || seen.status >= 300) return;
    const at = Date.now();
    const threadId = threadIdFromRequest(seen.body);
    void seen.response().then((text) => {
      const messageId = messageIdFromResponse(text);
      post({ type: 'sent', at, ...(threadId && { threadId }), ...(messageId && { messageId }) });
    });
  });
}
