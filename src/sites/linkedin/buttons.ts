// The inline controls on LinkedIn: "Log as follow-up" before each message
// form's Send button (page and overlays), "Track this conversation" in each
// conversation's header. Both live in the shared shadow-root button.
import { mountLogButton, type LogButtonHandle } from '../shared/inline-button';
import type { AdapterContext } from '../adapter';
import { findFirst } from '../shared/selectors';
import { keyOf } from '../shared/element-keys';
import { readParticipant } from './page';
import { linkedinSelectors as S } from './selectors';
import type { SendDetector } from './send';
import type { ReplyWatcher } from './replies';

export interface Buttons {
  /** place the log button in a form (once per form element) */
  forForm(form: Element, conv: Element | null): void;
  /** place the track button in a conversation header (once per conversation element) */
  forConversation(conv: Element): void;
  /** a send from this form was logged */
  logged(formKey: string): void;
}

export function createButtons(ctx: Pick<AdapterContext, 'signal' | 'lookup'>, send: SendDetector, replies: ReplyWatcher): Buttons {
  const handles = new Map<string, { handle: LogButtonHandle; conv: Element | null }>();
  const placed = new WeakSet<Element>();

  const refresh = async (formKey: string): Promise<void> => {
    const entry = handles.get(formKey);
    if (!entry) return;
    if (send.isArmed(formKey)) return entry.handle.setState('armed');
    const person = entry.conv ? readParticipant(entry.conv) : undefined;
    const [tracked] = person ? await ctx.lookup([person]) : [false];
    if (!send.isArmed(formKey)) entry.handle.setState(tracked ? 'tracked' : 'untracked');
  };

  return {
    forForm(form, conv) {
      if (placed.has(form)) return;
      const anchor = findFirst(form, S.sendButton);
      if (!anchor) return;
      placed.add(form);
      const formKey = keyOf(form);
      const handle = mountLogButton(anchor, {
        signal: ctx.signal, label: 'logAsFollowUp', position: 'before',
        onPress: () => {
          const result = send.press(formKey);
          if (result === 'logged') handle.setState('logged');
          else void refresh(formKey);
        },
      });
      handles.set(formKey, { handle, conv });
      void refresh(formKey);
    },
    forConversation(conv) {
      if (placed.has(conv)) return;
      const anchor = findFirst(conv, S.participant) ?? findFirst(conv, S.participantName);
      if (!anchor) return;
      placed.add(conv);
      const handle = mountLogButton(anchor, {
        signal: ctx.signal, label: 'trackThisConversation',
        onPress: () => {
          handle.setState(replies.importAll(conv) > 0 ? 'logged' : 'error');
        },
      });
      handle.setState('untracked');
    },
    logged(formKey) {
      const entry = handles.get(formKey);
      if (!entry) return;
      entry.handle.setState('logged');
      // Back to the contact's state after a moment (now tracked).
      setTimeout(() => void refresh(formKey), 3_000);
    },
  };
}
