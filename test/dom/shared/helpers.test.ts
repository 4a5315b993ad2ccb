// Shared adapter helpers: health reports, intents, event ids, the page bridge.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHealthTracker, sendUnrecognized } from '../../../src/sites/shared/health';
import { healthOf } from '../../../src/ui/health';
import { createIntentTracker } from '../../../src/sites/shared/intents';
import { newEventId, stableEventId } from '../../../src/sites/shared/event-id';

describe('health tracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports once per change, debounced, never the same roles twice', () => {
    const reports: Record<string, boolean>[] = [];
    const controller = new AbortController();
    const health = createHealthTracker((r) => reports.push(r), { signal: controller.signal, delayMs: 100 });
    health.set({ compose: true });
    health.set({ sendButton: true });
    health.set({ compose: true });
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(reports).toEqual([{ compose: true, sendButton: true }]);
    health.set({ compose: true, sendButton: true });
    vi.advanceTimersByTime(500);
    expect(reports).toHaveLength(1);
    health.set({ sendButton: false });
    vi.advanceTimersByTime(100);
    expect(reports.at(-1)).toEqual({ compose: true, sendButton: false });
    health.set({ sendButton: true });
    controller.abort();
    vi.advanceTimersByTime(1_000);
    expect(reports).toHaveLength(2);
  });

  it('an unrecognized send request shows as degraded, under the one key every site uses', () => {
    const reports: Record<string, boolean>[] = [];
    const health = createHealthTracker((r) => reports.push(r), { signal: new AbortController().signal, delayMs: 10 });
    health.set({ adapter: true });
    sendUnrecognized(health);
    vi.advanceTimersByTime(10);
    expect(reports).toEqual([{ adapter: true, sendUnrecognized: false }]);
    expect(healthOf('gmail', { roles: reports[0]!, at: 1 })).toMatchObject({ degraded: true, missing: ['sendUnrecognized'] });
  });

  it('survives a report callback that throws', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const health = createHealthTracker(() => { throw new Error('x'); }, { signal: new AbortController().signal, delayMs: 1 });
    health.set({ a: true });
    expect(() => vi.advanceTimersByTime(5)).not.toThrow();
    expect(debug).toHaveBeenCalledTimes(1);
    debug.mockRestore();
  });
});

describe('intent tracker', () => {
  it('keeps one intent per compose, takes by match, expires old ones', () => {
    let now = 1_000;
    const intents = createIntentTracker<{ to: string }>('gmail', { ttlMs: 10_000, now: () => now });
    const a1 = intents.begin('a', { to: 'x' });
    const a2 = intents.begin('a', { to: 'y' });
    const b = intents.begin('b', { to: 'z' });
    expect(intents.pending().map((i) => i.snapshot.to)).toEqual(['y', 'z']);
    expect(a1.eventId).not.toBe(a2.eventId);
    expect(intents.take((i) => i.snapshot.to === 'z')).toBe(b);
    expect(intents.take((i) => i.snapshot.to === 'z')).toBeUndefined();
    expect(intents.take(() => { throw new Error('bad matcher'); })).toBeUndefined();
    expect(intents.cancel('a')).toBe(a2);
    intents.begin('c', { to: 'w' });
    now += 10_001;
    expect(intents.pending()).toEqual([]);
  });
});

describe('event ids', () => {
  it('are unique per call and stable for a site message id', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newEventId('gmail')));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^gmail-[a-z0-9]+-[a-z0-9]+$/);
    expect(stableEventId('gmail', 'msg-f:1')).toBe(stableEventId('gmail', 'msg-f:1'));
    expect(stableEventId('gmail', 'x'.repeat(400)).length).toBeLessThanOrEqual(256);
  });
});

describe('mayHold: the one-query pre-check before per-role lookups', () => {
  it('is true for a subtree that is or holds one of the roles, false otherwise, and skips invalid selectors', async () => {
    const { mayHold } = await import('../../../src/sites/shared/selectors');
    document.body.innerHTML = `
      <div id="row"><span>a feed item</span></div>
      <form class="msg-form"><div role="textbox"></div></form>
      <section id="wrap"><ul><li class="msg-s-event-listitem">hi</li></ul></section>`;
    const relevant = mayHold(['form.msg-form'], ['li.msg-s-event-listitem', 'li:::broken']);
    expect(relevant(document.querySelector('#row')!)).toBe(false);
    expect(relevant(document.querySelector('form')!)).toBe(true);
    expect(relevant(document.querySelector('#wrap')!)).toBe(true);
    expect(relevant(document.querySelector('[role=textbox]')!)).toBe(false);
  });

  it('joins the valid selectors once each, kept one by one for looking down', async () => {
    const { joinSelectors, joinedHit } = await import('../../../src/sites/shared/selectors');
    const joined = joinSelectors(['form.msg-form', 'li:::broken'], ['form.msg-form', '#wrap li']);
    expect(joined).toEqual({ list: 'form.msg-form, #wrap li', each: ['form.msg-form', '#wrap li'] });
    document.body.innerHTML = '<section id="wrap"><ul><li>hi</li></ul></section><p id="p"><b>x</b></p>';
    expect(joinedHit(document.querySelector('#wrap')!, joined, 'down')).toBe(true);
    expect(joinedHit(document.querySelector('#p')!, joined, 'down')).toBe(false);
    expect(joinedHit(document.querySelector('li')!, joined, 'self')).toBe(true);
    expect(joinedHit(document.querySelector('b')!, joinSelectors(['p:::broken']), 'up')).toBe(false);
  });
});
