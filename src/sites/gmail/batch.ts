// Mutation batching: the observer callback only collects added elements,
// text-node parents and removal targets (index loops, no selector work);
// one flush per BATCH_MS looks at each top-most relevant subtree once.
import { joinSelectors, joinedHit } from '../shared/selectors';
import { guard } from './guard';
import { GMAIL } from './selectors';

const BATCH_MS = 60;

export interface BatchDeps {
  signal: AbortSignal;
  /** everything one added subtree holds */
  handle(el: Element): void;
  /** a send waits for its confirmation: only then do toast text changes matter */
  awaiting(): boolean;
  /** something was removed in this batch */
  removed(): void;
  /** after every flush */
  after(): void;
}

// One closest / matches / querySelector each tell whether an added subtree
// can hold anything handle() looks for; most page mutations (list rows,
// previews) hold nothing, and skip the ~30 ordered per-role lookups.
const near = joinSelectors(GMAIL.toast, GMAIL.refusal, GMAIL.sendButton, ['[name=to]']);
const self = joinSelectors(GMAIL.toast, GMAIL.refusal, GMAIL.sendButton, ['[name=to]'], GMAIL.threadSubject, GMAIL.messages);
const inside = joinSelectors(GMAIL.toastView, GMAIL.refusal, GMAIL.sendButton, GMAIL.subject, ['[name=to]'], GMAIL.threadSubject, GMAIL.messages);
const toastSel = joinSelectors(GMAIL.toast);

/**
 * upHit: per flush, whether a parent is inside a toast / compose field.
 * Rows added to one list share their ancestors: one closest() per parent.
 */
function relevant(el: Element, upHit: Map<Element, boolean>): boolean {
  const parent = el.parentElement;
  let up = parent ? upHit.get(parent) : false;
  if (up === undefined && parent) upHit.set(parent, (up = joinedHit(parent, near, 'up')));
  return up || joinedHit(el, self, 'self') || joinedHit(el, inside, 'down');
}

/** The MutationObserver callback (for observeWhileActive). */
export function createBatcher(deps: BatchDeps): (records: MutationRecord[]) => void {
  let pending = new Set<Element>();
  /** parents of added text nodes, and targets of removals: checked once per batch */
  let textParents = new Set<Element>();
  let removedFrom = new Set<Node>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  deps.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const flush = guard(() => {
    timer = undefined;
    const batch = pending;
    // Text changes matter only inside the toast ("Sending…" → "Message sent"),
    // and only while a send waits for its confirmation.
    if (textParents.size && deps.awaiting()) for (const el of textParents) if (joinedHit(el, toastSel, 'up')) batch.add(el);
    // A recipient chip removed: re-check the button's tracked state.
    for (const n of removedFrom) if (n instanceof Element && n.closest('[name=to]')) batch.add(n);
    pending = new Set();
    textParents = new Set();
    removedFrom = new Set();
    const upHit = new Map<Element, boolean>();
    for (const el of batch) {
      // Cheap filter first; only a relevant element looks for an added ancestor
      // (which, being relevant too, covers it).
      if (!el.isConnected || !relevant(el, upHit)) continue;
      let up = el.parentElement;
      while (up && !batch.has(up)) up = up.parentElement;
      if (!up) deps.handle(el);
    }
    if (removed) {
      removed = false;
      deps.removed();
    }
    deps.after();
  });

  return guard((records: MutationRecord[]) => {
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const added = r.addedNodes;
      for (let j = 0; j < added.length; j++) {
        const n = added[j]!;
        if (n.nodeType === 1) pending.add(n as Element);
        else if (n.nodeType === 3 && n.parentElement) textParents.add(n.parentElement);
      }
      if (r.removedNodes.length) {
        removed = true;
        removedFrom.add(r.target);
      }
    }
    timer ??= setTimeout(flush, BATCH_MS);
  });
}
