import { describe, expect, it } from 'vitest';
import { contactsToCsv, csvCell } from '../../../src/data/export-csv';
import { parseCsv } from '../../../src/data/csv';
import { NEVER, type Contact } from '../../../src/core/types';

const contact = (id: number, over: Partial<Contact> = {}): Contact => ({
  id, name: `P${id}`, tags: [], notes: '', keepWarm: false, archived: false, createdAt: 0, stage: 'waiting',
  section: 'waiting', dueAt: NEVER, cameBack: false, attempt: 1, lastTouchAt: 0, ...over,
});

describe('contacts CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1+2', "'-1+2"],
  ])('cell %s', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });

  it('writes stage, last touch and next due per contact, and reads back', async () => {
    const csv = contactsToCsv([
      contact(1, { name: 'Dana, W', stage: 'nudge-due', lastTouchAt: new Date(2026, 10, 2, 10).getTime(), dueAt: new Date(2026, 10, 5, 0).getTime(), tags: ['vip'], notes: 'line1\nline2' }),
      contact(3, { name: '张伟' }),
    ], [
      { contactId: 1, kind: 'email', value: 'dana@x.com' },
      { contactId: 1, kind: 'linkedin', value: 'https://www.linkedin.com/in/dana/' },
      { contactId: 3, kind: 'email', value: 'zw@x.cn' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = (await parseCsv(csv.slice(1))).map((r) => r.fields);
    expect(rows).toEqual([
      ['name', 'emails', 'linkedin', 'stage', 'attempt', 'last_touch', 'next_due', 'tags', 'notes'],
      ['Dana, W', 'dana@x.com', 'https://www.linkedin.com/in/dana/', 'nudge-due', '1', '2026-11-02', '2026-11-05', 'vip', 'line1\nline2'],
      ['张伟', 'zw@x.cn', '', 'waiting', '1', '', '', '', ''],
    ]);
  });
});
