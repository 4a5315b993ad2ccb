// Who sent a message: a content script on a supported site, one of our own
// pages, or someone we refuse. Decided from the sender the browser reports,
// never from anything inside the message.
import type { Site } from '../core/types';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type SenderKind = { kind: 'content'; site: Site } | { kind: 'page' };

const SITE_HOSTS: Record<string, Site> = {
  'mail.google.com': 'gmail',
  'www.linkedin.com': 'linkedin',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.live.com': 'outlook',
};

export function siteOfUrl(url: string | undefined): Site | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:') return null;
    return SITE_HOSTS[u.hostname] ?? null;
  } catch {
    return null;
  }
}

/** extensionBase: runtime.getURL(''), e.g. chrome-extension://<id>/ */
export function classifySender(sender: SenderInfo, extensionId: string, extensionBase: string): SenderKind | null {
  if (sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionBase)) return { kind: 'page' };
  const site = siteOfUrl(sender.url);
  // A content script always runs in a tab; a page on a supported host without one is not ours.
  return site && sender.tab ? { kind: 'content', site } : null;
}
