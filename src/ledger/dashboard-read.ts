// Everything the dashboard shows, read in one pass: live contacts with the
// channel of each one's latest touch, the touches as the reply-rate rules
// read them, and the referrals.
import type { Channel, Contact, Referral } from '../core/types';
import type { RateTouch } from '../core/reply-rates';
import type { NudgelineDB } from './db';

export interface DashboardRead {
  rows: { contact: Contact; channel: Channel }[];
  touches: RateTouch[];
  referrals: Referral[];
}

export async function dashboardRead(db: NudgelineDB): Promise<DashboardRead> {
  return db.transaction('r', db.contacts, db.touches, db.referrals, async () => {
    const contacts = (await db.contacts.toArray()).filter((c) => !c.mergedInto);
    const latest = new Map<number, { at: number; channel: Channel }>();
    const touches: RateTouch[] = [];
    await db.touches.each((touch) => {
      const seen = latest.get(touch.contactId);
      if (!seen || touch.at >= seen.at) latest.set(touch.contactId, { at: touch.at, channel: touch.channel });
      touches.push({
        contactId: touch.contactId, direction: touch.direction, kind: touch.kind, at: touch.at,
        autoReply: touch.autoReply, scheduled: touch.scheduled,
      });
    });
    // 'manual' when a contact has no touch yet.
    const rows = contacts.map((contact) => ({ contact, channel: latest.get(contact.id!)?.channel ?? 'manual' as Channel }));
    return { rows, touches, referrals: await db.referrals.toArray() };
  });
}
