// Identity keys used to match imported people with existing contacts: the
// ledger's own normalization (core/identity.ts), so an import finds the
// contacts the detectors created.
import { canonicalLinkedInUrl, looksLikeEmail, normalizeEmail } from '../core/identity';

export function normalizeEmailAddress(raw: string): string | null {
  if (!looksLikeEmail(raw)) return null;
  const e = normalizeEmail(raw);
  return e.length <= 320 ? e : null;
}

/** https://www.linkedin.com/in/<slug>/ for any LinkedIn profile link, else null. */
export const canonicalProfileUrl = (raw: string): string | null => canonicalLinkedInUrl(raw);

/** 'email:<addr>' / 'linkedin:<url>': how the plan indexes identities. */
export const keyOf = (kind: 'email' | 'linkedin', value: string) => `${kind}:${value}`;
