// The inline button in each compose: mounted next to Send, shows whether
// the current To recipients are tracked (debounced lookup), arms the
// compose on press so its next confirmed send is logged as a follow-up.
import type { Person } from '../../messaging/protocol';
import { mountLogButton, type LogButtonHandle } from '../shared/inline-button';
import { recipients } from './compose';

export interface ComposeUi {
  key: string;
  root: Element;
  handle: LogButtonHandle;
  controller: AbortController;
  refresh(): void;
  logged(): void;
}

const LOOKUP_DEBOUNCE_MS = 300;
/** Unchanged recipients are looked up again only after this long. */
const REASK_MS = 30_000;

export function mountComposeUi(
  root: Element, sendButton: Element, key: string,
  deps: { signal: AbortSignal; lookup(people: Person[]): Promise<boolean[]>; arm(key: string): void; isArmed(key: string): boolean },
): ComposeUi {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  deps.signal.addEventListener('abort', stop, { once: true });
  controller.signal.addEventListener('abort', () => deps.signal.removeEventListener('abort', stop));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const anchor = sendButton.parentElement ?? sendButton;
  const handle = mountLogButton(anchor, {
    signal: controller.signal,
    label: 'logAsFollowUp',
    position: 'after',
    onPress: () => {
      deps.arm(key);
      handle.setState('armed');
    },
  });
  // Gmail re-renders the To field without changing it; the same recipients
  // asked about a moment ago are not asked about again.
  let asked = '';
  let askedAt = 0;
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (controller.signal.aborted || done || deps.isArmed(key)) return;
      const to = recipients(root, 'to');
      if (!to.length) {
        asked = '';
        return handle.setState('untracked');
      }
      const now = Date.now();
      const who = to.map((p) => p.email).join(',');
      if (who === asked && now - askedAt < REASK_MS) return;
      asked = who;
      askedAt = now;
      deps.lookup(to).then(
        (tracked) => {
          if (!controller.signal.aborted && !done && !deps.isArmed(key)) handle.setState(tracked.every(Boolean) ? 'tracked' : 'untracked');
        },
        () => undefined,
      );
    }, LOOKUP_DEBOUNCE_MS);
  };
  controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  refresh();
  return {
    key, root, handle, controller, refresh,
    logged() {
      done = true;
      handle.setState('logged');
    },
  };
}
