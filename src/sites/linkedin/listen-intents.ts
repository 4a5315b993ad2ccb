// LinkedIn send intents: a click on Send or Enter in a message box (in the
// page or inside the pop-up's shadow root) snapshots what the page shows at
// that moment: the participant, the conversation and its thread id, and a
// snippet when snippets are on. The box empties right after the send.
import type { AdapterContext } from '../adapter';
import type { Person } from '../../messaging/protocol';
import { closestAny } from '../shared/selectors';
import { keyOf } from '../shared/element-keys';
import { snippetIn } from '../shared/snippet';
import { conversationOf, isMessageForm, readParticipant, readThreadId, threadUrlOf } from './page';
import { linkedinSelectors as S } from './selectors';
import type { SendDetector } from './send';

interface Env {
  ctx: AdapterContext;
  send: SendDetector;
  account(): Person | undefined;
  path(): string;
  /** any click (a chance to look for the pop-up's shadow root) */
  onClick(): void;
}

/** The element an event really happened on, inside a shadow root too. */
const origin = (e: Event): Element | null => {
  const t = e.composedPath()[0] ?? e.target;
  return t instanceof Element ? t : null;
};

export function listenForIntents({ ctx, send, account, path, onClick }: Env): void {
  const { signal } = ctx;
  const snapshot = (form: Element, via: 'click' | 'key'): void => {
    const conv = conversationOf(form);
    const person = conv ? readParticipant(conv) : undefined;
    const threadId = conv ? readThreadId(conv, path()) : undefined;
    const acct = account();
    // The box empties right after the send: its text can only be read now.
    const snippet = snippetIn(form, S.messageBox, ctx.snippets);
    send.intent(keyOf(form), {
      to: person ? [person] : [], convKey: conv ? keyOf(conv) : keyOf(form), via,
      ...(threadId && { threadId, threadUrl: threadUrlOf(threadId) }),
      ...(acct && { account: acct }),
      ...(snippet && { snippet }),
    });
  };
  const formOf = (el: Element | null): Element | null => {
    const form = el && closestAny(el, S.form);
    return form && isMessageForm(form, path()) ? form : null;
  };

  document.addEventListener('click', (e) => {
    onClick();
    const form = formOf(closestAny(origin(e), S.sendButton));
    if (form) snapshot(form, 'click');
  }, { capture: true, signal });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.isComposing) return;
    const form = formOf(closestAny(origin(e), S.messageBox));
    if (form) snapshot(form, 'key');
  }, { capture: true, signal });
}
