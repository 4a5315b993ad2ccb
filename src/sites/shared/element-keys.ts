// Stable in-memory keys for page elements (a form, a conversation), so an
// intent made in one message box is only confirmed by that box's events.
const keys = new WeakMap<Element, string>();
let next = 0;

export function keyOf(el: Element): string {
  let k = keys.get(el);
  if (!k) keys.set(el, (k = `k${++next}`));
  return k;
}
