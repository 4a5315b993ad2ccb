// Bench-only bundle: what the Gmail adapter's "could this subtree hold a
// role?" check costs, with the real selector table and joinedHit, against
// the same selectors as one joined list (what it did before). Evaluated in
// the Gmail-like page of a browser without the extension.
import { GMAIL } from '../src/sites/gmail/selectors';
import { joinSelectors, joinedHit } from '../src/sites/shared/selectors';

function perCall(fn: () => unknown, reps: number): number {
  const t = performance.now();
  for (let i = 0; i < reps; i++) {
    fn();
    // a DOM change between calls, so no answer can come from a cache
    document.body.dataset['benchTick'] = String(i);
  }
  return ((performance.now() - t) / reps) * 1000;
}

export function selectorCost(reps = 300): Record<string, number> {
  const roles = joinSelectors(GMAIL.toastView, GMAIL.refusal, GMAIL.sendButton, GMAIL.subject, ['[name=to]'], GMAIL.threadSubject, GMAIL.messages);
  const row = document.querySelector('tbody tr')!;
  // a page with no conversation open: every selector misses on the rows
  return {
    selectors: roles.each.length,
    page_elements: document.getElementsByTagName('*').length,
    page_joined_list_us: perCall(() => document.body.querySelector(roles.list), reps),
    page_one_by_one_us: perCall(() => joinedHit(document.body, roles, 'down'), reps),
    row_elements: row.getElementsByTagName('*').length + 1,
    row_joined_list_us: perCall(() => row.querySelector(roles.list), reps),
    row_one_by_one_us: perCall(() => joinedHit(row, roles, 'down'), reps),
  };
}

(globalThis as { nudgelineSelectors?: unknown }).nudgelineSelectors = { selectorCost };
