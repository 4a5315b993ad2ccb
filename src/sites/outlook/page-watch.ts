// Page-world watch for Outlook (bundled into outlook-page.iife.ts). A send
// the server accepted becomes `sent` (refused: `refused`); a draft's
// auto-saves are remembered by item id, so the UpdateItem that later sends
// it knows its recipients even when it carries only what changed; a
// conversation load becomes `messages`. A call of a shape the parser does
// not know becomes `unrecognized`, never an exception in the page.
import { watchPosts } from '../shared/post-watch';
import type { OutlookReport } from './network';
import { actionOf, answeredItem, conversationMessages, parseAnswer, parseOutgoing, payloadOf, type Outgoing } from './service';

const SENDS = /^(?:CreateItem|UpdateItem|SendItem)$/i;
const LOADS = /^(?:GetConversationItems|GetItem)$/i;
const MAX_DRAFTS = 50;

export function watchOutlook(post: (report: OutlookReport) => void): void {
  post({ type: 'alive' });
  const drafts = new Map<string, Outgoing>();
  const remember = (id: string, o: Outgoing): void => {
    const merged = { ...drafts.get(id), ...o };
    drafts.delete(id);
    drafts.set(id, merged);
    if (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
  };

  watchPosts((url) => SENDS.test(actionOf(url) ?? '') || LOADS.test(actionOf(url) ?? ''), (seen) => {
    const action = actionOf(seen.url)!;
    const ok = seen.status >= 200 && seen.status < 300;
    if (LOADS.test(action)) {
      if (ok) void seen.response().then((text) => {
        const items = conversationMessages(parseAnswer(text)?.messages ?? []);
        if (items.length) post({ type: 'messages', items });
      });
      return;
    }
    const out = parseOutgoing(action, payloadOf(seen.body, seen.headers));
    if (out === 'unknown') return post({ type: 'unrecognized', action });
    if (!out) return; // not mail (a calendar item, a flag)
    // An auto-save of a draft known by its id: no need to read the answer.
    if (!out.send && out.draftId) return void (ok && remember(out.draftId, out));
    void seen.response().then((text) => {
      const answer = parseAnswer(text);
      if (ok && !answer) return post({ type: 'unrecognized', action });
      const accepted = ok && answer!.ok;
      if (!out.send) {
        const id = out.draftId ?? (answer && answeredItem(answer.messages).itemId);
        if (accepted && id) remember(id, out);
        return;
      }
      const sent: Outgoing = { ...(out.draftId ? drafts.get(out.draftId) : undefined), ...out };
      if (out.draftId) drafts.delete(out.draftId);
      post({
        type: accepted ? 'sent' : 'refused', at: Date.now(), to: sent.to ?? [],
        ...(sent.subject !== undefined && { subject: sent.subject }),
        ...(sent.convId && { convId: sent.convId }),
        ...(sent.draftId && { itemId: sent.draftId }),
        ...(sent.newMail && { newMail: true }),
      });
    });
  });
}
