// Intents to send: a click on Send (or Enter/Space on it), Ctrl/Cmd+Enter in
// a compose, and Undo on the "sent" toast, all seen in the capture phase
// before Gmail's own handlers close the compose.
import { INJECTED_SELECTOR } from '../shared/inline-button';
import type { HealthTracker } from '../shared/health';
import { closestAny, findFirst } from '../shared/selectors';
import { composeRootOf, snapshotCompose } from './compose';
import { guard } from './guard';
import { GMAIL } from './selectors';
import type { SendWatcher } from './send';

function sendButtonOf(target: EventTarget | null): Element | null {
  if (!(target instanceof Element) || target.closest(INJECTED_SELECTOR)) return null;
  return closestAny(target, GMAIL.sendButton);
}

export function watchIntents(
  doc: Document,
  deps: { signal: AbortSignal; health: HealthTracker; sends: SendWatcher; pathname(): string },
): void {
  const { health, sends, signal } = deps;
  const intentAt = (root: Element): void => {
    const snap = snapshotCompose(root, deps.pathname());
    health.set({ compose: true, recipients: snap.to.length > 0 || !!findFirst(root, ['[name=to]']), subject: !!findFirst(root, GMAIL.subject) });
    sends.intent(snap, root);
  };
  const onPointer = guard((e: Event) => {
    const undo = e.type === 'click' && e.target instanceof Element ? closestAny(e.target, GMAIL.toastUndo) : null;
    if (undo) {
      const toast = closestAny(undo, GMAIL.toast) ?? undo.parentElement;
      if (toast && findFirst(toast, GMAIL.toastView)) sends.onUndo();
      return;
    }
    const button = sendButtonOf(e.target);
    if (!button) return;
    const root = composeRootOf(button);
    if (root) intentAt(root);
    else health.set({ compose: false });
  });
  const onKey = guard((e: KeyboardEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target || target.closest(INJECTED_SELECTOR)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      const root = composeRootOf(target);
      if (root) intentAt(root);
    } else if ((e.key === 'Enter' || e.key === ' ') && sendButtonOf(target)) {
      const root = composeRootOf(target);
      if (root) intentAt(root);
    } else if (e.key === 'Enter' && closestAny(target, GMAIL.toastUndo)) {
      onPointer(e);
    }
  });
  doc.addEventListener('mousedown', onPointer, { capture: true, signal });
  doc.addEventListener('click', onPointer, { capture: true, signal });
  doc.addEventListener('keydown', onKey, { capture: true, signal });
}
