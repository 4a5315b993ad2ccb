// Detection health as the content scripts report it: storage.local
// `health:<site>` = { roles, at }. A site is degraded when any role is false.
import { SITES, type Site } from '../core/types';
import { healthKey, localArea, type HealthReport } from '../messaging/storage-keys';
import { t } from '../i18n/t';
import { formatList } from '../i18n/locale';

export interface SiteHealth {
  site: Site;
  /** never reported: the site has not been opened yet */
  seen: boolean;
  degraded: boolean;
  missing: string[];
  at?: number;
}

type Report = Partial<HealthReport> | undefined;

export function healthOf(site: Site, report: Report): SiteHealth {
  if (!report?.roles) return { site, seen: false, degraded: false, missing: [] };
  const missing = Object.entries(report.roles).filter(([, found]) => !found).map(([role]) => role);
  return { site, seen: true, degraded: missing.length > 0, missing, at: report.at };
}

export async function readHealth(): Promise<SiteHealth[]> {
  const local = localArea();
  const stored: Record<string, unknown> = local ? await local.get(SITES.map(healthKey)).catch(() => ({})) : {};
  return SITES.map((site) => healthOf(site, stored[healthKey(site)] as Report));
}

/** Role ids the site adapters report (their selectors.ts), each with its plain-words label. */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  compose: 'healthRole_compose', sendButton: 'healthRole_sendButton', recipients: 'healthRole_recipients',
  subject: 'healthRole_subject', thread: 'healthRole_thread', messages: 'healthRole_messages',
  account: 'healthRole_account', messageBox: 'healthRole_messageBox', participant: 'healthRole_participant',
  conversation: 'healthRole_conversation', adapter: 'healthRole_adapter',
  sendUnrecognized: 'healthSendUnrecognized',
};

/** "the Send button" for 'sendButton'; an unknown role id is shown as it is. */
export function roleLabel(role: string): string {
  const key = Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role] : undefined;
  return key ? t(key) : role;
}

/** The missing roles of a site, in plain words, without repeats. */
export function missingInWords(missing: string[]): string {
  return formatList([...new Set(missing.map(roleLabel))]);
}
