// Everything the dashboard shows, read in one pass: contacts, each one's
// channels and tags, referrals, and the touches the reply-rate chart needs.
import type { Channel, Contact, Referral, Settings } from '../core/types';
import { replyRates, type RateTouch, type ReplyRate } from '../core/reply-rates';
import { pageDb, readSettings } from '../ui/ledger';

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
  const settings = await readSettings(db);
  const contacts = (await db.contacts.toArray()).filter((c) => !c.mergedInto);
  const latest = new Map<number, { at: number; channel: Channel }>();
  const slim: RateTouch[] = [];
  await db.touches.each((touch) => {
    const seen = latest.get(touch.contactId);
    if (!seen || touch.at >= seen.at) latest.set(touch.contactId, { at: touch.at, channel: touch.channel });
    slim.push({
      contactId: touch.contactId, direction: touch.direction, kind: touch.kind, at: touch.at,
      autoReply: touch.autoReply, scheduled: touch.scheduled,
    });
  });
  const referrals = await db.referrals.toArray();
  return {
    rows: contacts.map((contact) => ({ contact, channel: latest.get(contact.id!)?.channel ?? 'manual' })),
    referrals,
    names: new Map(contacts.map((c) => [c.id!, c.name])),
    rates: replyRates(slim, settings.policy.attemptsBeforeFinal),
    settings,
  };
}
