// Each real-shaped fixture imports to the people it holds, or is refused
// with a message that says what is wrong and where.
import { describe, expect, it } from 'vitest';
import { readImport, type ReadResult } from '../../../src/data/read-import';
import { ImportError } from '../../../src/data/errors';
import type { ParsedPeople } from '../../../src/data/person';
import { fixtureFile } from './helpers';

const people = (r: ReadResult): ParsedPeople => {
  if (r.kind !== 'people') throw new Error(`expected people, got ${r.kind}`);
  return r.parsed;
};

describe('LinkedIn Connections.csv', () => {
  it('reads past the notes, BOM and CRLF, with quoted commas, quotes, newlines and non-Latin names', async () => {
    const p = people(await readImport(fixtureFile('linkedin-connections.csv')));
    expect(p.format).toBe('linkedin');
    const byName = new Map(p.people.toReversed().map((x) => [x.name, x]));
    expect(byName.get('Dana Whitfield')).toMatchObject({
      emails: [], profileUrl: 'https://www.linkedin.com/in/dana-whitfield-4a1b2c/', notes: 'Head of Sales, EMEA · Acme Robotics', line: 5,
    });
    expect(byName.get("Renée O'Connor")).toMatchObject({ emails: ['renee.oconnor@example.org'], notes: 'Partner · Smith, Jones & Partners' });
    expect(byName.get('张 伟')?.profileUrl).toBe('https://www.linkedin.com/in/zhang-wei-88/');
    expect(byName.get('Олена Коваленко')?.profileUrl).toBe(`https://www.linkedin.com/in/${encodeURIComponent('олена-k')}/`);
    expect(byName.get('Sam "The Closer" Lee')).toMatchObject({ emails: ['sam.lee@example.com'], notes: 'Founder · Lee Ventures' });
  });

  it('keeps the duplicate row for the preview to skip, and skips rows with no identity', async () => {
    const p = people(await readImport(fixtureFile('linkedin-connections.csv')));
    expect(p.people.filter((x) => x.name === 'Dana Whitfield')).toHaveLength(2);
    expect(p.skipped).toEqual([{ line: 13, reason: 'no-identity', label: 'Ghost Member' }]);
    expect(p.rows).toBe(7);
  });

  it('refuses a file cut inside a quoted field, at the line of that row', async () => {
    const err = await readImport(fixtureFile('truncated-connections.csv')).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importUnclosedQuote', line: 6 });
  });

  it('refuses a file cut mid-row', async () => {
    const err = await readImport(fixtureFile('truncated-short-row.csv')).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importTruncated', line: 3, subs: [3, 7] });
  });
});

describe('vCard', () => {
  it('reads Google Contacts 3.0: preferred email first, escaped commas, grouped URL, N when FN is missing', async () => {
    const p = people(await readImport(fixtureFile('google-contacts.vcf')));
    expect(p.people).toEqual([
      { line: 1, name: 'Priya Raman', emails: ['praman@work.example.com', 'priya.raman@example.com'], profileUrl: 'https://www.linkedin.com/in/priyaraman/', notes: 'VP Partnerships · Northwind Traders' },
      { line: 13, name: 'Jean-Luc Dubois, PhD', emails: ['jl.dubois@exemple.fr'], profileUrl: 'https://www.linkedin.com/in/jldubois/' },
      { line: 26, name: 'Haruki Nakamura', emails: ['haruki.nakamura@example.jp'] },
    ]);
    expect(p.skipped).toEqual([{ line: 21, reason: 'no-identity', label: 'Only A Phone' }]);
  });

  it('reads Apple 3.0, 4.0 and quoted-printable 2.1 cards, folded lines and social profiles', async () => {
    const p = people(await readImport(fixtureFile('apple-contacts.vcf')));
    expect(p.people.map((x) => [x.name, x.emails[0], x.profileUrl])).toEqual([
      ['Chinedu Okafor', 'chinedu@lagoscapital.example', 'https://www.linkedin.com/in/chinedu-okafor/'],
      ['Zoë Müller-Lüdenscheidt', 'zoe.mueller@firma.example.de', 'https://www.linkedin.com/in/zoe-mueller/'],
      ['Björn Åström', 'bjorn@example.se', undefined],
      ['Chinedu O.', 'chinedu@lagoscapital.example', undefined],
    ]);
    expect(p.people[0]!.emails).toHaveLength(2);
  });

  it('refuses a card without END:VCARD, naming the line where it begins', async () => {
    const err = await readImport(fixtureFile('truncated.vcf')).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importVcardUnclosed', line: 6 });
  });
});

describe('generic CSV', () => {
  it('guesses name/email/profile columns, with ; as delimiter', async () => {
    const r = await readImport(fixtureFile('generic-semicolon.csv'));
    const p = people(r);
    expect(p.people.map((x) => [x.line, x.name, x.emails, x.profileUrl])).toEqual([
      [2, 'Ana Souza', ['ana.souza@example.br'], undefined],
      [3, 'Kim; Min-jun', ['minjun.kim@example.kr'], 'https://www.linkedin.com/in/minjun-kim/'],
      [6, 'Ana S.', ['ana.souza@example.br'], undefined],
    ]);
    expect(p.skipped).toEqual([{ line: 4, reason: 'bad-email', label: 'Broken Address' }]);
  });

  it('reads Google Contacts CSV: first+last name, multi-address cells, value columns only', async () => {
    const p = people(await readImport(fixtureFile('google-contacts.csv')));
    expect(p.people).toEqual([
      { line: 2, name: 'Lars Nilsson', emails: ['lars@nilsson.example', 'lars.n@example.com'], profileUrl: 'https://www.linkedin.com/in/larsnilsson/' },
      { line: 3, name: 'Mei Chen', emails: ['mei.chen@example.com', 'mei@chen-co.example'] },
    ]);
  });

  it('uses the mapping the user chose', async () => {
    const p = people(await readImport(fixtureFile('generic-semicolon.csv'), { mapping: { name: [3], email: [1], profile: [] } }));
    expect(p.people[0]).toMatchObject({ name: 'Vale', emails: ['ana.souza@example.br'] });
  });

  it('asks for a mapping when no column holds a name, email or profile (a wrong header)', async () => {
    const r = await readImport(fixtureFile('wrong-header.csv'));
    expect(r.kind).toBe('needs-mapping');
    if (r.kind !== 'needs-mapping') return;
    expect(r.error).toBeInstanceOf(ImportError);
    expect(r.error).toMatchObject({ key: 'importNoColumns', line: 1 });
  });
});

describe('backup file', () => {
  it('refuses broken JSON at the line of the error', async () => {
    const err = await readImport(fixtureFile('broken-backup.json')).catch((e: unknown) => e);
    expect(err).toMatchObject({ key: 'importBadJson', line: 6 });
  });
});
