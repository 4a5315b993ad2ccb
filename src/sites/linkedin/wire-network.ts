// What the page script posts, validated, to where it goes: a send to the
// send detector (its recipients from the members the messenger responses
// named, else the open conversation's header), messages to the network
// reply watcher, members and threads to the directory, a send request of a
// shape we do not know to health ("send requests not recognized"), and the
// pop-up's new shadow root to the shadow watch.
import type { AdapterContext } from '../adapter';
import type { Person } from '../../messaging/protocol';
import { listenToPage } from '../shared/bridge';
import { sendUnrecognized, type HealthTracker } from '../shared/health';
import { findAll } from '../shared/selectors';
import type { Directory } from './directory';
import { asLinkedinPost, LINKEDIN_BRIDGE } from './network';
import type { NetworkReplies } from './network-replies';
import { conversationOf, readParticipant, readThreadId } from './page';
import { linkedinSelectors as S } from './selectors';
import type { SendDetector } from './send';
import type { ShadowWatch } from './shadow';

interface Wiring {
  ctx: AdapterContext;
  send: SendDetector;
  dir: Directory;
  netReplies: NetworkReplies;
  health: HealthTracker;
  shadows: ShadowWatch;
  path(): string;
  account(): Person | undefined;
}

export function wireNetwork(w: Wiring): void {
  // The page's fallback: the participant of the open conversation with this thread id.
  const fromPage = (threadId: string | undefined): Person[] => {
    if (!threadId) return [];
    for (const root of [document, ...w.shadows.roots()]) {
      for (const form of findAll(root, S.form)) {
        const conv = conversationOf(form);
        const person = conv && readThreadId(conv, w.path()) === threadId ? readParticipant(conv) : undefined;
        if (person) return [person];
      }
    }
    return [];
  };

  listenToPage(LINKEDIN_BRIDGE, w.ctx.signal, (data) => {
    const post = asLinkedinPost(data);
    if (post?.type === 'shadow') w.shadows.check();
    if (post?.type === 'unrecognized') sendUnrecognized(w.health);
    if (post?.type === 'data') {
      w.dir.learn(post);
      void w.netReplies.onMessages(post.messages).catch(() => 0);
    }
    if (post?.type !== 'sent') return;
    if (post.account && !w.dir.accountUrn()) w.dir.setAccount(post.account);
    w.netReplies.ownAt(post.threadId, post.at);
    w.send.onNetwork(post, () => {
      const known = w.dir.recipients(post.threadId, post.to);
      return known.length ? known : fromPage(post.threadId);
    });
  });
}
