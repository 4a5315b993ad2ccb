// Gmail's ids and links. A legacy id is 16 hex digits whose top bits are the
// time in ms (id >> 20); `msg-f:`/`thread-f:` ids are the same number in
// decimal. That gives a message date without reading a localized date text.

// Explicit letter ranges rather than the `i` flag: a case-insensitive regexp
// costs its first caller (the content script's start-up) about a millisecond.
const HEX = /^[0-9a-fA-F]{12,16}$/;

/** `thread-f:1748…` / `msg-f:1748…` → the legacy hex id; undefined for `-a:` ids. */
export function legacyFromPerm(id: string | null | undefined): string | undefined {
  const m = /^#?(?:msg|thread)-f:(\d{10,20})$/.exec(id ?? '');
  if (!m) return undefined;
  try {
    return BigInt(m[1]!).toString(16);
  } catch {
    return undefined;
  }
}

/** The time encoded in a legacy hex id, epoch ms; undefined when implausible. */
export function timeFromLegacy(hex: string | null | undefined): number | undefined {
  if (!hex || !HEX.test(hex)) return undefined;
  const ms = Number(BigInt(`0x${hex}`) >> 20n);
  return ms > Date.UTC(2004, 0, 1) && ms < Date.UTC(2100, 0, 1) ? ms : undefined;
}

/** The account index N of `/mail/u/N/` (0 when absent). */
export function accountIndex(pathname: string): number {
  return Number(/\/mail\/u\/(\d+)/.exec(pathname)?.[1] ?? 0);
}

/** A deep link to a thread, or to the Sent folder when the thread has no legacy id yet. */
export function threadUrl(pathname: string, legacyThreadId?: string): string {
  const base = `https://mail.google.com/mail/u/${accountIndex(pathname)}/`;
  return legacyThreadId && HEX.test(legacyThreadId) ? `${base}#all/${legacyThreadId.toLowerCase()}` : `${base}#sent`;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
/** The first email address in a text (page title, an aria-label). */
export function emailIn(text: string | null | undefined): string | undefined {
  return EMAIL.exec(text ?? '')?.[0]?.toLowerCase();
}
const WHOLE_EMAIL = new RegExp(`^${EMAIL.source}$`);
export const isEmail = (s: string | null | undefined): boolean => !!s && WHOLE_EMAIL.test(s);
