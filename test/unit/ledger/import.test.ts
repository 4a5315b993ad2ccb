// Writing an import: one transaction, everything or nothing, merged into
// contacts the ledger already knows.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport } from '../../../src/ledger/import';
import { readImport } from '../../../src/data/read-import';
import { fixtureFile, linkedInExport, memoryFile } from '../data/helpers';
import { counts } from '../data/seed';
import { searchContacts } from '../../../src/ledger/queries';
import { dbsPerTest } from './helpers';

const NOW = Date.UTC(2026, 10, 20, 12);
const fresh = dbsPerTest();
afterEach(() => {
  vi.restoreAllMocks();
});

async function peopleOf(file: Parameters<typeof readImport>[0]) {
  const r = await readImport(file);
  if (r.kind !== 'people') throw new Error(r.kind);
  return r.parsed.people;
}

describe('applyImport', () => {
  it('adds new contacts with their identities, stage new and nothing due', async () => {
    const db = fresh();
    const result = await applyImport(db, await peopleOf(fixtureFile('linkedin-connections.csv')), NOW);
    expect(result).toEqual({ added: 5, merged: 0, skipped: 1 });
    expect(await counts(db)).toMatchObject({ contacts: 5, identities: 7, touches: 0 });
    const dana = await db.contacts.filter((c) => c.stage === 'new' && c.name === 'Dana Whitfield').first();
    expect(dana).toMatchObject({ section: 'new', attempt: 0, createdAt: NOW, notes: 'Head of Sales, EMEA · Acme Robotics' });
  });

  it('importing the same file again merges everyone and adds nothing', async () => {
    const db = fresh();
    const people = await peopleOf(fixtureFile('apple-contacts.vcf'));
    await applyImport(db, people, NOW);
    const before = await counts(db);
    expect(await applyImport(db, people, NOW)).toEqual({ added: 0, merged: 3, skipped: 1 });
    expect(await counts(db)).toEqual(before);
  });

  it('adds a newly learned address to the contact it matched', async () => {
    const db = fresh();
    await applyImport(db, [{ line: 2, name: 'Lars', emails: [], profileUrl: 'https://www.linkedin.com/in/larsnilsson/' }], NOW);
    await applyImport(db, await peopleOf(fixtureFile('google-contacts.csv')), NOW);
    const lars = await db.identities.where('[kind+value]').equals(['linkedin', 'https://www.linkedin.com/in/larsnilsson/']).first();
    const ids = await db.identities.where('contactId').equals(lars!.contactId).toArray();
    expect(ids.map((i) => i.value).sort()).toEqual(['https://www.linkedin.com/in/larsnilsson/', 'lars.n@example.com', 'lars@nilsson.example']);
    expect(await db.contacts.count()).toBe(2);
  });

  it('a merge fills empty notes only, and the contact is found by the address it learned', async () => {
    const db = fresh();
    await applyImport(db, [
      { line: 2, name: 'Ana', emails: ['ana@a.example'], notes: 'mine' },
      { line: 3, name: 'Bo', emails: ['bo@b.example'] },
    ], NOW);
    // Two rows of one file can match the same contact through different addresses.
    const result = await applyImport(db, [
      { line: 2, name: 'Ana', emails: ['ana@a.example', 'ana@new.example'], notes: 'from file' },
      { line: 3, name: 'Bo', emails: ['bo@b.example'], notes: 'Engineer' },
      { line: 4, name: 'Bo B', emails: ['bo@b.example'] },
    ], NOW);
    expect(result).toEqual({ added: 0, merged: 2, skipped: 1 });
    const [ana] = await searchContacts(db, 'ana@new', 5);
    expect(ana).toMatchObject({ name: 'Ana', notes: 'mine' });
    expect((await searchContacts(db, 'bo@b', 5)).map((c) => c.notes)).toEqual(['Engineer']);
  });

  it('finds existing contacts the same way when the ledger holds more identities than the file', async () => {
    const db = fresh();
    await applyImport(db, await peopleOf(memoryFile('Connections.csv', linkedInExport(30))), NOW);
    const before = await counts(db);
    const one = (await peopleOf(memoryFile('Connections.csv', linkedInExport(30)))).slice(4, 5);
    expect(await applyImport(db, one, NOW)).toEqual({ added: 0, merged: 1, skipped: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('writes nothing when the transaction fails partway', async () => {
    const db = fresh();
    await db.open();
    vi.spyOn(db.identities, 'bulkAdd').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(applyImport(db, await peopleOf(fixtureFile('google-contacts.vcf')), NOW)).rejects.toThrow('QuotaExceededError');
    expect(await counts(db)).toEqual({ contacts: 0, identities: 0, touches: 0, referrals: 0 });
  });

  it('writes 50,000 rows in one transaction', async () => {
    const db = fresh();
    const people = await peopleOf(memoryFile('Connections.csv', linkedInExport(50_000)));
    expect(await applyImport(db, people, NOW)).toEqual({ added: 50_000, merged: 0, skipped: 0 });
    expect(await counts(db)).toMatchObject({ contacts: 50_000, identities: 50_000 + Math.ceil(50_000 / 3) });
  }, 60_000);
});
