// Identities: one key per mailbox or profile, whatever form a page shows it in.
import type { IdentityKind } from './types';

export interface PersonLike {
  email?: string;
  profileUrl?: string;
  name?: string;
}

export interface IdentityKey {
  kind: IdentityKind;
  value: string;
  display: string;
}

/** Trim, drop mailto: and <>, lower-case; googlemail.com is gmail.com. */
export function normalizeEmail(s: string): string {
  let e = s.trim().replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim().toLowerCase();
  const at = e.lastIndexOf('@');
  if (at > 0 && e.slice(at + 1) === 'googlemail.com') e = `${e.slice(0, at)}@gmail.com`;
  return e;
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const looksLikeEmail = (s: string): boolean => EMAIL_SHAPE.test(normalizeEmail(s));

/** Hosts LinkedIn serves profiles from: www, bare, mobile, country subdomains (de., uk., …). */
const LINKEDIN_HOST = /^(?:(?:www|m|[a-z]{2})\.)?linkedin\.com$/;

/**
 * 'https://www.linkedin.com/in/<slug>/' for any form of a profile URL (query,
 * hash, locale segment, country subdomain, no scheme), else null.
 */
export function canonicalLinkedInUrl(url: string): string | null {
  const raw = url.trim();
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (!LINKEDIN_HOST.test(u.hostname.toLowerCase())) return null;
  const m = /^\/in\/([^/]+)/i.exec(u.pathname);
  if (!m?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  // Member ids (ACoAA…) are case-sensitive; vanity slugs are not.
  if (!/^ACoA[A-Za-z0-9_-]{10,}$/.test(slug)) slug = slug.toLowerCase();
  if (!slug.trim()) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

const tidyName = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every key a person can be found by: email, LinkedIn profile, name (in that order). */
export function identityKeys(person: PersonLike): IdentityKey[] {
  const keys: IdentityKey[] = [];
  if (person.email && looksLikeEmail(person.email)) {
    keys.push({ kind: 'email', value: normalizeEmail(person.email), display: person.email.trim() });
  }
  const profile = person.profileUrl ? canonicalLinkedInUrl(person.profileUrl) : null;
  if (profile && person.profileUrl) keys.push({ kind: 'linkedin', value: profile, display: person.profileUrl.trim() });
  const name = person.name ? tidyName(person.name) : '';
  if (name) keys.push({ kind: 'name', value: name.toLowerCase(), display: name });
  return keys;
}

// Local parts that belong to machines: no-reply, notifications, bounces, list software.
const AUTOMATED_LOCAL =
  /(?:^|[._+-])(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer-daemon|mailerdaemon|postmaster|bounces?|newsletters?|alerts?|digest|automated|unsubscribe|listserv|majordomo|auto-?confirm|calendar-notification)(?:$|[._+-])/;
const LIST_LOCAL = /(?:-request|-owner|-bounces|-unsubscribe)$|^owner-|^reply\+/;
const AUTOMATED_DOMAIN = /(?:^|\.)(?:lists?|bounces?|bounce|no-?reply|googlegroups\.com$|groups\.io$)(?:\.|$)/;

/** no-reply, notifications, mailer-daemon, mailing-list and similar machine addresses. */
export function isAutomatedAddress(email: string): boolean {
  const e = normalizeEmail(email);
  const at = e.lastIndexOf('@');
  if (at <= 0) return false;
  const local = e.slice(0, at);
  const domain = e.slice(at + 1);
  return AUTOMATED_LOCAL.test(local) || LIST_LOCAL.test(local) || AUTOMATED_DOMAIN.test(domain);
}

/** An identity as stored, or a person as seen on a page. */
export type IgnoreSubject = PersonLike | { kind: IdentityKind; value: string };

/**
 * Whether an ignore-list entry covers this person: an exact address, a domain
 * ('@example.com' or 'example.com', subdomains included) or a profile URL.
 */
export function matchesIgnoreList(subject: IgnoreSubject, list: readonly string[]): boolean {
  const email = 'kind' in subject ? (subject.kind === 'email' ? subject.value : undefined) : subject.email;
  const profile = 'kind' in subject ? (subject.kind === 'linkedin' ? subject.value : undefined) : subject.profileUrl;
  const address = email ? normalizeEmail(email) : undefined;
  const domain = address?.slice(address.lastIndexOf('@') + 1);
  const canonical = profile ? canonicalLinkedInUrl(profile) : null;
  return list.some((rawEntry) => {
    const entry = rawEntry.trim();
    if (!entry) return false;
    const asProfile = /linkedin\.com\//i.test(entry) ? canonicalLinkedInUrl(entry) : null;
    if (asProfile) return asProfile === canonical;
    const e = normalizeEmail(entry);
    if (e.includes('@') && !e.startsWith('@')) return e === address;
    const d = e.replace(/^@/, '');
    return !!domain && !!d && (domain === d || domain.endsWith(`.${d}`));
  });
}
