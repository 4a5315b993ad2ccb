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
 * Several roles' selectors as one pre-check before the ordered per-role
 * lookups: invalid entries dropped (one bad entry would make a whole list
 * throw), duplicates once. Looking up at an element (matches, closest), a
 * joined list is one call; looking down into a subtree, one query per
 * selector is far cheaper: Chromium's querySelector matches a list of
 * selectors element by element on its slow path. `npm run bench` (subtree
 * pre-check): the Gmail adapter's 18 selectors over a 5,000-element page,
 * 1.2 ms as one list against 0.11 ms one by one; on a 19-element list row
 * both about 6 µs.
 */
export interface JoinedSelectors {
  /** 'a, b, c': '' when none is valid */
  readonly list: string;
  /** the same selectors one by one */
  readonly each: readonly string[];
}

export function joinSelectors(...lists: SelectorList[]): JoinedSelectors {
  const probe = typeof document === 'undefined' ? null : document.createDocumentFragment();
  const valid = (sel: string): boolean => !probe || safe(() => (probe.querySelector(sel), true), false);
  const unique = lists.flat().filter((sel, i, all) => all.indexOf(sel) === i);
  // One parse when every entry is valid (the usual case), one per entry otherwise.
  const each = valid(unique.join(', ')) ? unique : unique.filter(valid);
  return { list: each.join(', '), each };
}

/**
 * Joined selectors matched on the element itself ('self'), on it or an
 * ancestor ('up'), or on a descendant ('down'). Never throws.
 */
export function joinedHit(el: Element, joined: JoinedSelectors, where: 'self' | 'up' | 'down'): boolean {
  if (!joined.list) return false;
  return safe(() => {
    if (where === 'self') return el.matches(joined.list);
    if (where === 'up') return el.closest(joined.list) !== null;
    return el.firstElementChild !== null && joined.each.some((sel) => el.querySelector(sel) !== null);
  }, false);
}

/**
 * "Could this added subtree hold any of these roles?" before the ordered
 * per-role lookups run, so they run only where they can find something;
 * most mutations of a busy page (feed items, list rows, hover cards) hold none.
 */
export function mayHold(...lists: SelectorList[]): (el: Element) => boolean {
  const joined = joinSelectors(...lists);
  return (el) => joinedHit(el, joined, 'self') || joinedHit(el, joined, 'down');
}
