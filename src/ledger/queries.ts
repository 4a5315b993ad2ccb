// Read-only queries for the popup, options page, dashboard and badge.
// Each agenda section is one compound-index range query with a limit.
// CONTRACT (implemented by the ledger): signatures below are fixed.
import type { Contact, Identity, Referral, Section, Touch } from '../core/types';
import type { NudgelineDB } from './db';

export interface AgendaPage {
  rows: Contact[];
  /** rows in the section in all (a count over the same index range) */
  total: number;
}

/** Contacts in one section, soonest due first. */
export declare function agendaSection(db: NudgelineDB, section: Section, opts: { limit: number; offset?: number }): Promise<AgendaPage>;
/** How many are due (DUE_SECTIONS plus open referral duties) at `now`: the badge. */
export declare function dueCount(db: NudgelineDB, now: number): Promise<number>;
/** Contacts whose name or identity contains q (case-insensitive), at most limit. */
export declare function searchContacts(db: NudgelineDB, q: string, limit: number): Promise<Contact[]>;
export interface ContactDetail {
  contact: Contact;
  identities: Identity[];
  touches: Touch[];
  referralsGiven: Referral[];
  referralsReceived: Referral[];
}
export declare function contactDetail(db: NudgelineDB, id: number): Promise<ContactDetail | undefined>;
/** Referrals with an open duty toward the referrer, soonest first. */
export declare function openReferralDuties(db: NudgelineDB, now: number, limit: number): Promise<Referral[]>;
