// A snippet: at most 100 characters of one message body, whitespace
// collapsed, read only when the user turned snippets on. Walks the text
// nodes of that one element and stops as soon as it has enough, so a long
// body (or a quoted history) is never read in full.
import { findFirst } from './selectors';

export const SNIPPET_MAX = 100;

/** Elements whose text is not message text. */
const SKIP = /^(?:STYLE|SCRIPT|TEMPLATE|NOSCRIPT)$/;
/** Elements that break a line: a space between their text and the next. */
const BREAK = /^(?:BR|DIV|P|LI|TR|TD|BLOCKQUOTE|H[1-6]|PRE|TABLE|UL|OL)$/;

/** The first ≤100 chars of `el`'s text, or undefined when empty. */
export function snippetOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  // SHOW_ELEMENT | SHOW_TEXT; a rejected element's subtree is skipped whole.
  const walker = el.ownerDocument.createTreeWalker(el, 0x1 | 0x4, {
    acceptNode: (n) => (n.nodeType === 1 && SKIP.test((n as Element).tagName.toUpperCase()) ? 2 : 1),
  });
  let out = '';
  for (let node = walker.nextNode(); node && out.length <= SNIPPET_MAX; node = walker.nextNode()) {
    if (node.nodeType === 3) out += (node as Text).data.slice(0, SNIPPET_MAX * 2);
    else if (BREAK.test((node as Element).tagName.toUpperCase())) out += ' ';
    out = out.replace(/\s+/g, ' ').trimStart();
  }
  const text = out.trim().slice(0, SNIPPET_MAX).trimEnd();
  return text || undefined;
}

/** `msg` with the snippet of the body inside `root` added, when there is a message and snippets are on. */
export function withSnippet<M extends { snippet?: string }>(
  msg: M | undefined, root: Element, bodySelectors: readonly string[], enabled: (() => boolean) | undefined,
): M | undefined {
  const snippet = msg && snippetIn(root, bodySelectors, enabled);
  return msg && snippet ? { ...msg, snippet } : msg;
}

/**
 * The snippet of the body inside `root`, only when snippets are on; when
 * they are off (or nobody said) the body is never looked up, let alone read.
 */
export function snippetIn(root: Element, bodySelectors: readonly string[], enabled: (() => boolean) | undefined): string | undefined {
  if (enabled?.() !== true) return undefined;
  return snippetOf(findFirst(root, bodySelectors));
}
