// Each popup row says how long ago the last attempt went out (waiting, nudge
// and final sections) or the last touch either way (the other sections).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { ActionsProvider } from '../../../src/ui/actions';
import { App } from '../../../src/popup/App';
import { pageDb } from '../../../src/ui/ledger';
import { DAY_MS, type Section, type StageTouch } from '../../../src/core/types';
import { NOW, contact, reset } from './seed';

vi.mock('../../../src/messaging/client', () => ({ request: vi.fn<(msg: unknown) => Promise<unknown>>(async () => ({ ok: true, value: null })) }));

beforeEach(async () => {
  await reset();
  (globalThis as { chrome: Record<string, unknown> }).chrome.storage = undefined;
});
afterEach(cleanup);

const ago = (days: number) => NOW - days * DAY_MS;
const out = (days: number, kind: StageTouch['kind'] = 'message', over: Partial<StageTouch> = {}): StageTouch => ({ at: ago(days), direction: 'out', kind, ...over });
const inbound = (days: number, kind: StageTouch['kind'] = 'message', over: Partial<StageTouch> = {}): StageTouch => ({ at: ago(days), direction: 'in', kind, ...over });

// name, section, timeline (oldest first) or none, lastTouchAt days ago, expected text
const CASES: [string, Section, StageTouch[] | undefined, number, string][] = [
  ['an attempt, then an auto-reply', 'nudge-due', [out(9), inbound(8, 'message', { autoReply: true })], 8, 'last attempt 9 days ago'],
  ['an attempt, then a note', 'final-due', [out(12), out(6), out(4, 'note')], 4, 'last attempt 6 days ago'],
  ['a call counts as an attempt', 'waiting', [out(10), out(3, 'call')], 3, 'last attempt 3 days ago'],
  ['a courtesy is no attempt', 'waiting', [out(10), out(2, 'thank-you')], 2, 'last attempt 10 days ago'],
  ['the final reach-out sent', 'final-sent', [out(20), out(1)], 1, 'last attempt 1 day ago'],
  ['no timeline: the last touch stands in', 'nudge-due', undefined, 5, 'last attempt 5 days ago'],
  ['a reply owed counts the last touch', 'reply-owed', [out(9), inbound(2)], 2, 'last touch 2 days ago'],
];

describe('days since the last attempt', () => {
  it.each(CASES)('%s', async (name, section, timeline, lastTouchDays, want) => {
    await pageDb().contacts.add(contact(name, section, { timeline, lastTouchAt: ago(lastTouchDays) }));
    render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
    const row = (await screen.findByText(name)).closest('li')!;
    expect(within(row).getByText(want)).toBeTruthy();
  });
});

describe('snooze until a date', () => {
  it('offers tomorrow in local time as the earliest date', async () => {
    await pageDb().contacts.add(contact('Nora Nudge', 'nudge-due'));
    render(<ActionsProvider><App now={NOW} /></ActionsProvider>);
    const row = (await screen.findByText('Nora Nudge')).closest('li')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Snooze' }));
    // NOW is 9:00 on 2 November in Berlin: tomorrow starts at 23:00 UTC on the 2nd.
    expect(within(row).getByLabelText('Until a date').getAttribute('min')).toBe('2026-11-03');
  });
});
