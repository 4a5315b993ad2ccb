// The contacts spreadsheet read from the ledger: a merged-away contact is
// part of the one it was merged into, so it is no row of its own, and its
// address shows on the row that holds it.
import { describe, expect, it } from 'vitest';
import { createContact, mergeContacts } from '../../../src/ledger/index';
import { exportContactsCsv } from '../../../src/ledger/export';
import { parseCsv } from '../../../src/data/csv';
import { freshDb, MON } from './helpers';

describe('exportContactsCsv', () => {
  it('leaves merged-away contacts out; their addresses are on the contact that holds them', async () => {
    const db = freshDb();
    const into = await createContact(db, { name: 'Dana Reyes', identities: [{ email: 'dana@work.example' }] }, MON);
    const from = await createContact(db, { name: 'Dana R.', identities: [{ email: 'dana@home.example' }] }, MON);
    await createContact(db, { name: 'Sam Lee', identities: [{ email: 'sam@example.com' }] }, MON);
    await mergeContacts(db, into, from, MON);
    const rows = (await parseCsv((await exportContactsCsv(db)).slice(1))).map((r) => r.fields.slice(0, 2));
    expect(rows).toEqual([['name', 'emails'], ['Dana Reyes', 'dana@work.example dana@home.example'], ['Sam Lee', 'sam@example.com']]);
  });
});
