import { describe, expect, it } from 'vitest';
import { planImport, planImportInSlices } from '../../../src/data/plan';
import type { ImportPerson } from '../../../src/data/person';

const p = (line: number, name: string, emails: string[], profileUrl?: string): ImportPerson =>
  profileUrl ? { line, name, emails, profileUrl } : { line, name, emails };
const LI = (slug: string) => `https://www.linkedin.com/in/${slug}/`;

describe('planImport', () => {
  it('adds new people, merges ones the ledger knows by email or profile, skips repeats within the file', () => {
    const existing = new Map([['email:known@x.com', 7], [`linkedin:${LI('dana')}`, 9]]);
    const plan = planImport([
      p(2, 'New Person', ['new@x.com']),
      p(3, 'Known', ['known@x.com'], LI('known')),
      p(4, 'Dana', [], LI('dana')),
      p(5, 'New again', ['other@x.com', 'new@x.com']),
      p(6, 'Dana W', ['dana@x.com'], LI('dana')),
    ], existing, [{ line: 1, reason: 'no-identity', label: 'x' }]);
    expect(plan.add.map((x) => x.line)).toEqual([2]);
    expect(plan.merge).toEqual([
      { contactId: 7, person: expect.objectContaining({ line: 3 }), newKeys: [`linkedin:${LI('known')}`] },
      { contactId: 9, person: expect.objectContaining({ line: 4 }), newKeys: [] },
    ]);
    expect(plan.skip).toEqual([
      { line: 1, reason: 'no-identity', label: 'x' },
      { line: 5, reason: 'duplicate', label: 'New again', sameAs: 2 },
      { line: 6, reason: 'duplicate', label: 'Dana W', sameAs: 4 },
    ]);
  });

  // Adding B's identity to A would break the unique index and abort the whole import.
  it('merges into the first contact the row matches, never taking an identity another contact holds', () => {
    const existing = new Map([['email:ana@x.com', 3], [`linkedin:${LI('ana-b')}`, 8]]);
    const plan = planImport([p(2, 'Ana', ['ana@x.com', 'ana@home.example'], LI('ana-b'))], existing);
    expect(plan.merge).toEqual([{ contactId: 3, person: expect.objectContaining({ line: 2 }), newKeys: ['email:ana@home.example'] }]);
  });

  it('accounts for every row exactly once', () => {
    const people = Array.from({ length: 200 }, (_, i) => p(i + 2, `n${i}`, [`u${i % 150}@x.com`]));
    const existing = new Map(Array.from({ length: 50 }, (_, i) => [`email:u${i * 3}@x.com`, i + 1] as [string, number]));
    const plan = planImport(people, existing);
    expect(plan.add.length + plan.merge.length + plan.skip.length).toBe(200);
    expect(plan.skip).toHaveLength(50);
    expect(plan.merge).toHaveLength(50);
  });
});

describe('planImportInSlices', () => {
  it('gives the same plan as planImport, pausing between slices', async () => {
    const people = Array.from({ length: 2_500 }, (_, i) => p(i + 2, `n${i}`, [`u${i % 2_000}@x.com`]));
    const existing = new Map([['email:u7@x.com', 3]]);
    let pauses = 0;
    const sliced = await planImportInSlices(people, existing, [], async () => {
      pauses++;
    }, 500);
    expect(sliced).toEqual(planImport(people, existing));
    expect(pauses).toBe(5);
  });
});
