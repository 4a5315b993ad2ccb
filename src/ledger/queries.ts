// Read-only queries for the popup, options page, dashboard and badge: the
// pages' one read API (they never touch a table themselves). Each agenda
// section is one compound-index range query with a limit.
// CONTRACT (implemented by the ledger): signatures below are fixed.
import type { Contact, Identity, Referral, Section, Touch } from '../core/types';
import { DUE_SECTIONS } from '../core/types';
import type { NudgelineDB } from './db';
import { identitiesOf, touchesOf } from './contact-rows';

export { existingKeys } from './existing-keys';
export { exportBackup, exportContactsCsv } from './export';
export { rowSummaries, type RowSummary } from './row-summaries';
export { contactsById, hasContacts, ledgerCounts, liveContactCount, stagesAreCurrent, type LedgerCounts } from './page-reads';
export { dashboardRead, type DashboardRead } from './dashboard-read';
export { loadSettings } from './settings-store';

export interface AgendaPage {
  rows: Contact[];
  /** rows in the section, counted up to SECTION_COUNT_CAP; -1 when asked not to count */
  total: number;
  /** true when the section holds at least `total` rows (the count stopped at the cap) */
  capped: boolean;
}

/**
 * A heading says "100+" beyond this. Counting walks every index entry of the
 * range (about 10 µs each in Chromium, which checks each against its row), so
 * an exact count of a big section would cost more than its first page.
 */
export const SECTION_COUNT_CAP = 100;
/** The badge says "99+" beyond 99. */
export const BADGE_COUNT_CAP = 100;

// Rows of a section: dueAt from 0 (merged-away rows sit at -1, below every range).
const sectionRange = (db: NudgelineDB, section: Section, upTo: number) =>
  db.contacts.where('[section+dueAt]').between([section, 0], [section, upTo], true, true);

/**
 * How many rows a collection has, stopping at cap. IndexedDB's count() walks
 * the whole range (about 3 ms per 1,000 rows in Chromium); a bounded
 * getAllKeys costs what the cap costs, whatever the section's size.
 */
async function countUpTo(collection: ReturnType<typeof sectionRange>, cap: number): Promise<number> {
  return (await collection.limit(cap).primaryKeys()).length;
}

/**
 * Contacts in one section, soonest due first: one index range with a limit,
 * and beside it (in parallel, so the wait is the longer of the two, not
 * their sum) a capped count.
 */
export async function agendaSection(db: NudgelineDB, section: Section, opts: { limit: number; offset?: number; total?: boolean }): Promise<AgendaPage> {
  const offset = opts.offset ?? 0;
  const range = () => sectionRange(db, section, Number.MAX_SAFE_INTEGER);
  // Past the cap, count one beyond the page: it still knows whether more follow.
  const cap = Math.max(SECTION_COUNT_CAP, offset + opts.limit + 1);
  return db.transaction('r', db.contacts, async () => {
    const [rows, counted] = await Promise.all([
      range().offset(offset).limit(opts.limit).toArray(),
      opts.total === false ? -1 : countUpTo(range(), cap),
    ]);
    if (counted < 0) return { rows, total: -1, capped: false };
    // A short last page knows its total exactly, past the cap too.
    const ended = rows.length < opts.limit && (rows.length > 0 || offset === 0);
    if (ended) return { rows, total: offset + rows.length, capped: false };
    return { rows, total: counted, capped: counted >= cap };
  });
}

/** How many are due (DUE_SECTIONS plus open referral duties) at `now`, up to BADGE_COUNT_CAP: the badge. */
export async function dueCount(db: NudgelineDB, now: number): Promise<number> {
  return db.transaction('r', db.contacts, db.referrals, async () => {
    const counts = await Promise.all([
      ...DUE_SECTIONS.map((s) => countUpTo(sectionRange(db, s, now), BADGE_COUNT_CAP)),
      db.referrals.where('dutyDueAt').belowOrEqual(now).limit(BADGE_COUNT_CAP).primaryKeys().then((k) => k.length),
    ]);
    return Math.min(BADGE_COUNT_CAP, counts.reduce((a, b) => a + b, 0));
  });
}

/** How many are due at `now` in each of `parts` ('duties': open referral duties), uncapped: the digest. */
export async function dueBySection<K extends Section | 'duties'>(db: NudgelineDB, now: number, parts: readonly K[]): Promise<Map<K, number>> {
  return db.transaction('r', db.contacts, db.referrals, async () => {
    const counts = await Promise.all(parts.map((s) =>
      s === 'duties'
        ? db.referrals.where('dutyDueAt').belowOrEqual(now).count()
        : sectionRange(db, s as Section, now).count()));
    return new Map(parts.map((s, i) => [s, counts[i]!]));
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
      identitiesOf(db, id),
      touchesOf(db, id),
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
