import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../../src/dashboard/App';
import { ReplyChart } from '../../../src/dashboard/ReplyChart';
import { ReferralChains } from '../../../src/dashboard/ReferralChains';
import { applyQuery, type TableQuery } from '../../../src/dashboard/table-model';
import { replyRates } from '../../../src/core/reply-rates';
import { DAY_MS, NEVER, type Referral } from '../../../src/core/types';
import { pageDb } from '../../../src/ui/ledger';
import { NOW, contact, reset, touch } from './seed';

beforeEach(reset);
afterEach(cleanup);

const tableNames = () => [...document.querySelectorAll('table.contacts tbody .name-cell')].map((td) => td.textContent);

const ref = (id: number, referrerId: number, refereeId: number, over: Partial<Referral> = {}): Referral => ({
  id, referrerId, refereeId, mayUseName: false, status: 'named', createdAt: NOW, dutyDueAt: NEVER, ...over,
});
const q = (over: Partial<TableQuery>): TableQuery => ({ stage: '', channel: '', tag: '', text: '', sort: 'name', desc: false, page: 0, ...over });

describe('dashboard', () => {
  it('charts reply rates from the ledger and lists every contact but merged-away ones', async () => {
    const [a, b, gone] = [contact('Ann', 'reply-owed'), contact('Ben', 'nudge-due', { tags: ['vc'] }), contact('Old', 'waiting', { mergedInto: 1 })];
    await pageDb().contacts.bulkAdd([a, b, gone]);
    await pageDb().touches.bulkAdd([
      touch(a.id!, { at: NOW - 9 * DAY_MS }), touch(a.id!, { at: NOW - 8 * DAY_MS, direction: 'in', channel: 'linkedin' }),
      touch(b.id!, { at: NOW - 9 * DAY_MS }),
    ]);
    render(<App />);
    await screen.findByRole('img', { name: /Reply rate/ });
    expect([...document.querySelectorAll('.chart-svg text.sub')].map((label) => label.textContent)).toEqual(['1 of 2', '0 of 0', '0 of 0', '0 of 0']);
    expect(tableNames().sort()).toEqual(['Ann', 'Ben']);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'vc' } });
    expect(tableNames()).toEqual(['Ben']);
  });

  it('renders one bar per attempt slot, its height following the rate', () => {
    const rates = replyRates([
      { contactId: 1, direction: 'out', kind: 'message', at: 1 }, { contactId: 1, direction: 'in', kind: 'message', at: 2 },
      { contactId: 2, direction: 'out', kind: 'message', at: 1 },
    ], 3);
    render(<ReplyChart rates={rates} />);
    const svg = screen.getByRole('img', { name: /Reply rate by attempt number/ });
    const heights = [...svg.querySelectorAll('g.bar rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights).toHaveLength(4);
    expect(heights[0]).toBeGreaterThan(heights[1]!);
    expect([...svg.querySelectorAll('text.value')].map((v) => v.textContent)).toEqual(['50%', '–', '–', '–']);
    expect(svg.querySelector('desc')!.textContent).toContain('First message: 50% (1 of 2)');
  });

  it('shows referral chains nested, with permission and open duties', () => {
    const names = new Map([[1, 'Ann'], [2, 'Ben'], [3, 'Cleo']]);
    render(<ReferralChains referrals={[ref(1, 1, 2, { mayUseName: true, duty: 'thank', dutyDueAt: NOW }), ref(2, 2, 3)]} names={names} />);
    const outer = document.querySelector('.chains > div > ul.chain > li')!;
    expect(outer.querySelector('.link-row')!.textContent).toMatch(/Ann.*Ben.*may use their name.*to do: say thank you/);
    expect(outer.querySelector('ul.chain .link-row')!.textContent).toMatch(/Ben.*Cleo.*do not use their name/);
  });
});

describe('table model', () => {
  const rows = Array.from({ length: 120 }, (_, i) => ({
    contact: contact(`P${String(i).padStart(3, '0')}`, i % 2 ? 'waiting' : 'nudge-due', { lastTouchAt: i, tags: i % 3 ? [] : ['x'] }),
    channel: (i % 4 ? 'gmail' : 'linkedin') as 'gmail' | 'linkedin',
  }));

  it.each([
    [{}, 120, 'P000'],
    [{ desc: true }, 120, 'P119'],
    [{ stage: 'waiting' as const }, 60, 'P001'],
    [{ channel: 'linkedin' as const }, 30, 'P000'],
    [{ tag: 'x' }, 40, 'P000'],
    [{ text: 'p11' }, 10, 'P110'],
    [{ sort: 'lastTouchAt' as const, desc: true }, 120, 'P119'],
  ])('%o keeps %i rows, first %s', (over, total, first) => {
    const r = applyQuery(rows, q(over));
    expect(r.total).toBe(total);
    expect(r.page[0]!.contact.name).toBe(first);
    expect(r.page.length).toBeLessThanOrEqual(50);
  });

  it('pages 50 at a time and clamps past the end', () => {
    expect(applyQuery(rows, q({ page: 2 })).page.map((r) => r.contact.name)).toEqual(rows.slice(100).map((r) => r.contact.name));
    expect(applyQuery(rows, q({ page: 9 })).pages).toBe(3);
    expect(applyQuery(rows, q({ page: 9 })).page).toHaveLength(20);
  });
});
