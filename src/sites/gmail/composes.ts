// The open composes and their inline buttons, keyed by compose root: one
// button per compose, re-placed when Gmail re-renders it, let go when the
// compose closes.
import type { AdapterContext } from '../adapter';
import type { HealthTracker } from '../shared/health';
import { findFirst } from '../shared/selectors';
import { composeRootOf, snapshotCompose } from './compose';
import { mountComposeUi, type ComposeUi } from './compose-ui';
import { GMAIL } from './selectors';
import type { SendWatcher } from './send';

export interface Composes {
  /** a Send button appeared: its compose gets a button */
  mount(sendButton: Element): void;
  /** the To field of this compose changed */
  refresh(root: Element): void;
  /** a send from the compose with this key was logged */
  logged(key: string): void;
  /** let go of composes no longer on the page */
  dropGone(): void;
  stop(): void;
}

export function createComposes(
  ctx: AdapterContext,
  deps: { health: HealthTracker; sends: () => SendWatcher; pathname(): string },
): Composes {
  const composes = new Map<Element, ComposeUi>();
  const { health } = deps;
  return {
    mount(button) {
      const root = composeRootOf(button);
      health.set({ sendButton: true, compose: !!root });
      if (!root) return;
      const existing = composes.get(root);
      if (existing?.handle.host.isConnected) return;
      existing?.controller.abort();
      health.set({ recipients: !!findFirst(root, ['[name=to]', ...GMAIL.to]), subject: !!findFirst(root, GMAIL.subject) });
      const sends = deps.sends();
      composes.set(root, mountComposeUi(root, button, snapshotCompose(root, deps.pathname()).key, {
        signal: ctx.signal, lookup: ctx.lookup, arm: (k) => sends.arm(k), isArmed: (k) => sends.isArmed(k),
      }));
    },
    refresh(root) {
      composes.get(root)?.refresh();
    },
    logged(key) {
      for (const ui of composes.values()) if (ui.key === key) ui.logged();
    },
    dropGone() {
      for (const [root, ui] of composes) if (!root.isConnected) { ui.controller.abort(); composes.delete(root); }
    },
    stop() {
      for (const ui of composes.values()) ui.controller.abort();
      composes.clear();
    },
  };
}
