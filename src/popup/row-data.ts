// What a row's summary offers: the thread link (https only) and the
// targets of "ignore" (the address and its domain, or the profile).
import type { Identity } from '../core/types';

/** Only https links to a thread are opened; anything else is not a link. */
export function safeThreadUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** What "ignore" offers for this contact: the address and its domain, or the profile. */
export function ignoreTargets(identity: Identity | undefined): { person?: string; domain?: string } {
  if (!identity || identity.kind === 'name') return {};
  if (identity.kind === 'linkedin') return { person: identity.value };
  const at = identity.value.lastIndexOf('@');
  return { person: identity.value, domain: at > 0 ? identity.value.slice(at) : undefined };
}
