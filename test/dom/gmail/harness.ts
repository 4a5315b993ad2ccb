// A fake adapter context that records what the Gmail adapter reports, and a
// stand-in for the page-world script (the same bridge the real one uses).
import type { AdapterContext } from '../../../src/sites/adapter';
import type { ObservedMessage, Person } from '../../../src/messaging/protocol';
import { createPageBridge } from '../../../src/sites/shared/bridge';
import type { SendObservation } from '../../../src/sites/gmail/network';

export interface FakeCtx extends AdapterContext {
  controller: AbortController;
  observed: ObservedMessage[];
  retracted: string[];
  healthReports: Record<string, boolean>[];
  lookups: Person[][];
  /** what ctx.snippets() answers (the user's snippets setting) */
  snippetsOn: boolean;
}

export function fakeCtx(tracked: (p: Person) => boolean = () => false): FakeCtx {
  const controller = new AbortController();
  const ctx: FakeCtx = {
    controller,
    signal: controller.signal,
    observed: [], retracted: [], healthReports: [], lookups: [], snippetsOn: false,
    observe: (m) => void ctx.observed.push(...m),
    retract: (id) => void ctx.retracted.push(id),
    health: (roles) => void ctx.healthReports.push(roles),
    lookup: async (people) => {
      ctx.lookups.push(people);
      return people.map(tracked);
    },
    snippets: () => ctx.snippetsOn,
  };
  return ctx;
}

// One page-world bridge per window, as at document_start in Gmail.
const page = createPageBridge('gmail');
/** Anything the page could post on the bridge, unchecked. */
export const pagePost = (payload: unknown): void => page.post(payload);
export function networkSend(obs: Partial<SendObservation> & { messageId: string }): void {
  page.post({ kind: 'send', to: [], subject: '', scheduled: false, at: 1_800_000_000_000, ...obs });
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Let mutation batches, bridge messages and debounces run. */
export const settle = () => wait(120);

export function click(el: Element | null, type: 'click' | 'mousedown' = 'click'): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
}
