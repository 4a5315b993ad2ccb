// Outlook: snippets of the compose body (read at Send) and of logged replies
// in the reading pane, only when the setting is on; otherwise no body is read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutlookAdapter } from '../../../src/sites/outlook/adapter';
import { watchBodyReads } from '../shared/body-reads';
import { loadFixture, record, wait, type Recorder } from '../linkedin/harness';
import { eventually } from './helpers';

const URL_MAIL = 'https://outlook.office.com/mail/inbox';
const PRIYA = 'priya.v@fernhill-analytics.example';
const SAM = 'sam.okafor@fernhill-analytics.example';

let rec: Recorder;
afterEach(() => {
  rec?.controller.abort();
  vi.restoreAllMocks();
});

function load(path: string, snippets: boolean, tracked: string[] = []): Recorder {
  loadFixture(path, URL_MAIL);
  rec = record();
  rec.snippets.on = snippets;
  tracked.forEach((p) => rec.tracked.add(p));
  return rec;
}
const start = () => createOutlookAdapter({ delayMs: 10, healthCheckMs: 30, graceMs: 10 }).start(rec.ctx);
const body = () => document.querySelector('[data-app-section="MailCompose"] [role=textbox][aria-multiline="true"]')!;

describe('outlook snippets', () => {
  it.each([
    [true, 'Hi Priya, attaching the revised pilot plan.'],
    [false, undefined],
  ])('a send with snippets %s', async (on, expected) => {
    load('outlook/2026-11-compose.html', on);
    const bodies = watchBodyReads([body()]);
    start();
    document.querySelector('[role=toolbar] button.ms-Button--primary')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    document.querySelector('[data-app-section="MailCompose"]')!.remove();
    await eventually(() => rec.observed.length > 0);
    const sent = rec.observed.filter((m) => m.direction === 'out');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.snippet).toBe(expected);
    expect(bodies.reads() > 0).toBe(on);
  });

  it('cuts a long body to 100 chars', async () => {
    load('outlook/2026-11-compose.html', true);
    body().innerHTML = `<div>Hi Priya,</div><div>${'attaching the plan, '.repeat(20)}</div>`;
    start();
    document.querySelector('[role=toolbar] button.ms-Button--primary')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    document.querySelector('[data-app-section="MailCompose"]')!.remove();
    await eventually(() => rec.observed.length > 0);
    const snippet = rec.observed[0]?.snippet ?? '';
    expect(snippet.length).toBeLessThanOrEqual(100);
    expect(snippet.length).toBeGreaterThan(90);
    expect(snippet.startsWith('Hi Priya, attaching the plan, attaching')).toBe(true);
  });

  it.each([
    [true, ['Thanks Jordan, looks good.', 'I am out of the office until 30 November.', 'One more thought on pricing.']],
    [false, [undefined, undefined, undefined]],
  ])('replies from tracked senders with snippets %s', async (on, expected) => {
    load('outlook/2026-11-reading-pane.html', on, [PRIYA, SAM]);
    const bodies = watchBodyReads([...document.querySelectorAll('[data-itemid] [role=document]')]);
    start();
    await wait(60);
    const replies = rec.observed.filter((m) => m.direction === 'in');
    expect(replies.map((m) => m.snippet)).toEqual(expected);
    expect(bodies.reads() > 0).toBe(on);
    // The mailbox's own message is never sent as a reply.
    expect(JSON.stringify(rec.observed)).not.toMatch(/revised pilot plan/);
  });

  it('untracked senders: snippets on, still no body read', async () => {
    load('outlook/2026-11-reading-pane.html', true);
    const bodies = watchBodyReads([...document.querySelectorAll('[data-itemid] [role=document]')]);
    start();
    await wait(60);
    expect(rec.observed).toEqual([]);
    expect(bodies.reads()).toBe(0);
  });
});
