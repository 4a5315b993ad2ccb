// Everything the dashboard shows: the ledger's one-pass read
// (ledger/dashboard-read.ts), the reply rates by attempt and the settings.
import type { Channel, Contact, Referral, Settings } from '../core/types';
import { replyRates, type ReplyRate } from '../core/reply-rates';
import { dashboardRead, loadSettings } from '../ledger/queries';
import { pageDb } from '../ui/ledger';

export interface DashRow {
  contact: Contact;
  /** the channel of the latest touch, 'manual' when none */
  channel: Channel;
}

export interface DashData {
  rows: DashRow[];
  referrals: Referral[];
  names: Map<number, string>;
  rates: ReplyRate[];
  settings: Settings;
}

export async function loadDashboard(): Promise<DashData> {
  const db = pageDb();
  const [settings, read] = await Promise.all([loadSettings(db), dashboardRead(db)]);
  return {
    rows: read.rows,
    referrals: read.referrals,
    names: new Map(read.rows.map(({ contact }) => [contact.id!, contact.name])),
    rates: replyRates(read.touches, settings.policy.attemptsBeforeFinal),
    settings,
  };
}
