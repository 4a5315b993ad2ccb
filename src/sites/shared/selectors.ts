// Ordered selector lists per role, most stable first. Sites rename classes
// several times a year, so every lookup tries each selector in turn and an
// invalid selector (a typo, or syntax an older engine lacks) is skipped,
// never thrown into the page.

/** One role's selectors, most stable (roles, data/aria attributes) first. */
export type SelectorList = readonly string[];
/** Every role of one site: `{ compose: [...], sendButton: [...] }`. */
export type SelectorTable<R extends string = string> = Readonly<Record<R, SelectorList>>;

type Root = ParentNode & Partial<Pick<Element, 'matches'>>;

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The first element matching the first selector that matches anything; null when none. */
export function findFirst(root: ParentNode | null | undefined, selectors: SelectorList): Element | null {
  if (!root) return null;
  for (const sel of selectors) {
    const hit = safe(() => root.querySelector(sel), null);
    if (hit) return hit;
  }
  return null;
}

/**
 * Every element matching the first selector that matches anything (the
 * lists are alternatives for the same thing, so results are not merged).
 */
export function findAll(root: ParentNode | null | undefined, selectors: SelectorList): Element[] {
  if (!root) return [];
  for (const sel of selectors) {
    const hits = safe(() => Array.from(root.querySelectorAll(sel)), [] as Element[]);
    if (hits.length) return hits;
  }
  return [];
}

/** Does this element itself match any selector of the list? */
export function matchesAny(el: Element | null | undefined, selectors: SelectorList): boolean {
  if (!el || typeof el.matches !== 'function') return false;
  return selectors.some((sel) => safe(() => el.matches(sel), false));
}

/** The nearest ancestor-or-self matching any selector, trying them in order. */
export function closestAny(el: Element | null | undefined, selectors: SelectorList): Element | null {
  if (!el || typeof el.closest !== 'function') return null;
  for (const sel of selectors) {
    const hit = safe(() => el.closest(sel), null);
    if (hit) return hit;
  }
  return null;
}

/** The element itself when it matches, else the first match inside it. */
export function selfOrFirst(root: Root | null | undefined, selectors: SelectorList): Element | null {
  if (!root) return null;
  if (root instanceof Element && matchesAny(root, selectors)) return root;
  return findFirst(root, selectors);
}

/** The element itself (when it matches) and every match inside it. */
export function selfAndAll(root: Element, selectors: SelectorList): Element[] {
  return matchesAny(root, selectors) ? [root, ...findAll(root, selectors)] : findAll(root, selectors);
}

/** Which selector of the list (index) matches first: lets tests pin a fallback. */
export function whichMatches(root: ParentNode | null | undefined, selectors: SelectorList): number {
  if (!root) return -1;
  return selectors.findIndex((sel) => safe(() => root.querySelector(sel) !== null, false));
}

/**
 * Every valid selector of the lists as one selector list (invalid ones are
 * dropped: one bad entry would make the whole list throw), for a single
 * cheap pre-check before the ordered per-role lookups. '' when none is valid.
 */
export function joinSelectors(...lists: SelectorList[]): string {
  const probe = typeof document === 'undefined' ? null : document.createDocumentFragment();
  const valid = (sel: string): boolean => !probe || safe(() => (probe.querySelector(sel), true), false);
  const unique = lists.flat().filter((sel, i, all) => all.indexOf(sel) === i);
  // One parse when every entry is valid (the usual case), one per entry otherwise.
  const joined = unique.join(', ');
  return valid(joined) ? joined : unique.filter(valid).join(', ');
}

/**
 * A joined list (from joinSelectors) matched on the element itself ('self'),
 * on it or an ancestor ('up'), or on a descendant ('down'). Never throws.
 */
export function joinedHit(el: Element, joined: string, where: 'self' | 'up' | 'down'): boolean {
  if (!joined) return false;
  return safe(() => {
    if (where === 'self') return el.matches(joined);
    if (where === 'up') return el.closest(joined) !== null;
    return el.firstElementChild !== null && el.querySelector(joined) !== null;
  }, false);
}

/**
 * "Could this added subtree hold any of these roles?" in one matches and one
 * querySelector, so the ordered per-role lookups run only where they can
 * find something; most mutations of a busy page (feed items, list rows,
 * hover cards) hold none.
 */
export function mayHold(...lists: SelectorList[]): (el: Element) => boolean {
  const joined = joinSelectors(...lists);
  return (el) => joinedHit(el, joined, 'self') || joinedHit(el, joined, 'down');
}
