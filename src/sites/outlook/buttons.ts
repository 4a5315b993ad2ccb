// The inline controls on Outlook: "Log as follow-up" after Send in each
// compose's command bar, "Track this conversation" beside the reading
// pane's subject heading (or above its first message).
import { mountLogButton, type LogButtonHandle } from '../shared/inline-button';
import type { AdapterContext } from '../adapter';
import { findFirst } from '../shared/selectors';
import { readTo } from './page';
import { outlookSelectors as S } from './selectors';
import type { OutlookSendDetector } from './send';
import type { OutlookReplies } from './replies';

export function createOutlookButtons(
  ctx: Pick<AdapterContext, 'signal' | 'lookup'>, send: OutlookSendDetector, replies: OutlookReplies, keyOf: (el: Element) => string,
) {
  const handles = new Map<string, { handle: LogButtonHandle; compose: Element }>();
  const placed = new WeakSet<Element>();

  const refresh = async (key: string): Promise<void> => {
    const entry = handles.get(key);
    if (!entry) return;
    if (send.isArmed(key)) return entry.handle.setState('armed');
    const to = readTo(entry.compose);
    const tracked = to.length ? await ctx.lookup(to) : [];
    if (!send.isArmed(key)) entry.handle.setState(tracked.length && tracked.every(Boolean) ? 'tracked' : 'untracked');
  };

  return {
    forCompose(compose: Element): void {
      if (placed.has(compose)) return;
      const sendButton = findFirst(compose, S.sendButton);
      if (!sendButton) return;
      placed.add(compose);
      const key = keyOf(compose);
      // After the whole split button, not between Send and its menu.
      const anchor = sendButton.parentElement?.matches('.ms-Button--splitContainer, .fui-SplitButton') ? sendButton.parentElement : sendButton;
      const handle = mountLogButton(anchor, {
        signal: ctx.signal, label: 'logAsFollowUp',
        onPress: () => {
          if (send.press(key) === 'logged') handle.setState('logged');
          else void refresh(key);
        },
      });
      handles.set(key, { handle, compose });
      void refresh(key);
    },
    /** recipients changed in a compose: show their state */
    recipientsChanged(compose: Element): void {
      void refresh(keyOf(compose));
    },
    forConversation(conv: Element): void {
      if (placed.has(conv)) return;
      // After the subject heading; without one (2025-11), before the first message.
      const heading = findFirst(conv, ['[role="heading"]']);
      const anchor = heading ?? findFirst(conv, S.item);
      if (!anchor) return;
      placed.add(conv);
      const handle = mountLogButton(anchor, {
        signal: ctx.signal, label: 'trackThisConversation', position: heading ? 'after' : 'before',
        onPress: () => handle.setState(replies.importAll(conv) > 0 ? 'logged' : 'error'),
      });
      handle.setState('untracked');
    },
    logged(key: string): void {
      handles.get(key)?.handle.setState('logged');
    },
  };
}
