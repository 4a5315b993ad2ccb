// Reading one agenda group from the ledger. The popup starts the first
// groups' queries before Preact has even rendered (prefetch), so the first
// section is on screen as soon as IndexedDB answers.
import { agendaSection, contactsById, openReferralDuties, rowSummaries, type RowSummary } from '../ledger/queries';
import type { Contact, Referral, Section } from '../core/types';
import { pageDb } from '../ui/ledger';
import type { Group } from './groups';

export interface Loaded {
  rows: { contact: Contact; section: Section; summary: RowSummary }[];
  total: number;
  /** some section stopped counting at its cap: show "total+" */
  capped: boolean;
  duties: { referral: Referral; referrer: Contact; referee?: Contact }[];
  moreDuties: boolean;
}

export async function load(group: Group, limit: number, now: number): Promise<Loaded> {
  const db = pageDb();
  const pages = await Promise.all(group.sections.map((s) => agendaSection(db, s, { limit })));
  const first = pages
    .flatMap((p, i) => p.rows.map((contact) => ({ contact, section: group.sections[i]! })))
    .sort((a, b) => a.contact.dueAt - b.contact.dueAt)
    .slice(0, limit);
  const duties = group.duties ? await openReferralDuties(db, now, limit + 1) : [];
  const shown = duties.slice(0, limit);
  // One batched read for every row's identity and latest touch, one for the duties' people.
  const [summaries, people] = await Promise.all([
    rowSummaries(db, first.map((r) => r.contact)),
    shown.length ? contactsById(db, shown.flatMap((r) => [r.referrerId, ...(r.refereeId !== undefined ? [r.refereeId] : [])])) : new Map<number, Contact>(),
  ]);
  return {
    rows: first.map((r) => ({ ...r, summary: summaries.get(r.contact.id!) ?? {} })),
    total: pages.reduce((n, p) => n + p.total, 0),
    capped: pages.some((p) => p.capped),
    duties: shown.flatMap((referral) => {
      const referrer = people.get(referral.referrerId);
      return referrer ? [{ referral, referrer, referee: referral.refereeId !== undefined ? people.get(referral.refereeId) : undefined }] : [];
    }),
    moreDuties: duties.length > limit,
  };
}

const early = new Map<string, { limit: number; data: Promise<Loaded> }>();

export function prefetch(groups: Group[], limit: number, now: number): void {
  for (const g of groups) early.set(g.id, { limit, data: load(g, limit, now) });
}

/** The prefetched answer for this group and limit, once; later loads query afresh. */
export function takePrefetched(id: string, limit: number): Promise<Loaded> | undefined {
  const hit = early.get(id);
  early.delete(id);
  return hit && hit.limit === limit ? hit.data : undefined;
}
