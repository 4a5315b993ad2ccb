// Read queries: agenda sections straight from the [section+dueAt] index,
// the badge count, search, contact detail, referral duties.
import * as fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { NudgelineDB } from '../../../src/ledger/db';
import { BADGE_COUNT_CAP, SECTION_COUNT_CAP, agendaSection, contactDetail, dueCount, openReferralDuties, searchContacts } from '../../../src/ledger/queries';
import { newContact } from '../../../src/ledger/people';
import { observe } from '../../../src/ledger/observe';
import { DUE_SECTIONS, NEVER, SECTIONS, type Contact, type Section } from '../../../src/core/types';
import { MON, freshDb, received, sent } from './helpers';

let db: NudgelineDB;
afterEach(() => db?.delete());

const row = (name: string, section: Section, dueAt: number, extra: Partial<Contact> = {}): Contact =>
  ({ ...newContact(name, 0), section, dueAt, ...extra });

const arbRows = fc.array(
  fc.record({ section: fc.constantFrom(...SECTIONS), dueAt: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(NEVER)) }),
  { maxLength: 60 },
);

describe('agendaSection', () => {
  it('equals a brute-force sort of the table, page by page, soonest first', async () => {
    await fc.assert(fc.asyncProperty(arbRows, fc.constantFrom(...SECTIONS), fc.integer({ min: 1, max: 7 }), async (rows, section, limit) => {
      db = freshDb();
      await db.contacts.bulkAdd(rows.map((r, i) => row(`c${i}`, r.section, r.dueAt)));
      const all = (await db.contacts.toArray()).filter((c) => c.section === section)
        .sort((a, b) => a.dueAt - b.dueAt || a.id! - b.id!);
      for (let offset = 0; offset <= all.length + limit; offset += limit) {
        const page = await agendaSection(db, section, { limit, offset });
        expect(page.total).toBe(all.length);
        expect(page.rows.map((c) => c.id)).toEqual(all.slice(offset, offset + limit).map((c) => c.id));
        expect((await agendaSection(db, section, { limit, offset, total: false })).total).toBe(-1);
      }
      await db.delete();
    }), { numRuns: 25 });
  });

  it('counts a large section only up to the cap and says so', async () => {
    db = freshDb();
    const many = SECTION_COUNT_CAP + 40;
    await db.contacts.bulkAdd(Array.from({ length: many }, (_, i) => row(`w${i}`, 'waiting', i)));
    await db.contacts.bulkAdd([row('n1', 'nudge-due', 1), row('n2', 'nudge-due', 2)]);
    const big = await agendaSection(db, 'waiting', { limit: 20 });
    expect(big.rows.map((c) => c.dueAt)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(big).toMatchObject({ total: SECTION_COUNT_CAP, capped: true });
    expect(await agendaSection(db, 'nudge-due', { limit: 20 })).toMatchObject({ total: 2, capped: false });
    const exact = SECTION_COUNT_CAP - 1;
    await db.contacts.filter((c) => c.section === 'waiting' && c.dueAt >= exact).delete();
    expect(await agendaSection(db, 'waiting', { limit: 20 })).toMatchObject({ total: exact, capped: false });
  });

  it('past the cap, a deeper page still knows that more rows follow it', async () => {
    db = freshDb();
    await db.contacts.bulkAdd(Array.from({ length: SECTION_COUNT_CAP + 40 }, (_, i) => row(`w${i}`, 'waiting', i)));
    const deep = await agendaSection(db, 'waiting', { limit: SECTION_COUNT_CAP + 20 });
    expect(deep.rows).toHaveLength(SECTION_COUNT_CAP + 20);
    expect(deep.total).toBeGreaterThan(deep.rows.length);
    expect(deep.capped).toBe(true);
    const all = await agendaSection(db, 'waiting', { limit: SECTION_COUNT_CAP + 60 });
    expect(all).toMatchObject({ total: SECTION_COUNT_CAP + 40, capped: false });
  });

  it('never shows merged-away contacts', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([row('kept', 'archived', NEVER), row('gone', 'archived', -1, { mergedInto: 1 })]);
    expect((await agendaSection(db, 'archived', { limit: 10 })).rows.map((c) => c.name)).toEqual(['kept']);
  });
});

describe('dueCount', () => {
  it('counts due sections up to now plus referral duties due', async () => {
    db = freshDb();
    await db.contacts.bulkAdd([
      row('a', 'nudge-due', 10), row('b', 'final-due', 20), row('c', 'nudge-due', 31),
      row('d', 'waiting', 5), row('e', 'let-go', NEVER), row('f', 'came-back', 30),
    ]);
    await db.referrals.bulkAdd([
      { referrerId: 1, mayUseName: true, status: 'named', createdAt: 0, duty: 'thank', dutyDueAt: 25 },
      { referrerId: 2, mayUseName: true, status: 'named', createdAt: 0, dutyDueAt: NEVER },
    ]);
    expect(await dueCount(db, 30)).toBe(4);
    expect(DUE_SECTIONS).toContain('came-back');
    expect((await openReferralDuties(db, 30, 10)).map((r) => r.duty)).toEqual(['thank']);
  });

  it('stops counting at the badge cap', async () => {
    db = freshDb();
    await db.contacts.bulkAdd(Array.from({ length: BADGE_COUNT_CAP + 30 }, (_, i) => row(`n${i}`, i % 2 ? 'nudge-due' : 'final-due', 1)));
    expect(await dueCount(db, 30)).toBe(BADGE_COUNT_CAP);
  });
});

describe('searchContacts and contactDetail', () => {
  it('finds by email prefix, name substring and LinkedIn slug, case-insensitively, within the limit', async () => {
    db = freshDb();
    await observe(db, [
      sent({ eventId: '1', messageId: '1', to: [{ email: 'dana@acme.example', name: 'Dana Reyes' }] }),
      sent({ eventId: '2', messageId: '2', to: [{ email: 'sam@other.example', name: 'Samuel Okafor' }] }),
      sent({ site: 'linkedin', eventId: '3', messageId: '3', to: [{ name: 'Lee Park', profileUrl: 'https://www.linkedin.com/in/leepark/' }] }),
    ], MON);
    const names = async (q: string, limit = 10) => (await searchContacts(db, q, limit)).map((c) => c.name).sort();
    expect(await names('DANA')).toEqual(['Dana Reyes']);
    expect(await names('okaf')).toEqual(['Samuel Okafor']);
    expect(await names('leepark')).toEqual(['Lee Park']);
    expect(await names('.example')).toEqual(['Dana Reyes', 'Samuel Okafor']);
    expect(await names('.example', 1)).toHaveLength(1);
    expect(await names('nobody')).toEqual([]);
  });

  // Speed is measured by npm run bench in Chromium; here only the answer.
  it('finds the one match among 10,000 contacts by substring', async () => {
    db = freshDb();
    await db.contacts.bulkAdd(Array.from({ length: 10_000 }, (_, i) => row(`Person ${i}`, 'waiting', i, { searchText: `person ${i} p${i}@example.com` })));
    const hits = await searchContacts(db, 'p9999@', 20);
    expect(hits.map((c) => c.name)).toEqual(['Person 9999']);
  });

  it('contactDetail returns identities and the timeline in time order', async () => {
    db = freshDb();
    const { contactIds } = await observe(db, [received({ at: MON + 5 }), sent()], MON);
    await observe(db, [received({ at: MON + 5 })], MON);
    const d = (await contactDetail(db, contactIds[0]!))!;
    expect(d.identities.map((i) => i.value)).toEqual(['dana@example.com']);
    expect(d.touches.map((t) => t.direction)).toEqual(['out', 'in']);
    expect(await contactDetail(db, 999)).toBeUndefined();
  });
});
