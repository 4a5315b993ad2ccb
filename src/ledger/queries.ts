// Read-only queries for the popup, options page, dashboard and badge.
// Each agenda section is one compound-index range query with a limit.
// CONTRACT (implemented by the ledger): signatures below are fixed.
import type { Contact, Identity, Referral, Section, Touch } from '../core/types';
import { DUE_SECTIONS } from '../core/types';
import type { NudgelineDB } from './db';

export interface AgendaPage {
  rows: Contact[];
  /** rows in the section in all (a count over the same index range); -1 when asked not to count */
  total: number;
}

// Rows of a section: dueAt from 0 (merged-away rows sit at -1, below every range).
const sectionRange = (db: NudgelineDB, section: Section, upTo: number) =>
  db.contacts.where('[section+dueAt]').between([section, 0], [section, upTo], true, true);

/**
 * Contacts in one section, soonest due first. Counting a large range costs
 * more than reading the page (about 3 ms per 1,000 rows in Chromium), so the
 * count is skipped when the page itself shows where the section ends, and
 * `total: false` skips it altogether (total is then -1).
 */
export async function agendaSection(db: NudgelineDB, section: Section, opts: { limit: number; offset?: number; total?: boolean }): Promise<AgendaPage> {
  const offset = opts.offset ?? 0;
  const range = () => sectionRange(db, section, Number.MAX_SAFE_INTEGER);
  return db.transaction('r', db.contacts, async () => {
    const rows = await range().offset(offset).limit(opts.limit).toArray();
    if (opts.total === false) return { rows, total: -1 };
    const ended = rows.length < opts.limit && (rows.length > 0 || offset === 0);
    return { rows, total: ended ? offset + rows.length : await range().count() };
  });
}

/** How many are due (DUE_SECTIONS plus open referral duties) at `now`: the badge. */
export async function dueCount(db: NudgelineDB, now: number): Promise<number> {
  return db.transaction('r', db.contacts, db.referrals, async () => {
    const counts = await Promise.all([
      ...DUE_SECTIONS.map((s) => sectionRange(db, s, now).count()),
      db.referrals.where('dutyDueAt').belowOrEqual(now).count(),
    ]);
    return counts.reduce((a, b) => a + b, 0);
  });
}

const SCAN_PAGE = 2_000;
const PREFIX_KINDS = ['email', 'linkedin', 'name'] as const;

/**
 * Contacts whose name or identity contains q (case-insensitive), at most limit.
 * Identity prefixes come first (index ranges); then a paged substring pass
 * over searchText, which stops as soon as the limit is reached.
 */
export async function searchContacts(db: NudgelineDB, q: string, limit: number): Promise<Contact[]> {
  const needle = q.trim().toLowerCase();
  if (!needle || limit <= 0) return [];
  return db.transaction('r', db.contacts, db.identities, async () => {
    const ids = new Set<number>();
    for (const kind of PREFIX_KINDS) {
      const hits = await db.identities.where('[kind+value]').between([kind, needle], [kind, needle + '\uffff'], true, true).limit(limit).toArray();
      for (const i of hits) ids.add(i.contactId);
    }
    const found = (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => !!c && !c.mergedInto).slice(0, limit);
    const seen = new Set(found.map((c) => c.id));
    let after = 0;
    while (found.length < limit) {
      const page = await db.contacts.where(':id').above(after).limit(SCAN_PAGE).toArray();
      if (!page.length) break;
      after = page[page.length - 1]!.id!;
      for (const c of page) {
        if (found.length >= limit) break;
        if (!c.mergedInto && !seen.has(c.id) && (c.searchText ?? c.name.toLowerCase()).includes(needle)) found.push(c);
      }
    }
    return found;
  });
}

export interface ContactDetail {
  contact: Contact;
  identities: Identity[];
  touches: Touch[];
  referralsGiven: Referral[];
  referralsReceived: Referral[];
}

export async function contactDetail(db: NudgelineDB, id: number): Promise<ContactDetail | undefined> {
  return db.transaction('r', db.contacts, db.identities, db.touches, db.referrals, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return undefined;
    const [identities, touches, referralsGiven, referralsReceived] = await Promise.all([
      db.identities.where('contactId').equals(id).toArray(),
      db.touches.where('[contactId+at]').between([id, -Infinity], [id, Infinity], true, true).toArray(),
      db.referrals.where('referrerId').equals(id).toArray(),
      db.referrals.where('refereeId').equals(id).toArray(),
    ]);
    return { contact, identities, touches, referralsGiven, referralsReceived };
  });
}

/** Referrals with an open duty toward the referrer, due at `now`, soonest first. */
export async function openReferralDuties(db: NudgelineDB, now: number, limit: number): Promise<Referral[]> {
  return db.referrals.where('dutyDueAt').belowOrEqual(now).limit(limit).toArray();
}

/** Contacts merged into this one (directly): what "undo merge" would bring back. */
export async function mergedFrom(db: NudgelineDB, id: number): Promise<Contact[]> {
  return db.contacts.where('mergedInto').equals(id).toArray();
}
