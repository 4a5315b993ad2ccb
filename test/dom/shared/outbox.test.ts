// The content-script outbox against a fake storage.local and runtime: what
// it sends at boot, and what it leaves in storage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../src/content/outbox';
import type { ContentRequest } from '../../../src/messaging/protocol';

type Entry = Extract<ContentRequest, { type: 'observe' | 'retract' }>;
const retract = (eventId: string): Entry => ({ type: 'retract', site: 'gmail', eventId });

let store: Record<string, unknown>;
let sent: string[];

beforeEach(() => {
  store = {};
  sent = [];
  (globalThis as Record<string, unknown>)['chrome'] = {
    storage: {
      local: {
        get: async (keys: string[] | null) => {
          return Object.fromEntries(Object.entries(store).filter(([k]) => keys === null || keys.includes(k)));
        },
        set: async (items: Record<string, unknown>) => void Object.assign(store, items),
        remove: async (key: string) => void delete store[key],
      },
    },
    runtime: {
      sendMessage: async (msg: Entry) => {
        sent.push(msg.type === 'retract' ? msg.eventId : 'observe');
        return { ok: true, value: null };
      },
    },
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>)['chrome'];
});

describe('outbox', () => {
  it('sends what an earlier page left behind at boot, oldest first, and empties storage', async () => {
    store['outbox:gmail:retract-b'] = { entry: retract('b'), queuedAt: 2 };
    store['outbox:gmail:retract-a'] = { entry: retract('a'), queuedAt: 1 };
    store['outbox:linkedin:retract-x'] = { entry: { ...retract('x'), site: 'linkedin' }, queuedAt: 0 };
    store['health:gmail'] = { roles: {} };
    await new Outbox('gmail', new AbortController().signal).flush();
    expect(sent).toEqual(['a', 'b']);
    expect(Object.keys(store).sort()).toEqual(['health:gmail', 'outbox:linkedin:retract-x']);
  });

  it('delivers an entry pushed while a flush is already sending, without waiting for another push', async () => {
    const chrome = (globalThis as { chrome: { runtime: { sendMessage: (m: Entry) => Promise<unknown> } } }).chrome;
    const plain = chrome.runtime.sendMessage;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    chrome.runtime.sendMessage = async (msg) => {
      if (msg.type === 'retract' && msg.eventId === 'first') await gate; // the worker is slow to answer
      return plain(msg);
    };
    const outbox = new Outbox('gmail', new AbortController().signal);
    const first = outbox.push(retract('first'));
    await new Promise((r) => setTimeout(r, 0));
    const second = outbox.push(retract('second'));
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual(['first', 'second']);
    expect(Object.keys(store)).toEqual([]);
  });

  it('decides by the reply\'s code, not its words: a refusal is dropped, a storage failure is kept for a retry', async () => {
    const chrome = (globalThis as { chrome: { runtime: { sendMessage: (m: Entry) => Promise<unknown> } } }).chrome;
    chrome.runtime.sendMessage = async (msg) => (msg.type === 'retract' && msg.eventId === 'bad'
      ? { ok: false, code: 'invalid', error: 'eventId: too long' }
      : { ok: false, code: 'storage', error: 'invalid state: backing store' });
    store['outbox:gmail:retract-bad'] = { entry: retract('bad'), queuedAt: 1 };
    store['outbox:gmail:retract-later'] = { entry: retract('later'), queuedAt: 2 };
    const controller = new AbortController();
    await new Outbox('gmail', controller.signal).flush();
    controller.abort();
    expect(Object.keys(store)).toEqual(['outbox:gmail:retract-later']);
  });
});
