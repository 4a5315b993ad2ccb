// Snippets on Gmail: with the setting on, ≤100 chars of the compose body
// (read at Send) and of each incoming message go with the observation; with
// it off, no body is read at all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startGmail } from '../../../src/sites/gmail/adapter';
import { loadFixture } from '../shared/fixture-page';
import { watchBodyReads } from '../shared/body-reads';
import { applyStoredPrefs } from '../../../src/content/prefs';
import { PREFS_KEY } from '../../../src/messaging/storage-keys';
import { click, fakeCtx, networkSend, settle, type FakeCtx } from './harness';

let ctx: FakeCtx;
afterEach(() => {
  ctx?.controller.abort();
  vi.restoreAllMocks();
  applyStoredPrefs({});
});

/**
 * The user's setting as the content script knows it: ctx.snippets() and the
 * mirrored prefs it reads from (boot wires one to the other).
 */
function setSnippets(on: boolean): void {
  ctx.snippetsOn = on;
  applyStoredPrefs({ [PREFS_KEY]: { snippets: on } });
}

const sendButton = () => document.querySelector('div[role=dialog] div[role=button].T-I-atl[tabindex="1"]:not([aria-haspopup])')!;
const composeBody = () => document.querySelector('div[role=dialog] [role=textbox][contenteditable=true]')!;

function start(fixture: string, snippetsOn: boolean): FakeCtx {
  loadFixture(fixture);
  ctx = fakeCtx();
  setSnippets(snippetsOn);
  return ctx;
}

async function sendFirstCompose(): Promise<void> {
  startGmail(ctx);
  await settle();
  click(sendButton());
  networkSend({ messageId: 'msg-a:r-329565169840451245', subject: 'Coffee next week?' });
  await settle();
}

describe('gmail snippets', () => {
  it('off: a send is logged without a snippet and the compose body is never read', async () => {
    start('gmail/2026-11-compose.html', false);
    const bodies = watchBodyReads([...document.querySelectorAll('[role=textbox][contenteditable=true]')]);
    await sendFirstCompose();
    expect(ctx.observed).toHaveLength(1);
    expect(ctx.observed[0]).not.toHaveProperty('snippet');
    expect(JSON.stringify(ctx.observed)).not.toMatch(/would you have time/);
    expect(bodies.reads()).toBe(0);
  });

  it('on: the send carries the body as the user wrote it at Send', async () => {
    start('gmail/2026-11-compose.html', true);
    const bodies = watchBodyReads([composeBody()]);
    await sendFirstCompose();
    expect(bodies.reads()).toBeGreaterThan(0);
    expect(ctx.observed).toEqual([expect.objectContaining({ messageId: 'msg-a:r-329565169840451245', snippet: 'Hi Ada, would you have time for a coffee?' })]);
  });

  it('on: a long body is cut to 100 chars, lines joined by one space, signature styles skipped', async () => {
    start('gmail/2026-11-compose.html', true);
    composeBody().innerHTML = `<style>.x{color:red}</style><div>Hi   Ada,</div><div><br></div><div>\n  ${'word '.repeat(60)}</div>`;
    await sendFirstCompose();
    const snippet = ctx.observed[0]?.snippet ?? '';
    expect(snippet).toHaveLength(100);
    expect(snippet.startsWith('Hi Ada, word word')).toBe(true);
    expect(snippet).not.toMatch(/\s{2}|color/);
  });

  it('on: the setting is read at Send, so turning it on later takes effect without a reload', async () => {
    start('gmail/2026-11-compose.html', false);
    startGmail(ctx);
    await settle();
    setSnippets(true);
    click(sendButton());
    networkSend({ messageId: 'msg-a:r-329565169840451245' });
    await settle();
    expect(ctx.observed[0]?.snippet).toBe('Hi Ada, would you have time for a coffee?');
  });

  it.each([
    [true, ['Sure, Thursday works.', 'Count me in.']],
    [false, [undefined, undefined]],
  ])('incoming messages with snippets %s', async (on, expected) => {
    start('gmail/2026-11-thread.html', on);
    const bodies = watchBodyReads([...document.querySelectorAll('.a3s')]);
    startGmail(ctx);
    await settle();
    expect(ctx.observed.map((m) => m.snippet)).toEqual(expected);
    // The watch does see reads: bodies are read exactly when snippets are on.
    expect(bodies.reads() > 0).toBe(on);
    // The account's own message is never observed from the thread, so its body is never sent.
    expect(JSON.stringify(ctx.observed)).not.toMatch(/would you have time/);
  });
});
